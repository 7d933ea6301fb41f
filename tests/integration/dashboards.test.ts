// The dashboard loaders on a real database, with figures worked out by hand from the rows below.
// "Now" is fixed at Wednesday 17 June 2026: the current ISO week starts Monday 15 June.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { cachedDashboard } from "@/lib/dashboards/cache";
import { getCollaborativeDashboard } from "@/lib/dashboards/collaborative-data";
import { getCompletenessHeatMap } from "@/lib/dashboards/completeness-data";
import { getMeasureDashboard } from "@/lib/dashboards/measure-data";
import { getRegionalDashboard } from "@/lib/dashboards/regional-data";
import { lockTeamSummaries, refreshMeasureSummaries, refreshTeamMeasureSummaries } from "@/lib/summaries/store";
import { saveMeasurementsConfig } from "@/lib/measurements/action-configs";
import { getTeamOverview } from "@/lib/teams/data";
import type { Db } from "@/lib/db/client";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../helpers/fixtures";
import { asCurrent } from "../helpers/team-work-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

const NOW = new Date("2026-06-17T12:00:00Z");
const WEEK = 7 * 86_400_000;
const W0 = new Date("2026-01-26T00:00:00Z"); // team A's first week; its 20th week is 8 June
const week = (i: number) => new Date(W0.getTime() + i * WEEK);

async function measurementsFor(db: Db, teamId: string, measureId: string, weeks: { at: Date; numerator: number }[]) {
  await db.measurement.createMany({ data: weeks.map(({ at, numerator }) => ({ teamId, measureId, periodStart: at, numerator, denominator: 10 })) });
}

