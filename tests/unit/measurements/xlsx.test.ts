import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/measurements/csv";
import { parseXlsxImport } from "@/lib/measurements/xlsx";
import { writeXlsx, type XlsxCell } from "@/lib/measurements/xlsx-write";
import { readZipEntries, writeZip } from "@/lib/measurements/zip";

// Real .xlsx files (ZIP + Office Open XML) built by the project's writer and read by read-excel-file.
const workbook = (rows: XlsxCell[][], ...others: XlsxCell[][][]) =>
  writeXlsx([{ name: "Data", rows }, ...others.map((other, i) => ({ name: `Other ${i}`, rows: other }))]);

describe("Excel import", () => {
  it("reads the first sheet into the CSV rows: numbers stay numbers, dates become days, line numbers are sheet rows", async () => {
    const file = workbook(
      [
        ["Measure", "PERIOD", "numerator", "denominator", "note"],
        ["Fald", "2026-W12", 12.5, null, "ny rutine"],
        [],
        ["Andel vurderet", new Date(Date.UTC(2026, 2, 2)), 7, 10, null],
        ["Andel vurderet", "2026-03", "3,5", "10", "tekst & <tegn>"],
      ],
      [["measure", "period", "numerator"], ["Other sheet", "2026-W01", 1]],
    );
    const { rows, headerError } = await parseXlsxImport(file);
    expect(headerError).toBeUndefined();
    expect(rows).toEqual([
      { line: 2, measure: "Fald", period: "2026-W12", numerator: 12.5, denominator: null, note: "ny rutine", errors: [] },
      { line: 4, measure: "Andel vurderet", period: "2026-03-02", numerator: 7, denominator: 10, note: "", errors: [] },
      { line: 5, measure: "Andel vurderet", period: "2026-03", numerator: 3.5, denominator: 10, note: "tekst & <tegn>", errors: [] },
    ]);
  });

  it("checks each row exactly as the CSV import does", async () => {
    const table: XlsxCell[][] = [
      ["measure", "period", "numerator", "denominator"],
      [null, "2026-W12", "abc", null],
      ["Fald", null, null, null],
      ["Fald", "2026-W12", 4, "x"],
    ];
    const csv = parseImport(table.map((row) => row.map((cell) => cell ?? "").join(";")).join("\n"));
    const xlsx = await parseXlsxImport(workbook(table));
    expect(xlsx.rows.map((row) => row.errors)).toEqual([["measureRequired", "notANumber"], ["periodRequired", "numeratorRequired"], ["notANumber"]]);
    expect(xlsx.rows).toEqual(csv.rows);
  });

  it("reports a sheet without the template's header, an empty sheet, and a header without rows", async () => {
    expect((await parseXlsxImport(workbook([["foo", "bar"], [1, 2]]))).headerError).toBe("missingColumns");
    expect((await parseXlsxImport(workbook([]))).headerError).toBe("empty");
    expect(await parseXlsxImport(workbook([["measure", "period", "numerator"]]))).toEqual({ rows: [] });
  });

  it("refuses bytes that are not a workbook, a damaged workbook, and files too large packed or unpacked", async () => {
    expect((await parseXlsxImport(Buffer.from("measure;period;numerator\n"))).headerError).toBe("unreadableFile");
    // The first entries overwritten: the ZIP's directory at the end is intact, its contents are not.
    const broken = Buffer.from(workbook([["x"]]));
    broken.fill(0, 0, 200);
    expect((await parseXlsxImport(broken)).headerError).toBe("unreadableFile");
    expect((await parseXlsxImport(Buffer.alloc(600_001))).headerError).toBe("fileTooLarge");
    const bomb = workbook([["measure", "period", "numerator"], ["x".repeat(31_000_000), "2026-W01", 1]]);
    expect(bomb.length).toBeLessThan(600_000);
    expect((await parseXlsxImport(bomb)).headerError).toBe("fileTooLarge");
  });
});

describe("Excel writing", () => {
  it("writes a workbook read-excel-file reads back: text (never a formula), numbers and dates", async () => {
    const rows: XlsxCell[][] = [
      ["measure", "period", "numerator"],
      ["=SUM(A1)", "2026-W12", 3.25],
      ["Fald", new Date(Date.UTC(2026, 0, 5)), null],
    ];
    const file = workbook(rows);
    expect(await readSheet(file)).toEqual([
      ["measure", "period", "numerator"],
      ["=SUM(A1)", "2026-W12", 3.25],
      ["Fald", new Date(Date.UTC(2026, 0, 5)), null],
    ]);
  });

  it("writes a ZIP the bounded reader reads back, and the reader answers unreadableFile for other bytes", () => {
    const limits = { maxEntries: 10, maxEntryBytes: 1_000, maxTotalBytes: 1_000, deadline: Date.now() + 5_000 };
    for (const method of ["deflate", "store"] as const) {
      const archive = writeZip([["a.xml", "<a/>"], ["b.png", Buffer.from([1, 2, 3])]], method);
      expect(readZipEntries(archive, limits, () => true)).toEqual({ entries: new Map([["a.xml", Buffer.from("<a/>")], ["b.png", Buffer.from([1, 2, 3])]]) });
      expect(readZipEntries(archive, limits, (name) => name.endsWith(".xml")).entries?.size).toBe(1);
    }
    expect(readZipEntries(Buffer.from("not a zip at all, just text that is long enough"), limits, () => true)).toEqual({ error: "unreadableFile" });
  });
});
