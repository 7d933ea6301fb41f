import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { importMeasurementsConfig } from "@/lib/measurements/action-configs";
import { periodLabel } from "@/lib/measurements/rules";
import { writeXlsx, type XlsxCell } from "@/lib/measurements/xlsx-write";
import { periodStartOf } from "@/lib/measures/periods";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";
import { countingTransactions } from "../helpers/transaction-count";
import { assembleZip, deflatedRepeat, workbookEntries } from "../helpers/zip-fixtures";

const WEEK = 7 * 86_400_000;
const weeksAgo = (n: number) => new Date(periodStartOf("WEEKLY", new Date()).getTime() - n * WEEK);
const monthsAgo = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
};
const base64 = (rows: XlsxCell[][]) => writeXlsx([{ name: "Data", rows }]).toString("base64");

describe("Excel (.xlsx) measurement import on a real database", () => {
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
  const importXlsx = (xlsx: string, confirm: boolean, user = world.contactA) =>
    executeAction(importMeasurementsConfig, { db: t.db, user }, { teamId: world.teamA.id, xlsx, confirm });

  it("writes nothing when one row is bad and reports that row; fixed, it writes every row with one audit event", async () => {
    const sheet = (badNumerator: number): XlsxCell[][] => [
      ["measure", "period", "numerator", "denominator", "note"],
      [proportion.name, periodLabel("WEEKLY", weeksAgo(2)), 4, 8, "fra Excel"],
      // A date cell in the period column, as Excel stores a typed date.
      [proportion.name, weeksAgo(3), badNumerator, 8, null],
      ["fald", monthsAgo(2), 2, null, null],
    ];
    const before = await rowsOf(world.teamA.id);
    const audits = await t.db.auditEvent.count();

    const preview = await importXlsx(base64(sheet(9)), false);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.written).toBe(0);
    expect(preview.data.rows.map((row) => [row.line, row.period, row.errors])).toEqual([
      [2, periodLabel("WEEKLY", weeksAgo(2)), []],
      [3, periodLabel("WEEKLY", weeksAgo(3)), ["numeratorAboveDenominator"]],
      [4, periodLabel("MONTHLY", monthsAgo(2)), []],
    ]);

    const refused = await importXlsx(base64(sheet(9)), true);
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

    const imported = await importXlsx(base64(sheet(7)), true);
    expect(imported).toMatchObject({ ok: true, data: { written: 3 } });
    const rows = await rowsOf(world.teamA.id);
    expect(rows).toHaveLength(before.length + 3);
    expect(rows.map((row) => [row.measureId, row.periodStart.toISOString(), row.numerator, row.denominator, row.note])).toEqual(
      expect.arrayContaining([
        [proportion.id, weeksAgo(2).toISOString(), 4, 8, "fra Excel"],
        [proportion.id, weeksAgo(3).toISOString(), 7, 8, ""],
        [count.id, monthsAgo(2).toISOString(), 2, null, ""],
      ]),
    );
    expect(await t.db.auditEvent.count({ where: { action: "measurement.import", teamId: world.teamA.id } })).toBe(1);
  });

  it("answers VALIDATION under xlsx for a damaged or headerless workbook, and needs exactly one of a CSV or a workbook", async () => {
    expect(await importXlsx(Buffer.from("not a workbook").toString("base64"), false)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["unreadableFile"] } });
    expect(await importXlsx(base64([["a", "b"], [1, 2]]), true)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["missingColumns"] } });
    expect(await importXlsx("not base64!", false)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["unreadableFile"] } });
    expect(await importXlsx("A".repeat(800_004), false)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["fileTooLarge"] } });
    const both = await executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, csv: "measure;period;numerator", xlsx: base64([["measure"]]) });
    expect(both).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["oneFileOnly"] } });
    const neither = await executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, { teamId: world.teamA.id, csv: "" });
    expect(neither).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { csv: ["empty"] } });
  });

  it("reads the workbook before the write transaction: a bomb whose headers lie is refused without one, writing and auditing nothing", async () => {
    const entries = workbookEntries([["measure", "period", "numerator"]]);
    const sheet = await deflatedRepeat("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c r=\"A1\" t=\"inlineStr\"><is><t>", "x", 40_000_000, "</t></is></c></row></sheetData></worksheet>");
    const bomb = assembleZip(entries.map((entry) => (entry.name === sheet.name ? { ...sheet, central: { size: 900 }, local: { size: 900 } } : entry)));
    const counted = countingTransactions(t.db);
    const before = await rowsOf(world.teamA.id);
    const audits = await t.db.auditEvent.count();
    const result = await executeAction(importMeasurementsConfig, { db: counted.db, user: world.contactA }, { teamId: world.teamA.id, xlsx: bomb.toString("base64"), confirm: true });
    expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["fileTooLarge"] } });
    expect(counted.transactions()).toBe(0);
    expect(await rowsOf(world.teamA.id)).toEqual(before);
    expect(await t.db.auditEvent.count()).toBe(audits);

    const tooMany = base64([["measure", "period", "numerator"], ...Array.from({ length: 50_001 }, () => ["Fald", "2026-W12", 1])]);
    const refused = await executeAction(importMeasurementsConfig, { db: counted.db, user: world.contactA }, { teamId: world.teamA.id, xlsx: tooMany, confirm: true });
    expect(refused).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { xlsx: ["tooManyRows"] } });
    const csv = ["measure;period;numerator", ...Array.from({ length: 50_001 }, () => "Fald;2026-W12;1")].join("\n");
    const refusedCsv = await executeAction(importMeasurementsConfig, { db: counted.db, user: world.contactA }, { teamId: world.teamA.id, csv, confirm: true });
    expect(refusedCsv).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { csv: ["tooManyRows"] } });
    expect(counted.transactions()).toBe(0);
  });

  it("hands the parsed rows to the one write transaction", async () => {
    const counted = countingTransactions(t.db);
    const file = base64([["measure", "period", "numerator"], ["Fald", periodLabel("MONTHLY", monthsAgo(5)), 1]]);
    const preview = await executeAction(importMeasurementsConfig, { db: counted.db, user: world.contactA }, { teamId: world.teamA.id, xlsx: file, confirm: false });
    expect(preview).toMatchObject({ ok: true, data: { written: 0, rows: [{ line: 2, measure: "Fald", numerator: 1, errors: [] }] } });
    expect(counted.transactions()).toBe(1);
  });

  it("refuses a patient representative and another team's contact person before reading the file", async () => {
    const file = base64([["measure", "period", "numerator"], ["Fald", periodLabel("MONTHLY", monthsAgo(4)), 1]]);
    expect(await importXlsx(file, true, world.patientA)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await importXlsx(file, true, world.contactB)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await t.db.measurement.count({ where: { periodStart: monthsAgo(4) } })).toBe(0);
  });
});