describe("dashboards on a real database", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof build>>;

  async function build(db: Db) {
    const region = await makeOrganisation(db);
    const { collaborative, teams } = await makeCollaborative(db, region.id, 2);
    const [teamA, teamB] = teams;
    const measure = await db.measure.create({
      data: { collaborativeId: collaborative.id, name: "Andel med plan", type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY", direction: "UP", defaultChart: "RUN" },
    });
    // Team A: 10 weeks at 2/10, then 10 weeks at 8/10 (a shift up: improving). Team B: 16 March – 18 May at 5/10.
    await measurementsFor(db, teamA.id, measure.id, Array.from({ length: 20 }, (_, i) => ({ at: week(i), numerator: i < 10 ? 2 : 8 })));
    await measurementsFor(db, teamB.id, measure.id, Array.from({ length: 10 }, (_, i) => ({ at: week(7 + i), numerator: 5 })));
    await refreshTeamMeasureSummaries(db, teamA.id);
    await refreshTeamMeasureSummaries(db, teamB.id);
    await db.pdsaCycle.createMany({
      data: [
        { teamId: teamA.id, title: "Recent", state: "DONE", startedAt: new Date("2026-04-20T00:00:00Z"), completedAt: new Date("2026-05-01T00:00:00Z") },
        { teamId: teamA.id, title: "Old", state: "DONE", startedAt: new Date("2026-01-05T00:00:00Z"), completedAt: new Date("2026-01-10T00:00:00Z") },
        { teamId: teamB.id, title: "Open", state: "DO", startedAt: new Date("2026-05-04T00:00:00Z") },
      ],
    });
    await db.assessment.createMany({
      data: [
        { teamId: teamA.id, month: new Date("2026-04-01T00:00:00Z"), score: 2.5 },
        { teamId: teamA.id, month: new Date("2026-05-01T00:00:00Z"), score: 3 },
      ],
    });
    const teamADepartment = (await db.microsystem.findFirstOrThrow({ where: { teams: { some: { id: teamA.id } } } })).organisationId;
    const [secretariat, outsider, manager, hospitalManager, member] = await Promise.all([
      makeUser(db, "SECRETARIAT"),
      makeUser(db, "SECRETARIAT"),
      makeUser(db, "MANAGER"),
      makeUser(db, "MANAGER"),
      makeUser(db, "STAFF"),
    ]);
    await addStaff(db, collaborative.id, secretariat.id);
    await scopeManager(db, manager.id, { organisationId: region.id });
    await scopeManager(db, hospitalManager.id, { organisationId: teamADepartment });
    await addMember(db, teamB.id, member.id, "CONTACT_PERSON");
    return { region, collaborative, teamA, teamB, measure, teamADepartment, secretariat: asCurrent(secretariat), outsider: asCurrent(outsider), manager: asCurrent(manager), hospitalManager: asCurrent(hospitalManager), member: asCurrent(member) };
  }

  beforeAll(async () => {
    t = await createTestDb();
    world = await build(t.db);
  });
  afterAll(async () => t.drop());

  it("fills the teams table: latest score, completeness of the last 13 weeks, cycles of the last 90 days, verdicts", async () => {
    const dashboard = await getCollaborativeDashboard(t.db, world.secretariat, world.collaborative.id, null, NOW);
    const a = dashboard!.teams.find((team) => team.id === world.teamA.id)!;
    const b = dashboard!.teams.find((team) => team.id === world.teamB.id)!;
    expect(a.latestScore).toEqual({ month: "2026-05", score: 3 });
    expect(b.latestScore).toBeNull();
    // The window is the 13 weeks 16 March – 8 June: A has all of them, B the ten from 16 March to 18 May.
    expect(a.completeness).toBe(1);
    expect(b.completeness).toBeCloseTo(10 / 13, 10);
    expect(a.cyclesCompletedRecently).toBe(1);
    expect(b.cyclesCompletedRecently).toBe(0);
    expect(a.verdicts[world.measure.id]).toBe("improving");
    expect(b.verdicts[world.measure.id]).toBe("too-few-points");
    expect(dashboard!.scoreMonths.find((month) => month.month === "2026-05")!.scores).toEqual([3]);
    expect(dashboard!.cycleMonths.find((month) => month.month === "2026-05")).toEqual({ month: "2026-05", started: 1, completed: 1, abandoned: 0 });
    expect(dashboard!.cycleMonths.find((month) => month.month === "2026-04")).toEqual({ month: "2026-04", started: 1, completed: 0, abandoned: 0 });
  });

  it("shows a manager only the teams in scope, and nothing to a team member or another collaborative's secretariat", async () => {
    const scoped = await getCollaborativeDashboard(t.db, world.hospitalManager, world.collaborative.id, null, NOW);
    expect(scoped!.teams.map((team) => team.id)).toEqual([world.teamA.id]);
    expect(await getCollaborativeDashboard(t.db, world.member, world.collaborative.id, null, NOW)).toBeNull();
    expect(await getCollaborativeDashboard(t.db, world.outsider, world.collaborative.id, null, NOW)).toBeNull();
    expect(await getMeasureDashboard(t.db, world.outsider, world.collaborative.id, world.measure.id, null, NOW)).toBeNull();
    expect(await getCompletenessHeatMap(t.db, world.member, world.collaborative.id, null, NOW)).toBeNull();
    expect(await getRegionalDashboard(t.db, world.secretariat, null, NOW)).toBeNull();
  });

  it("pools numerators and denominators per week and puts the latest quarter (March–May) in the funnel", async () => {
    const view = await getMeasureDashboard(t.db, world.secretariat, world.collaborative.id, world.measure.id, null, NOW);
    const rows = view!.pooled!.rows;
    const at = (day: string) => rows.find((row) => row.period === day)!;
    expect(at("2026-01-26").value).toBeCloseTo(20, 10); // A alone: 2/10
    expect(at("2026-03-16").value).toBeCloseTo(35, 10); // (2 + 5) / 20
    expect(at("2026-04-06").value).toBeCloseTo(65, 10); // (8 + 5) / 20
    expect(rows).toHaveLength(20);
    // A: 5 weeks at 2 and 8 weeks at 8 out of 130; B: 10 weeks at 5 out of 100.
    const funnel = view!.funnel!;
    expect(funnel.from).toBe("2026-03-01");
    expect(funnel.to).toBe("2026-06-01");
    expect(funnel.teams.find((team) => team.teamId === world.teamA.id)).toMatchObject({ numerator: 74, denominator: 130 });
    expect(funnel.teams.find((team) => team.teamId === world.teamB.id)).toMatchObject({ numerator: 50, denominator: 100 });
    expect(funnel.pooled).toBeCloseTo((124 / 230) * 100, 10);
    const multiples = view!.smallMultiples!;
    expect(multiples.periods[0]).toBe("2026-01-26");
    expect(multiples.periods).toHaveLength(20);
    const b = multiples.teams.find((team) => team.teamId === world.teamB.id)!;
    expect(b.values.slice(6, 8)).toEqual([null, 50]);
    expect(multiples.yMin).toBe(0);
    expect(multiples.yMax).toBe(80);
  });

  it("leaves the current, unfinished week out of the pooled chart even once a team has entered it", async () => {
    // Team B enters 0/10 for the week of 15 June (NOW's week); the pooled chart still ends on 8 June.
    const entered = await t.db.measurement.create({ data: { teamId: world.teamB.id, measureId: world.measure.id, periodStart: new Date("2026-06-15T00:00:00Z"), numerator: 0, denominator: 10 } });
    try {
      const rows = (await getMeasureDashboard(t.db, world.secretariat, world.collaborative.id, world.measure.id, null, NOW))!.pooled!.rows;
      expect(rows).toHaveLength(20);
      expect(rows.at(-1)!.period).toBe("2026-06-08");
      // On Monday 22 June (Copenhagen) the week has ended and becomes the 21st point.
      const later = (await getMeasureDashboard(t.db, world.secretariat, world.collaborative.id, world.measure.id, null, new Date("2026-06-21T22:30:00Z")))!.pooled!.rows;
      expect(later.at(-1)).toMatchObject({ period: "2026-06-15", value: 0 });
    } finally {
      await t.db.measurement.delete({ where: { id: entered.id } });
    }
  });

  it("counts expected and present values per month for the heat map and links to the team's grid", async () => {
    const view = await getCompletenessHeatMap(t.db, world.secretariat, world.collaborative.id, null, NOW);
    expect(view!.heatMap.months[0]).toBe("2025-07");
    expect(view!.heatMap.months.at(-1)).toBe("2026-06");
    const b = view!.heatMap.rows.find((row) => row.teamId === world.teamB.id)!;
    // April 2026 has four Mondays (6, 13, 20, 27); June has 1 and 8 before the current week.
    expect(b.cells.find((cell) => cell.month === "2026-04")).toMatchObject({ expected: 4, found: 4, href: `/teams/${world.teamB.id}/data?periods=16` });
    expect(b.cells.find((cell) => cell.month === "2026-06")).toMatchObject({ expected: 2, found: 0 });
  });

  it("sums the region per collaborative and filters by organisation", async () => {
    const all = await getRegionalDashboard(t.db, world.manager, null, NOW);
    expect(all!.collaboratives).toEqual([
      expect.objectContaining({ id: world.collaborative.id, teams: 2, activeCycles: 1, teamsImproving: 1 }),
    ]);
    expect(all!.collaboratives[0].completeness).toBeCloseTo(23 / 26, 10);
    const filtered = await getRegionalDashboard(t.db, world.manager, world.teamADepartment, NOW);
    expect(filtered!.collaboratives[0]).toMatchObject({ teams: 1, activeCycles: 0, teamsImproving: 1, completeness: 1 });
    const outside = await getRegionalDashboard(t.db, world.hospitalManager, world.region.id, NOW);
    expect(outside!.organisationId).toBeNull(); // a filter outside the manager's scope is ignored
    expect(outside!.collaboratives[0].teams).toBe(1);
  });

  it("keeps the summary up to date when a value is saved and when the measure's direction changes", async () => {
    const before = await t.db.teamMeasureSummary.findUniqueOrThrow({ where: { teamId_measureId: { teamId: world.teamB.id, measureId: world.measure.id } } });
    expect(before.pointCount).toBe(10);
    const result = await executeAction(saveMeasurementsConfig, { db: t.db, user: world.member }, {
      teamId: world.teamB.id,
      cells: [{ measureId: world.measure.id, period: "2026-05-25", numerator: "9", denominator: "10", note: "" }],
    });
    expect(result.ok).toBe(true);
    const after = await t.db.teamMeasureSummary.findUniqueOrThrow({ where: { teamId_measureId: { teamId: world.teamB.id, measureId: world.measure.id } } });
    expect(after.pointCount).toBe(11);
    expect(after.latestValue).toBe(90);

    await t.db.measure.update({ where: { id: world.measure.id }, data: { direction: "DOWN" } });
    await refreshMeasureSummaries(t.db, world.measure.id);
    const a = await t.db.teamMeasureSummary.findUniqueOrThrow({ where: { teamId_measureId: { teamId: world.teamA.id, measureId: world.measure.id } } });
    expect(a.verdict).toBe("deteriorating");
    await t.db.measure.update({ where: { id: world.measure.id }, data: { direction: "UP" } });
    await refreshMeasureSummaries(t.db, world.measure.id);
  });

  it("clears the cached dashboards when an action writes, and keeps them when it is refused", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const key = `overview|${world.secretariat.id}|${world.collaborative.id}|null`;
    expect(await cachedDashboard(key, load)).toBe(1);
    const refused = await executeAction(saveMeasurementsConfig, { db: t.db, user: world.outsider }, {
      teamId: world.teamB.id,
      cells: [{ measureId: world.measure.id, period: "2026-06-01", numerator: "3", denominator: "10", note: "" }],
    });
    expect(refused.ok).toBe(false);
    expect(await cachedDashboard(key, load)).toBe(1);
    const saved = await executeAction(saveMeasurementsConfig, { db: t.db, user: world.member }, {
      teamId: world.teamB.id,
      cells: [{ measureId: world.measure.id, period: "2026-06-01", numerator: "3", denominator: "10", note: "" }],
    });
    expect(saved.ok).toBe(true);
    expect(await cachedDashboard(key, load)).toBe(2);
  });

  it("shows the team's latest value on My team from the summary the save refreshed", async () => {
    const overview = await getTeamOverview(t.db, world.member, world.teamB.id);
    const latest = overview!.measures.find((measure) => measure.id === world.measure.id)!.latest;
    expect(latest!.periodStart.toISOString().slice(0, 10)).toBe("2026-06-01"); // saved by the test before: 3 of 10
    expect(latest!.value).toBeCloseTo(30, 10);
  });
  it("stores after a mixed save (update, new week, cleared week) the summary a recomputation from the database gives", async () => {
    const own = await t.db.measure.create({
      data: { teamId: world.teamA.id, name: "Eget mål", type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY", direction: "UP", defaultChart: "P" },
    });
    await measurementsFor(t.db, world.teamA.id, own.id, Array.from({ length: 12 }, (_, i) => ({ at: week(i), numerator: 4 + (i % 3) })));
    await t.db.teamMeasureSetting.create({ data: { teamId: world.teamA.id, measureId: own.id, baselineCount: 6, phaseSplits: "", chart: "RUN" } });
    await refreshTeamMeasureSummaries(t.db, world.teamA.id, [own.id]);
    const day = (i: number) => week(i).toISOString().slice(0, 10);
    const result = await executeAction(saveMeasurementsConfig, { db: t.db, user: world.secretariat }, {
      teamId: world.teamA.id,
      cells: [
        { measureId: own.id, period: day(3), numerator: "9", denominator: "10", note: "" },
        { measureId: own.id, period: day(12), numerator: "7", denominator: "10", note: "" },
        { measureId: own.id, period: day(5), numerator: "", denominator: "", note: "" },
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { saved: 2, created: 1, deleted: 1 } });
    const where = { teamId_measureId: { teamId: world.teamA.id, measureId: own.id } };
    const saved = await t.db.teamMeasureSummary.findUniqueOrThrow({ where });
    expect(saved.pointCount).toBe(12); // 12 weeks, one cleared, one added
    expect(saved.latestValue).toBe(70);
    expect(saved.chart).toBe("RUN"); // the team's own chart setting, not the measure's P chart
    const series = JSON.parse(saved.series) as { values: (number | null)[] };
    expect(series.values[3]).toBe(90);
    expect(series.values[5]).toBeNull();

    await refreshTeamMeasureSummaries(t.db, world.teamA.id, [own.id]);
    const recomputed = await t.db.teamMeasureSummary.findUniqueOrThrow({ where });
    const { updatedAt: _a, ...fromSave } = saved;
    const { updatedAt: _b, ...fromDatabase } = recomputed;
    expect(fromSave).toEqual(fromDatabase);
  });

  it("keeps the summary whole when another write of the team's series is still open as a save begins", async () => {
    const own = await t.db.measure.create({
      data: { teamId: world.teamA.id, name: "Samtidige gem", type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY", direction: "UP", defaultChart: "RUN" },
    });
    await measurementsFor(t.db, world.teamA.id, own.id, Array.from({ length: 4 }, (_, i) => ({ at: week(i), numerator: 5 })));
    await refreshTeamMeasureSummaries(t.db, world.teamA.id, [own.id]);
    let letFirstCommit!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (letFirstCommit = resolve));
    let firstWrote!: () => void;
    const firstHasWritten = new Promise<void>((resolve) => (firstWrote = resolve));
    // The first writer: the team's lock, a new week, then it waits before committing.
    const first = t.db.$transaction(async (tx) => {
      await lockTeamSummaries(tx, world.teamA.id);
      await tx.measurement.create({ data: { teamId: world.teamA.id, measureId: own.id, periodStart: week(4), numerator: 5, denominator: 10 } });
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    const second = executeAction(saveMeasurementsConfig, { db: t.db, user: world.secretariat }, {
      teamId: world.teamA.id,
      cells: [{ measureId: own.id, period: week(5).toISOString().slice(0, 10), numerator: "5", denominator: "10", note: "" }],
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    letFirstCommit();
    await first;
    expect(await second).toMatchObject({ ok: true, data: { saved: 1, created: 1 } });
    const summary = await t.db.teamMeasureSummary.findUniqueOrThrow({ where: { teamId_measureId: { teamId: world.teamA.id, measureId: own.id } } });
    expect(summary.pointCount).toBe(6); // 4 weeks, the first writer's week 5 and the save's week 6
  });
});
