import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTeamMeasureChart, listTeamMeasures } from "@/lib/measures/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { newCalendarToken } from "@/lib/seminars/calendar-token";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("getTeamMeasureChart", () => {
  let t: TestDb;
  const ids = {
    memberA: "",
    memberB: "",
    teamA: "",
    teamB: "",
    measure: "",
    ownMeasureB: "",
    annotationAll: "",
    annotationMeasure: "",
    cycle: "",
  };

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const region = await db.organisation.create({ data: { name: "Region Test", kind: "REGION" } });
    const wardA = await db.microsystem.create({ data: { organisationId: region.id, name: "Afsnit A", kind: "WARD" } });
    const wardB = await db.microsystem.create({ data: { organisationId: region.id, name: "Afsnit B", kind: "WARD" } });
    const collaborative = await db.collaborative.create({
      data: { name: "Faldforebyggelse", topic: "Fald", startDate: day("2025-01-01"), endDate: day("2026-12-31") },
    });
    const teamA = await db.team.create({ data: { collaborativeId: collaborative.id, microsystemId: wardA.id, name: "Team A" } });
    const teamB = await db.team.create({ data: { collaborativeId: collaborative.id, microsystemId: wardB.id, name: "Team B" } });
    const memberA = await db.user.create({ data: { email: "a@test.example", name: "Anna A", calendarToken: newCalendarToken() } });
    const memberB = await db.user.create({ data: { email: "b@test.example", name: "Bo B", calendarToken: newCalendarToken() } });
    await db.teamMember.create({ data: { teamId: teamA.id, userId: memberA.id, role: "CONTACT_PERSON" } });
    await db.teamMember.create({ data: { teamId: teamB.id, userId: memberB.id, role: "MEMBER" } });
    const measure = await db.measure.create({
      data: {
        collaborativeId: collaborative.id,
        name: "Risikovurdering ved indlæggelse",
        type: "PROCESS",
        kind: "PROPORTION",
        multiplier: 100,
        unit: "%",
        frequency: "WEEKLY",
        direction: "UP",
        goal: 90,
        defaultChart: "RUN",
      },
    });
    const ownMeasureB = await db.measure.create({
      data: { teamId: teamB.id, name: "Team B's own", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY", defaultChart: "C" },
    });
    // Weeks 2026-W02, W03, (W04 missing), W05; Team B has data of its own that must not leak.
    for (const [week, numerator] of [["2026-01-05", 6], ["2026-01-12", 7], ["2026-01-26", 9]] as const) {
      await db.measurement.create({
        data: { measureId: measure.id, teamId: teamA.id, periodStart: day(week), numerator, denominator: 10, note: week === "2026-01-12" ? "ny tjekliste" : "" },
      });
    }
    await db.measurement.create({ data: { measureId: measure.id, teamId: teamB.id, periodStart: day("2025-12-29"), numerator: 1, denominator: 10 } });
    await db.teamMeasureSetting.create({ data: { teamId: teamA.id, measureId: measure.id, baselineCount: 2, phaseSplits: "2, 3", chart: "P" } });
    const annotationAll = await db.annotation.create({ data: { teamId: teamA.id, date: day("2026-01-14"), text: "Ny afdelingssygeplejerske" } });
    const annotationMeasure = await db.annotation.create({
      data: { teamId: teamA.id, measureId: measure.id, date: day("2026-01-27"), text: "Tjekliste i journalen" },
    });
    await db.annotation.create({ data: { teamId: teamA.id, measureId: ownMeasureB.id, date: day("2026-01-20"), text: "other measure" } });
    await db.annotation.create({ data: { teamId: teamB.id, date: day("2026-01-20"), text: "team B's note" } });
    const cycle = await db.pdsaCycle.create({
      data: {
        teamId: teamA.id,
        title: "Tjekliste på én stue",
        state: "STUDY",
        startedAt: day("2026-01-13"),
        objective: "not for the chart",
        measures: { create: { measureId: measure.id } },
      },
    });
    await db.pdsaCycle.create({ data: { teamId: teamA.id, title: "Unlinked cycle", state: "DO", startedAt: day("2026-01-13") } });
    Object.assign(ids, {
      memberA: memberA.id,
      memberB: memberB.id,
      teamA: teamA.id,
      teamB: teamB.id,
      measure: measure.id,
      ownMeasureB: ownMeasureB.id,
      annotationAll: annotationAll.id,
      annotationMeasure: annotationMeasure.id,
      cycle: cycle.id,
    });
  });

  afterAll(async () => t?.drop());

  const now = day("2026-03-01");

  it("gives a team member the series on a continuous weekly axis with a null for the missing week", async () => {
    const chart = await getTeamMeasureChart(t.db, { id: ids.memberA, role: "STAFF" }, ids.teamA, ids.measure, now);
    expect(chart).not.toBeNull();
    expect(chart!.measure).toMatchObject({ id: ids.measure, frequency: "WEEKLY", goal: 90, isTeamOwn: false });
    expect(chart!.points.map((point) => point.periodStart.toISOString().slice(0, 10))).toEqual([
      "2026-01-05",
      "2026-01-12",
      "2026-01-19",
      "2026-01-26",
    ]);
    expect(chart!.points.map((point) => point.value)).toEqual([60, 70, null, 90]);
    expect(chart!.points[2]).toMatchObject({ numerator: null, denominator: null });
    expect(chart!.points[1]).toMatchObject({ numerator: 7, denominator: 10, note: "ny tjekliste" });
  });

  it("carries the team's chart settings and markers, and only the team's own", async () => {
    const chart = await getTeamMeasureChart(t.db, { id: ids.memberA, role: "STAFF" }, ids.teamA, ids.measure, now);
    expect(chart!.chart).toBe("P");
    expect(chart!.setting).toEqual({ baselineCount: 2, phaseSplits: [2, 3], chart: "P" });
    expect(chart!.annotations.map((annotation) => annotation.id)).toEqual([ids.annotationAll, ids.annotationMeasure]);
    expect(chart!.cycles).toEqual([
      { id: ids.cycle, title: "Tjekliste på én stue", state: "STUDY", startedAt: day("2026-01-13"), completedAt: null },
    ]);
  });

  it("answers null to a member of another team", async () => {
    expect(await getTeamMeasureChart(t.db, { id: ids.memberB, role: "STAFF" }, ids.teamA, ids.measure, now)).toBeNull();
    expect(await listTeamMeasures(t.db, { id: ids.memberB, role: "STAFF" }, ids.teamA)).toBeNull();
  });

  it("answers null for an unknown measure and for another team's own measure", async () => {
    const actor = { id: ids.memberA, role: "STAFF" } as const;
    expect(await getTeamMeasureChart(t.db, actor, ids.teamA, "no-such-measure", now)).toBeNull();
    expect(await getTeamMeasureChart(t.db, actor, ids.teamA, ids.ownMeasureB, now)).toBeNull();
    expect(await getTeamMeasureChart(t.db, actor, "no-such-team", ids.measure, now)).toBeNull();
  });

  it("lists the shared and the team's own measures for the team's members", async () => {
    const measures = await listTeamMeasures(t.db, { id: ids.memberB, role: "STAFF" }, ids.teamB);
    expect(measures?.map((measure) => measure.id).sort()).toEqual([ids.measure, ids.ownMeasureB].sort());
  });
});
