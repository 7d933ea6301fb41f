// The large data set (prisma/seed-large) at a small size of the same shape, against a real, freshly
// migrated database: what it writes, that the rows obey the app's own rules, and that it wipes first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/demo-users";
import { validateEntry } from "@/lib/measurements/rules";
import { isFrequency } from "@/lib/measures/periods";
import { largeDataPresent } from "@/prisma/seed-large/database";
import { seedLarge, type LargeSeedResult } from "@/prisma/seed-large/seed-large";
import { LARGE_SIGN_INS, type LargeSize } from "@/prisma/seed-large/size";
import { createTestDb, type TestDb } from "../helpers/test-db";

const NOW = new Date("2026-11-24T12:00:00Z");
const SIZE: LargeSize = { teamsPerCollaborative: 4, weeks: 40, cyclesPerTeam: 12 };
const TEAMS = 3 * SIZE.teamsPerCollaborative;

describe("large data set", () => {
  let t: TestDb;
  let result: LargeSeedResult;

  beforeAll(async () => {
    t = await createTestDb();
    await seedLarge(t.db, t.url, { size: SIZE, now: NOW });
    // Seeding again must wipe the first run instead of adding to it.
    result = await seedLarge(t.db, t.url, { size: SIZE, now: NOW });
  }, 120_000);
  afterAll(async () => t.drop());

  it("writes three collaboratives of teams with ten shared measures each, and counts what it wrote", async () => {
    expect(result.counts.collaborative).toBe(3);
    expect(result.counts.team).toBe(TEAMS);
    expect(result.counts.measure).toBe(30);
    expect(result.counts.pdsaCycle).toBe(TEAMS * SIZE.cyclesPerTeam);
    expect(result.counts.teamMeasureSummary).toBe(TEAMS * 10);
    expect(result.counts.measurement).toBe(await t.db.measurement.count());
    expect(await largeDataPresent(t.db, SIZE)).toBe(true);
  });

  it("gives every team a weekly series of every shared measure over the weeks, with some weeks missing", async () => {
    const perSeries = await t.db.measurement.groupBy({ by: ["teamId", "measureId"], _count: { _all: true } });
    expect(perSeries).toHaveLength(TEAMS * 10);
    for (const series of perSeries) expect(series._count._all).toBeLessThanOrEqual(SIZE.weeks);
    expect(result.counts.measurement).toBeLessThan(TEAMS * 10 * SIZE.weeks);
    expect(result.counts.measurement).toBeGreaterThan(TEAMS * 10 * SIZE.weeks * 0.8);
  });

  it("writes only measurements the app would accept", async () => {
    const measures = new Map((await t.db.measure.findMany()).map((measure) => [measure.id, measure]));
    expect(new Set([...measures.values()].map((measure) => measure.kind))).toEqual(new Set(["PROPORTION", "RATE", "COUNT", "DAYS_BETWEEN"]));
    const rows = await t.db.measurement.findMany({ select: { measureId: true, periodStart: true, numerator: true, denominator: true } });
    for (const row of rows) {
      const measure = measures.get(row.measureId)!;
      expect(isFrequency(measure.frequency)).toBe(true);
      expect(validateEntry({ kind: measure.kind, frequency: measure.frequency as "WEEKLY" }, row, NOW)).toEqual([]);
    }
  });

  it("tells different stories: some teams improve, some do not", async () => {
    const verdicts = new Set((await t.db.teamMeasureSummary.findMany({ select: { verdict: true } })).map((summary) => summary.verdict));
    expect(verdicts).toContain("improving");
    expect(verdicts).toContain("no-signal");
  });

  it("links PDSA ramps to an earlier cycle of the same team and change idea", async () => {
    const cycles = await t.db.pdsaCycle.findMany();
    const byId = new Map(cycles.map((cycle) => [cycle.id, cycle]));
    const ramped = cycles.filter((cycle) => cycle.previousCycleId);
    expect(ramped.length).toBeGreaterThan(0);
    for (const cycle of ramped) {
      const previous = byId.get(cycle.previousCycleId!)!;
      expect(previous.teamId).toBe(cycle.teamId);
      expect(previous.changeIdeaId).toBe(cycle.changeIdeaId);
      expect(previous.plannedStart!.getTime()).toBeLessThan(cycle.plannedStart!.getTime());
    }
    const states = new Set(cycles.map((cycle) => cycle.state));
    expect(states).toContain("DONE");
    for (const cycle of cycles) {
      expect(["PLAN", "DO", "STUDY", "ACT", "DONE", "ABANDONED"]).toContain(cycle.state);
      expect(cycle.decision !== null).toBe(cycle.state === "DONE");
      expect(cycle.completedAt !== null).toBe(cycle.state === "DONE" || cycle.state === "ABANDONED");
    }
  });

  it("writes at most one report and one score per team-month, scores 1–5 in half steps", async () => {
    const reports = await t.db.actionPeriodReport.findMany({ select: { teamId: true, month: true } });
    expect(new Set(reports.map((report) => `${report.teamId}|${report.month.toISOString()}`)).size).toBe(reports.length);
    expect(reports.length).toBeGreaterThan(TEAMS * 5);
    const assessments = await t.db.assessment.findMany({ select: { score: true, reportId: true } });
    expect(assessments.length).toBeGreaterThan(0);
    for (const assessment of assessments) {
      expect(assessment.reportId).not.toBeNull();
      expect(assessment.score * 2).toBe(Math.round(assessment.score * 2));
      expect(assessment.score).toBeGreaterThanOrEqual(1);
      expect(assessment.score).toBeLessThanOrEqual(5);
    }
  });

  it("has the sign-ins: secretariat of all three, a manager of the region, a contact person of one team, one hash", async () => {
    const users = await t.db.user.findMany({ where: { passwordHash: { not: null } } });
    expect(users.map((user) => user.email).sort()).toEqual(Object.values(LARGE_SIGN_INS).sort());
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(1);
    expect(await verifyPassword(users[0].passwordHash!, DEMO_PASSWORD)).toBe(true);
    const byEmail = (email: string) => users.find((user) => user.email === email)!;
    expect(await t.db.collaborativeStaff.count({ where: { userId: byEmail(LARGE_SIGN_INS.secretariat).id } })).toBe(3);
    const scopes = await t.db.managerScope.findMany({ where: { userId: byEmail(LARGE_SIGN_INS.manager).id }, include: { organisation: true } });
    expect(scopes.map((scope) => scope.organisation?.kind)).toEqual(["REGION"]);
    const memberships = await t.db.teamMember.findMany({ where: { userId: byEmail(LARGE_SIGN_INS.contact).id } });
    expect(memberships.map((membership) => membership.role)).toEqual(["CONTACT_PERSON"]);
  });

  it("puts every team's microsystem under the region", async () => {
    const teams = await t.db.team.findMany({ include: { microsystem: { include: { organisation: { include: { parent: { include: { parent: true } } } } } } } });
    for (const team of teams) expect(team.microsystem.organisation.parent?.parent?.kind).toBe("REGION");
  });
});
