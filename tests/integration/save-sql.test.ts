import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import { saveMeasurementsConfig } from "@/lib/measurements/action-configs";
import { upsertMeasurements } from "@/lib/measurements/series-sql";
import { loadTeamMeasures } from "@/lib/measurements/team-series";
import { isoDay, periodStartOf } from "@/lib/measures/periods";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

// A save writes with plain SQL (lib/measurements/series-sql.ts, record-audit.ts, summaries.ts): what it
// stores must be what Prisma's own queries store and find, on SQLite (dates as text) and PostgreSQL.

const WEEK = 7 * 86_400_000;
const weeksAgo = (n: number) => new Date(periodStartOf("WEEKLY", new Date()).getTime() - n * WEEK);

describe("a save's plain-SQL writes, read back through Prisma", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof makeTeamWorld>>;
  let shared: { id: string };

  beforeAll(async () => {
    t = await createTestDb();
    world = await makeTeamWorld(t.db);
    shared = await t.db.measure.create({
      data: { collaborativeId: world.collaborative.id, name: "Andel med ernæringsscreening", type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY" },
    });
  });
  afterAll(async () => t.drop());

  const save = (cells: object[]) => executeAction(saveMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, cells });
  const cell = (weeks: number, numerator: string, denominator: string, note = "") => ({ measureId: shared.id, period: isoDay(weeksAgo(weeks)), numerator, denominator, note });

  it("updates the row Prisma created for the same period instead of adding a second one", async () => {
    const before = await t.db.measurement.create({
      data: { measureId: shared.id, teamId: world.teamA.id, periodStart: weeksAgo(3), numerator: 2, denominator: 10, createdById: world.memberA.id },
    });
    expect(await save([cell(3, "6", "12", "ny tavle")])).toEqual({ ok: true, data: { saved: 1, created: 0, deleted: 0 } });
    const rows = await t.db.measurement.findMany({ where: { teamId: world.teamA.id, measureId: shared.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: before.id, numerator: 6, denominator: 12, note: "ny tavle", createdById: world.memberA.id, createdAt: before.createdAt });
    expect(rows[0].updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
  });

  it("stores a new period so that Prisma finds it by its unique key, with its author, times and a later id", async () => {
    const startedAt = Date.now();
    const earlier = await t.db.measurement.findFirstOrThrow({ where: { teamId: world.teamA.id } });
    expect(await save([cell(2, "7", "10")])).toEqual({ ok: true, data: { saved: 1, created: 1, deleted: 0 } });
    const row = await t.db.measurement.findUniqueOrThrow({
      where: { measureId_teamId_periodStart: { measureId: shared.id, teamId: world.teamA.id, periodStart: weeksAgo(2) } },
    });
    expect(row).toMatchObject({ numerator: 7, denominator: 10, note: "", createdById: world.contactA.id });
    expect(row.periodStart.toISOString()).toBe(weeksAgo(2).toISOString());
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(startedAt - 1);
    expect(row.updatedAt).toEqual(row.createdAt);
    expect(row.id > earlier.id).toBe(true);
    // Prisma's own date filters see it.
    expect(await t.db.measurement.count({ where: { teamId: world.teamA.id, periodStart: { gte: weeksAgo(2), lt: weeksAgo(1) } } })).toBe(1);
  });

  it("records the audit event with its before and after, and a time Prisma reads and filters", async () => {
    const startedAt = new Date(Date.now() - 1);
    expect(await save([cell(2, "8", "10"), cell(1, "9", "10")])).toMatchObject({ ok: true });
    const [event] = await t.db.auditEvent.findMany({ where: { action: "measurement.saveBatch", createdAt: { gte: startedAt } } });
    expect(event).toMatchObject({ actorId: world.contactA.id, entityType: "Measurement", entityId: world.teamA.id, teamId: world.teamA.id, collaborativeId: world.collaborative.id });
    expect(JSON.parse(event.before!)).toEqual([{ measureId: shared.id, period: isoDay(weeksAgo(2)), numerator: 7, denominator: 10, note: "" }]);
    expect(JSON.parse(event.after!)).toHaveLength(2);
    expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
  });

  it("stores an event without before, after or team as nulls", async () => {
    await t.db.$transaction((tx) => recordAudit(tx, { actorId: null, action: "test.plain", entityType: "Test", entityId: "x" }));
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { action: "test.plain" } })).toMatchObject({ actorId: null, teamId: null, collaborativeId: null, before: null, after: null });
  });

  it("keeps the summary's periods and values as dates and numbers Prisma reads", async () => {
    const summary = await t.db.teamMeasureSummary.findUniqueOrThrow({ where: { teamId_measureId: { teamId: world.teamA.id, measureId: shared.id } } });
    expect(summary).toMatchObject({ pointCount: 3, latestValue: 90 });
    expect(summary.firstPeriod?.toISOString()).toBe(weeksAgo(3).toISOString());
    expect(summary.latestPeriod?.toISOString()).toBe(weeksAgo(1).toISOString());
    expect(JSON.parse(summary.series).values).toEqual([50, 80, 90]);
    // The dashboards' Prisma queries filter summaries by period.
    expect(await t.db.teamMeasureSummary.count({ where: { teamId: world.teamA.id, latestPeriod: { gte: weeksAgo(1) } } })).toBe(1);
  });

  it("loads the team's active measures, its own and its settings, and nobody else's", async () => {
    const own = await t.db.measure.create({ data: { teamId: world.teamA.id, name: "Eget mål", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY", goal: 2.5 } });
    await t.db.measure.create({ data: { teamId: world.teamB.id, name: "B's own", type: "OUTCOME", kind: "COUNT", frequency: "WEEKLY" } });
    await t.db.measure.create({ data: { collaborativeId: world.collaborative.id, name: "Archived", type: "PROCESS", kind: "COUNT", archivedAt: new Date() } });
    await t.db.teamMeasureSetting.create({ data: { teamId: world.teamA.id, measureId: shared.id, baselineCount: 12, phaseSplits: "20", chart: "P" } });
    await t.db.teamMeasureSetting.create({ data: { teamId: world.teamB.id, measureId: shared.id, baselineCount: 4 } });

    const loaded = await t.db.$transaction((tx) => loadTeamMeasures(tx, world.teamA.id));
    expect(loaded.team).toEqual({ id: world.teamA.id, collaborativeId: world.collaborative.id });
    expect(loaded.measures.map((measure) => measure.name).sort()).toEqual(["Andel med ernæringsscreening", "Eget mål"]);
    expect(loaded.measures.find((measure) => measure.id === own.id)).toEqual({
      id: own.id, name: "Eget mål", kind: "COUNT", multiplier: 1, unit: "", frequency: "MONTHLY", direction: "UP", goal: 2.5, defaultChart: "RUN", rules: "ANHOEJ",
    });
    expect(loaded.settings).toEqual([{ measureId: shared.id, baselineCount: 12, phaseSplits: "20", chart: "P" }]);

    const teamWithoutMeasures = await t.db.$transaction((tx) => loadTeamMeasures(tx, world.teamB.id));
    expect(teamWithoutMeasures.measures.map((measure) => measure.name).sort()).toEqual(["Andel med ernæringsscreening", "B's own"]);
    expect(teamWithoutMeasures.settings).toEqual([{ measureId: shared.id, baselineCount: 4, phaseSplits: "", chart: null }]);
    await expect(t.db.$transaction((tx) => loadTeamMeasures(tx, "no-such-team"))).rejects.toBeInstanceOf(ActionError);
  });
});

describe("a large import's plain-SQL upsert", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("writes 4,000 values (40,000 parameters, more than one SQLite statement takes) and updates them again", async () => {
    const world = await makeTeamWorld(t.db);
    const measure = await t.db.measure.create({ data: { teamId: world.teamA.id, name: "Daglige fald", type: "OUTCOME", kind: "COUNT", frequency: "WEEKLY" } });
    const firstWeek = Date.UTC(1960, 0, 4); // a Monday; 4,000 weeks run to 2036
    const values = (numerator: number) =>
      Array.from({ length: 4000 }, (_, week) => ({ measureId: measure.id, periodStart: new Date(firstWeek + week * WEEK), numerator, denominator: null, note: "" }));
    await t.db.$transaction((tx) => upsertMeasurements(tx, world.teamA.id, world.contactA.id, values(1), new Date()));
    expect(await t.db.measurement.count({ where: { measureId: measure.id, numerator: 1 } })).toBe(4000);
    await t.db.$transaction((tx) => upsertMeasurements(tx, world.teamA.id, world.contactA.id, values(2), new Date()));
    expect(await t.db.measurement.count({ where: { measureId: measure.id } })).toBe(4000);
    expect(await t.db.measurement.count({ where: { measureId: measure.id, numerator: 2 } })).toBe(4000);
  });
});
