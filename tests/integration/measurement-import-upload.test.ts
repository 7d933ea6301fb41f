import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { importMeasurementsConfig } from "@/lib/measurements/action-configs";
import { periodLabel } from "@/lib/measurements/rules";
import { MAX_XLSX_BYTES } from "@/lib/measurements/schema";
import { writeXlsx } from "@/lib/measurements/xlsx-write";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const monthsAgo = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
};

// The import page posts FormData: the file input (an empty File when nothing was chosen), the pasted
// text ("" when empty), and confirm="true" only from the preview's confirm button, which posts what
// the preview read (its `source`) instead of the file.
describe("measurement import from the page's form (FormData with an uploaded file)", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof makeTeamWorld>>;

  beforeAll(async () => {
    t = await createTestDb();
    world = await makeTeamWorld(t.db);
    await t.db.measure.create({ data: { teamId: world.teamA.id, name: "Fald på afsnittet", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY" } });
  });
  afterAll(async () => t.drop());

  const noFile = () => new File([], "", { type: "application/octet-stream" });
  const post = (fields: Record<string, string | File>) => {
    const data = new FormData();
    data.append("teamId", world.teamA.id);
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return executeAction(importMeasurementsConfig, { db: t.db, user: world.contactA }, data);
  };
  const count = () => t.db.measurement.count({ where: { teamId: world.teamA.id } });
  const csvOf = (months: number[]) => ["measure;period;numerator", ...months.map((n) => `Fald på afsnittet;${periodLabel("MONTHLY", monthsAgo(n))};${n}`)].join("\r\n");

  it("previews an uploaded CSV file without writing, answers its text, and imports that text on confirm", async () => {
    const text = csvOf([6, 7]);
    const before = await count();
    const preview = await post({ file: new File([`\uFEFF${text}`], "data.csv", { type: "text/csv" }), csv: "" });
    expect(preview).toMatchObject({ ok: true, data: { written: 0, confirmed: false, rows: [{ line: 2, errors: [] }, { line: 3, errors: [] }] } });
    if (!preview.ok) return;
    expect(preview.data.source).toEqual({ csv: text });
    expect(await count()).toBe(before);

    const imported = await post({ ...(preview.data.source as { csv: string }), confirm: "true" });
    expect(imported).toMatchObject({ ok: true, data: { written: 2, confirmed: true } });
    if (imported.ok) expect(imported.data.source).toBeUndefined();
    expect(await count()).toBe(before + 2);
  });

  it("previews an uploaded workbook, answers it as base64, and imports it on confirm", async () => {
    const workbook = writeXlsx([{ name: "Data", rows: [["measure", "period", "numerator"], ["Fald på afsnittet", monthsAgo(8), 3]] }]);
    const before = await count();
    const preview = await post({ file: new File([new Uint8Array(workbook)], "data.xlsx", { type: XLSX_TYPE }), csv: "" });
    expect(preview).toMatchObject({ ok: true, data: { written: 0, rows: [{ line: 2, period: periodLabel("MONTHLY", monthsAgo(8)), errors: [] }] } });
    if (!preview.ok) return;
    expect(preview.data.source).toEqual({ xlsx: workbook.toString("base64") });
    expect(await post({ ...(preview.data.source as { xlsx: string }), confirm: "true" })).toMatchObject({ ok: true, data: { written: 1 } });
    expect(await count()).toBe(before + 1);
  });

  it("takes pasted text beside an empty file input; a preview button posts no confirm", async () => {
    const preview = await post({ file: noFile(), csv: csvOf([9]) });
    expect(preview).toMatchObject({ ok: true, data: { written: 0, confirmed: false, source: { csv: csvOf([9]) } } });
  });

  it("refuses under `file` an unreadable or too large upload, nothing chosen, and a file beside pasted text, writing nothing", async () => {
    const before = await count();
    expect(await post({ file: new File(["measure;period"], "data.xlsx", { type: XLSX_TYPE }), csv: "" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { file: ["unreadableFile"] } });
    expect(await post({ file: new File([new Uint8Array(MAX_XLSX_BYTES + 1)], "big.xlsx", { type: XLSX_TYPE }), csv: "", confirm: "true" })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { file: ["fileTooLarge"] },
    });
    expect(await post({ file: new File(["measure;period;numerator"], "data.csv", { type: "text/csv" }), csv: "" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { file: ["noRows"] } });
    expect(await post({ file: new File([csvOf([10])], "data.csv"), csv: csvOf([10]) })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { file: ["oneFileOnly"] } });
    expect(await post({ file: noFile(), csv: "" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { csv: ["empty"] } });
    expect(await count()).toBe(before);
  });

  it("refuses a confirm whose rows have errors with the preview in details.rows, writing nothing", async () => {
    const before = await count();
    const text = `${csvOf([11])}\r\nUkendt måling;${periodLabel("MONTHLY", monthsAgo(11))};1`;
    const refused = await post({ csv: text, confirm: "true" });
    expect(refused).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "importHasErrors", fieldErrors: { "line.3": ["unknownMeasure"] } });
    if (refused.ok) return;
    expect((refused.details?.rows as { line: number; errors: string[] }[]).map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, ["unknownMeasure"]],
    ]);
    expect(await count()).toBe(before);
  });
});
