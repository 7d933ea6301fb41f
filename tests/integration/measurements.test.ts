import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { createAnnotationConfig, deleteAnnotationConfig } from "@/lib/annotations/action-configs";
import { getCollaborativeExport, getDataEntryGrid, getMissingData, getTeamExport } from "@/lib/measurements/data";
import { importMeasurementsConfig, saveMeasurementsConfig } from "@/lib/measurements/action-configs";
import { periodLabel } from "@/lib/measurements/rules";
import { isoDay, periodStartOf } from "@/lib/measures/periods";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

const WEEK = 7 * 86_400_000;
const weeksAgo = (n: number) => new Date(periodStartOf("WEEKLY", new Date()).getTime() - n * WEEK);
const monthsAgo = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
};

describe("measurement data on a real database", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof makeTeamWorld>>;
  let proportion: { id: string; name: string };
  let count: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestDb();
    world = await makeTeamWorld(t.db);
    proportion = await t.db.measure.create({
      data: { collaborativeId: world.collaborative.id, name: "Andel med faldrisikovurdering", type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY" },
    });
    count = await t.db.measure.create({ data: { teamId: world.teamA.id, name: "Fald", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY" } });
  });
  afterAll(async () => t.drop());

  const rowsOf = (teamId: string) => t.db.measurement.findMany({ where: { teamId }, orderBy: { periodStart: "asc" } });
  const save = (user: typeof world.contactA, cells: object[], teamId = world.teamA.id) =>
    executeAction(saveMeasurementsConfig, { db: t.db, user }, { teamId, cells });

  it("saves a batch (decimal comma accepted) with one audit event, and saving again updates the value", async () => {
    const result = await save(world.memberA, [
      { measureId: proportion.id, period: isoDay(weeksAgo(1)), numerator: "7", denominator: "10", note: "ny rutine" },
      { measureId: count.id, period: isoDay(monthsAgo(1)), numerator: "3,0", denominator: "" },
    ]);
    expect(result).toEqual({ ok: true, data: { saved: 2, created: 2, deleted: 0 } });
    const rows = await rowsOf(world.teamA.id);
    expect(rows.map((row) => [row.measureId, row.numerator, row.denominator, row.note])).toEqual(
      expect.arrayContaining([
        [proportion.id, 7, 10, "ny rutine"],
        [count.id, 3, null, ""],
      ]),
    );
    const events = await t.db.auditEvent.findMany({ where: { action: "measurement.saveBatch", teamId: world.teamA.id } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].before!)).toEqual([]);
    expect(JSON.parse(events[0].after!)).toHaveLength(2);

    const again = await save(world.contactA, [{ measureId: proportion.id, period: isoDay(weeksAgo(1)), numerator: "8", denominator: "10" }]);
    expect(again).toEqual({ ok: true, data: { saved: 1, created: 0, deleted: 0 } });
    expect(await t.db.measurement.count({ where: { teamId: world.teamA.id, measureId: proportion.id } })).toBe(1);
    const second = await t.db.auditEvent.findFirst({ where: { action: "measurement.saveBatch", actorId: world.contactA.id } });
    expect(JSON.parse(second!.before!)[0]).toMatchObject({ numerator: 7 });
    expect(JSON.parse(second!.after!)[0]).toMatchObject({ numerator: 8 });
  });

  it("refuses a batch with a numerator above the denominator: the cell error comes back and nothing is written", async () => {
    const before = await rowsOf(world.teamA.id);
    const audits = await t.db.auditEvent.count();
    const result = await save(world.contactA, [
      { measureId: proportion.id, period: isoDay(weeksAgo(2)), numerator: "5", denominator: "10" },
      { measureId: proportion.id, period: isoDay(weeksAgo(3)), numerator: "11", denominator: "10" },
    ]);
    expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "cellErrors", fieldErrors: { "cells.1.numerator": ["numeratorAboveDenominator"] }, values: { count: 1 } });
    expect(await rowsOf(world.teamA.id)).toEqual(before);
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("refuses a future period and a misaligned period", async () => {
    const before = await rowsOf(world.teamA.id);
    const future = await save(world.contactA, [{ measureId: proportion.id, period: isoDay(weeksAgo(-1)), numerator: "1", denominator: "2" }]);
    expect(future).toMatchObject({ ok: false, code: "RULE_VIOLATION", fieldErrors: { "cells.0.period": ["periodInFuture"] } });
    const tuesday = new Date(weeksAgo(4).getTime() + 86_400_000);
    const misaligned = await save(world.contactA, [{ measureId: proportion.id, period: isoDay(tuesday), numerator: "1", denominator: "2" }]);
    expect(misaligned).toMatchObject({ ok: false, code: "RULE_VIOLATION", fieldErrors: { "cells.0.period": ["periodMisaligned"] } });
    expect(await rowsOf(world.teamA.id)).toEqual(before);
  });

  it("answers VALIDATION with the cell's field for an unreadable number", async () => {
    const result = await save(world.contactA, [{ measureId: proportion.id, period: isoDay(weeksAgo(2)), numerator: "abc", denominator: "2" }]);
    expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { "cells.0.numerator": ["notANumber"] } });
  });

  it("refuses another team's measure as an unknown measure", async () => {
    const other = await t.db.measure.create({ data: { teamId: world.teamB.id, name: "B's own", type: "PROCESS", kind: "COUNT", frequency: "WEEKLY" } });
    const result = await save(world.contactA, [{ measureId: other.id, period: isoDay(weeksAgo(1)), numerator: "1" }]);
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", fieldErrors: { "cells.0.measure": ["unknownMeasure"] } });
  });

  it("answers NOT_FOUND to another team's member and FORBIDDEN to a patient representative or a manager, writing nothing", async () => {
    const cells = [{ measureId: proportion.id, period: isoDay(weeksAgo(5)), numerator: "1", denominator: "2" }];
    expect(await save(world.contactB, cells)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await save(world.patientA, cells)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await save(world.manager, cells)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await t.db.measurement.count({ where: { periodStart: weeksAgo(5) } })).toBe(0);
  });

  it("lets the secretariat save for a team of its collaborative", async () => {
    const result = await save(world.secretariat, [{ measureId: proportion.id, period: isoDay(weeksAgo(6)), numerator: "2", denominator: "4" }]);
    expect(result).toMatchObject({ ok: true });
  });

  it("imports all rows or none: one bad row is reported and nothing is written; fixed, all rows are written", async () => {
    const header = "measure;period;numerator;denominator;note";
    const good1 = `${proportion.name};${periodLabel("WEEKLY", weeksAgo(8))};4;8;"fra import; uge"`;
    const good2 = `fald;${periodLabel("MONTHLY", monthsAgo(3))};2;;`;
    const bad = `${proportion.name};${periodLabel("WEEKLY", weeksAgo(9))};9;8;`;
    const csv = [header, good1, bad, good2].join("\r\n");
    const before = await rowsOf(world.teamA.id);
    const audits = await t.db.auditEvent.count();

    const preview = await executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, csv, confirm: false });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.written).toBe(0);
    expect(preview.data.rows.map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, ["numeratorAboveDenominator"]],
      [4, []],
    ]);

    const refused = await executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, csv, confirm: true });
    expect(refused).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "importHasErrors", fieldErrors: { "line.3": ["numeratorAboveDenominator"] } });
    // The refusal carries the preview again, so the form can show every row with its errors.
    if (refused.ok) return;
    expect((refused.details?.rows as { line: number; errors: string[] }[]).map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, ["numeratorAboveDenominator"]],
      [4, []],
    ]);
    expect(await rowsOf(world.teamA.id)).toEqual(before);
    expect(await t.db.auditEvent.count()).toBe(audits);

    const fixed = csv.replace(bad, bad.replace(";9;8;", ";7;8;"));
    const imported = await executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, csv: fixed, confirm: true });
    expect(imported).toMatchObject({ ok: true, data: { written: 3 } });
    expect(await t.db.measurement.count({ where: { teamId: world.teamA.id } })).toBe(before.length + 3);
    const note = await t.db.measurement.findFirst({ where: { teamId: world.teamA.id, periodStart: weeksAgo(8) } });
    expect(note?.note).toBe("fra import; uge");
    expect(await t.db.auditEvent.count({ where: { action: "measurement.import", teamId: world.teamA.id } })).toBe(1);
  });

  it("refuses an import without the template's header, and from a patient representative", async () => {
    expect(await executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, csv: "a;b\n1;2", confirm: true })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { csv: ["missingColumns"] },
    });
    expect(
      await executeAction(importMeasurementsConfig, { db: t.db, user: world.patientA }, { teamId: world.teamA.id, csv: "measure;period;numerator\nFald;2026-01;1", confirm: true }),
    ).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("loads the grid, missing periods and exports only within scope", async () => {
    const grid = await getDataEntryGrid(t.db, world.memberA, world.teamA.id);
    expect(grid?.canWrite).toBe(true);
    expect(grid?.groups.map((group) => [group.frequency, group.periods.length])).toEqual([
      ["WEEKLY", 8],
      ["MONTHLY", 8],
    ]);
    expect(await getDataEntryGrid(t.db, world.contactB, world.teamA.id)).toBeNull();
    expect((await getDataEntryGrid(t.db, world.patientA, world.teamA.id))?.canWrite).toBe(false);

    const missing = await getMissingData(t.db, world.contactA, world.teamA.id);
    const weekly = missing?.find((entry) => entry.measureId === proportion.id);
    // First value 9 weeks ago; values at 1, 6, 8 and 9 weeks ago; the current week is still open.
    expect(weekly?.missing.map((period) => period.start)).toEqual([7, 5, 4, 3, 2].map((n) => isoDay(weeksAgo(n))));

    expect((await getTeamExport(t.db, world.patientA, world.teamA.id))?.rows.length).toBeGreaterThan(0);
    expect(await getTeamExport(t.db, world.contactB, world.teamA.id)).toBeNull();
    const shared = await getCollaborativeExport(t.db, world.secretariat, world.collaborative.id);
    expect(shared?.rows.every((row) => row.measure === proportion.name)).toBe(true);
    expect(await getCollaborativeExport(t.db, world.contactA, world.collaborative.id)).toBeNull();
  });

  it("creates and deletes an annotation with audit events; others are refused", async () => {
    const input = { teamId: world.teamA.id, measureId: proportion.id, date: "2026-03-16", text: "Ny faldrisikovurdering fra uge 12" };
    const created = await executeAction(createAnnotationConfig, { db: t.db, user: world.memberA }, input);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await t.db.annotation.findUnique({ where: { id: created.data.id } })).toMatchObject({ text: input.text, measureId: proportion.id });
    expect(await t.db.auditEvent.count({ where: { action: "annotation.create", entityId: created.data.id } })).toBe(1);

    expect(await executeAction(createAnnotationConfig, { db: t.db, user: world.patientA }, input)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await executeAction(createAnnotationConfig, { db: t.db, user: world.contactB }, input)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(createAnnotationConfig, { db: t.db, user: world.memberA }, { ...input, text: "" })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { text: ["required"] },
    });
    expect(await executeAction(createAnnotationConfig, { db: t.db, user: world.memberA }, { ...input, text: "Patient 010190-1234 faldt" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { text: ["personalIdentifier"] },
    });
    expect(await executeAction(deleteAnnotationConfig, { db: t.db, user: world.contactB }, { annotationId: created.data.id })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await t.db.annotation.count({ where: { teamId: world.teamA.id } })).toBe(1);

    expect(await executeAction(deleteAnnotationConfig, { db: t.db, user: world.contactA }, { annotationId: created.data.id })).toMatchObject({ ok: true });
    expect(await t.db.annotation.count({ where: { teamId: world.teamA.id } })).toBe(0);

    // The chart page's forms post FormData; "all the team's charts" posts an empty measure.
    const posted = new FormData();
    for (const [name, value] of Object.entries({ teamId: world.teamA.id, measureId: "", date: "2026-03-23", text: "Ny vagtplan" })) posted.append(name, value);
    const forAll = await executeAction(createAnnotationConfig, { db: t.db, user: world.memberA }, posted);
    expect(forAll.ok).toBe(true);
    if (!forAll.ok) return;
    expect(await t.db.annotation.findUnique({ where: { id: forAll.data.id } })).toMatchObject({ text: "Ny vagtplan", measureId: null });
    const deletion = new FormData();
    deletion.append("annotationId", forAll.data.id);
    expect(await executeAction(deleteAnnotationConfig, { db: t.db, user: world.contactA }, deletion)).toMatchObject({ ok: true });
    expect(await t.db.auditEvent.count({ where: { action: "annotation.delete", entityId: created.data.id } })).toBe(1);
  });
});
