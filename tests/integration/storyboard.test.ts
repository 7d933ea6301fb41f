import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTeamStoryboard } from "@/lib/storyboard/data";
import { makeUser } from "../helpers/fixtures";
import { asCurrent, makeTeamWorld } from "../helpers/team-work-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const NOW = day("2026-03-02");

describe("getTeamStoryboard", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof makeTeamWorld>>;
  const ids = { shared: "", own: "", otherTeamOwn: "", archived: "", ideaOld: "", ideaNew: "", cycleOld: "", cycleMid: "", cycleNew: "", cycleLoose: "" };

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    world = await makeTeamWorld(db);
    const { teamA, teamB, collaborative } = world;
    await db.team.update({ where: { id: teamA.id }, data: { aim: "Færre fald med skade med 30 % inden 31. december 2026" } });

    const shared = await db.measure.create({
      data: { collaborativeId: collaborative.id, name: "Fald pr. 1000 sengedage", type: "OUTCOME", kind: "RATE", multiplier: 1000, frequency: "MONTHLY", direction: "DOWN", position: 0 },
    });
    const own = await db.measure.create({
      data: { teamId: teamA.id, name: "Risikovurdering", type: "PROCESS", kind: "PROPORTION", multiplier: 100, unit: "%", frequency: "WEEKLY", position: 1 },
    });
    const otherTeamOwn = await db.measure.create({ data: { teamId: teamB.id, name: "Team B's own", type: "PROCESS", kind: "COUNT", frequency: "WEEKLY" } });
    const archived = await db.measure.create({
      data: { collaborativeId: collaborative.id, name: "Archived", type: "BALANCING", kind: "COUNT", frequency: "WEEKLY", archivedAt: day("2026-01-01") },
    });
    for (const [month, numerator] of [["2025-11-01", 4], ["2025-12-01", 3], ["2026-01-01", 2], ["2026-02-01", 2]] as const) {
      await db.measurement.create({ data: { measureId: shared.id, teamId: teamA.id, periodStart: day(month), numerator, denominator: 900 } });
    }
    await db.measurement.create({ data: { measureId: shared.id, teamId: teamB.id, periodStart: day("2026-02-01"), numerator: 9, denominator: 900 } });
    await db.measurement.create({ data: { measureId: own.id, teamId: teamA.id, periodStart: day("2026-02-23"), numerator: 8, denominator: 10 } });

    const primary = await db.driverNode.create({ data: { teamId: teamA.id, kind: "PRIMARY", text: "Sikre omgivelser", position: 0 } });
    const secondary = await db.driverNode.create({ data: { teamId: teamA.id, parentId: primary.id, kind: "SECONDARY", text: "Ryddelige stuer", position: 0 } });
    const ideaOld = await db.changeIdea.create({ data: { teamId: teamA.id, driverNodeId: secondary.id, title: "Tjekliste ved sengen", status: "ADOPTED", position: 0 } });
    const ideaNew = await db.changeIdea.create({ data: { teamId: teamA.id, driverNodeId: secondary.id, title: "Natlys på stuen", status: "TESTING", position: 1 } });
    await db.driverNode.create({ data: { teamId: teamB.id, kind: "PRIMARY", text: "Team B's driver" } });

    const cycle = (data: { title: string; changeIdeaId?: string; state: string; startedAt?: Date; completedAt?: Date; createdAt: Date; learningSummary?: string; decision?: string }) =>
      db.pdsaCycle.create({ data: { teamId: teamA.id, scale: "1 stue", ...data } });
    const cycleOld = await cycle({
      title: "Tjekliste på én stue", changeIdeaId: ideaOld.id, state: "DONE", decision: "ADAPT", learningSummary: "Tjeklisten blev brugt",
      createdAt: day("2025-12-01"), startedAt: day("2025-12-02"), completedAt: day("2025-12-09"),
    });
    const cycleMid = await cycle({ title: "Tjekliste på hele afsnittet", changeIdeaId: ideaOld.id, state: "DO", createdAt: day("2026-01-05"), startedAt: day("2026-01-06") });
    const cycleNew = await cycle({ title: "Natlys i en uge", changeIdeaId: ideaNew.id, state: "PLAN", createdAt: day("2026-02-20") });
    const cycleLoose = await cycle({ title: "Uden idé", state: "STUDY", createdAt: day("2026-02-25"), startedAt: day("2026-02-26") });
    await db.pdsaCycle.create({ data: { teamId: teamB.id, title: "Team B's cycle", state: "PLAN" } });

    await db.assessment.create({ data: { teamId: teamA.id, month: day("2026-01-01"), score: 3.5 } });
    await db.assessment.create({ data: { teamId: teamA.id, month: day("2025-12-01"), score: 2.5 } });
    await db.assessment.create({ data: { teamId: teamB.id, month: day("2026-02-01"), score: 5 } });

    Object.assign(ids, {
      shared: shared.id, own: own.id, otherTeamOwn: otherTeamOwn.id, archived: archived.id, ideaOld: ideaOld.id, ideaNew: ideaNew.id,
      cycleOld: cycleOld.id, cycleMid: cycleMid.id, cycleNew: cycleNew.id, cycleLoose: cycleLoose.id,
    });
  });

  afterAll(async () => {
    await t.drop();
  });

  it("answers null to a member of another team, to a user without a team and for an unknown team", async () => {
    expect(await getTeamStoryboard(t.db, world.contactB, world.teamA.id, NOW)).toBeNull();
    expect(await getTeamStoryboard(t.db, asCurrent(await makeUser(t.db)), world.teamA.id, NOW)).toBeNull();
    expect(await getTeamStoryboard(t.db, world.contactA, "no-such-team", NOW)).toBeNull();
  });

  it("lets the manager in scope and the collaborative's secretariat read the storyboard", async () => {
    const asManager = await getTeamStoryboard(t.db, world.manager, world.teamA.id, NOW);
    expect(asManager?.team.name).toBe(world.teamA.name);
    expect(asManager?.charts.map((chart) => chart.measure.id)).toEqual([ids.shared, ids.own]);
    const asSecretariat = await getTeamStoryboard(t.db, world.secretariat, world.teamA.id, NOW);
    expect(asSecretariat?.team.id).toBe(world.teamA.id);
  });

  it("answers null to a manager whose scope is another region", async () => {
    const outsider = await makeUser(t.db, "MANAGER");
    const otherRegion = await t.db.organisation.create({ data: { name: "Other region", kind: "REGION" } });
    await t.db.managerScope.create({ data: { userId: outsider.id, organisationId: otherRegion.id } });
    expect(await getTeamStoryboard(t.db, asCurrent(outsider), world.teamA.id, NOW)).toBeNull();
  });

  it("names the team's microsystem, collaborative and organisation, counts the members and names only the contact person", async () => {
    const storyboard = (await getTeamStoryboard(t.db, world.memberA, world.teamA.id, NOW))!;
    expect(storyboard.team.aim).toBe("Færre fald med skade med 30 % inden 31. december 2026");
    expect(storyboard.team.collaborativeName).toBe(world.collaborative.name);
    expect(storyboard.team.microsystemName).toMatch(/^Ward /);
    expect(storyboard.team.organisationName).toMatch(/^Org /);
    expect(storyboard.memberCount).toBe(3);
    expect(storyboard.contactPersonNames).toEqual([world.contactA.name]);
    expect(JSON.stringify(storyboard)).not.toContain(world.memberA.email);
    expect(JSON.stringify(storyboard)).not.toContain(world.patientA.name);
  });

  it("holds the team's own driver diagram from the aim down to the change ideas", async () => {
    const { outline } = (await getTeamStoryboard(t.db, world.contactA, world.teamA.id, NOW))!;
    expect(outline).toHaveLength(1);
    expect(outline[0].text).toBe("Sikre omgivelser");
    expect(outline[0].children[0].text).toBe("Ryddelige stuer");
    expect(outline[0].children[0].children.map((idea) => idea.text)).toEqual(["Tjekliste ved sengen", "Natlys på stuen"]);
  });

  it("loads a chart for each active shared and own measure of the team, with the team's data only", async () => {
    const { charts } = (await getTeamStoryboard(t.db, world.contactA, world.teamA.id, NOW))!;
    expect(charts.map((chart) => chart.measure.id)).toEqual([ids.shared, ids.own]);
    const shared = charts[0];
    expect(shared.points.map((point) => point.numerator)).toEqual([4, 3, 2, 2]);
    expect(shared.measure.isTeamOwn).toBe(false);
    expect(charts[1].measure.isTeamOwn).toBe(true);
    expect(charts[1].points.filter((point) => point.value !== null).map((point) => point.value)).toEqual([80]);
  });

  it("groups the team's cycles by change idea, newest ramp and newest cycle first, unlinked cycles last", async () => {
    const { ramps } = (await getTeamStoryboard(t.db, world.contactA, world.teamA.id, NOW))!;
    expect(ramps.map((ramp) => ramp.changeIdea?.id ?? null)).toEqual([ids.ideaNew, ids.ideaOld, null]);
    expect(ramps[1].cycles.map((cycle) => cycle.id)).toEqual([ids.cycleMid, ids.cycleOld]);
    expect(ramps[2].cycles.map((cycle) => cycle.id)).toEqual([ids.cycleLoose]);
    const done = ramps[1].cycles[1];
    expect(done).toMatchObject({ state: "DONE", decision: "ADAPT", learningSummary: "Tjeklisten blev brugt", scale: "1 stue" });
  });

  it("gives the team's latest assessment score, not another team's", async () => {
    const storyboard = (await getTeamStoryboard(t.db, world.contactA, world.teamA.id, NOW))!;
    expect(storyboard.latestAssessment).toEqual({ month: day("2026-01-01"), score: 3.5 });
  });

  it("shows a new team without score, cycles, driver diagram or contact person as empty", async () => {
    const ward = await t.db.microsystem.findUniqueOrThrow({ where: { id: world.teamA.microsystemId } });
    const microsystem = await t.db.microsystem.create({ data: { name: "Ward C", kind: "WARD", organisationId: ward.organisationId } });
    const team = await t.db.team.create({ data: { collaborativeId: world.collaborative.id, microsystemId: microsystem.id, name: "Team C" } });
    const fresh = (await getTeamStoryboard(t.db, world.secretariat, team.id, NOW))!;
    expect(fresh.latestAssessment).toBeNull();
    expect(fresh.ramps).toEqual([]);
    expect(fresh.outline).toEqual([]);
    expect(fresh.contactPersonNames).toEqual([]);
    expect(fresh.memberCount).toBe(0);
    expect(fresh.charts.map((chart) => chart.measure.id)).toEqual([ids.shared]);
  });
});
