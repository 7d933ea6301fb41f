import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/measurements/csv";
import { parseXlsxImport } from "@/lib/measurements/xlsx";
import { workbookParts, writeXlsx, type XlsxCell } from "@/lib/measurements/xlsx-write";
import { assembleZip, deflatedEntry, deflatedRepeat, storedEntry, workbookEntries, type ZipEntry } from "../../helpers/zip-fixtures";

// Hostile workbooks: the import must bound what it really inflates and reads (STYLE.md "Hostile input"),
// whatever the archive's headers claim.
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const HEADER: XlsxCell[] = ["measure", "period", "numerator"];
const honestRows: XlsxCell[][] = [HEADER, ["Fald", "2026-W12", 3]];
const honestResult = { rows: [{ line: 2, measure: "Fald", period: "2026-W12", numerator: 3, denominator: null, note: "", errors: [] }] };

/** A first sheet of the header and one row whose note is `size` times "x", as an inline string. */
const hugeSheet = (size: number) =>
  deflatedRepeat(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>measure</t></is></c>` +
      `<c r="B1" t="inlineStr"><is><t>period</t></is></c><c r="C1" t="inlineStr"><is><t>numerator</t></is></c><c r="D1" t="inlineStr"><is><t>note</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>Fald</t></is></c><c r="B2" t="inlineStr"><is><t>2026-W12</t></is></c><c r="C2"><v>1</v></c><c r="D2" t="inlineStr"><is><t>`,
    "x",
    size,
    "</t></is></c></row></sheetData></worksheet>",
  );

const withSheet = (sheet: ZipEntry, rows: XlsxCell[][] = [HEADER]) =>
  workbookEntries(rows).map((entry) => (entry.name === sheet.name ? sheet : entry));

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.info(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

describe("Excel import guards against hostile archives", () => {
  it("refuses a 150 MB sheet as too large while its central directory and local headers both claim it is small", async () => {
    const sheet = await hugeSheet(150_000_000);
    // The local header claims 2,000 bytes, or (the stalling case) says "sizes follow" and a data descriptor claims 2,000.
    for (const local of [{ size: 2_000 }, { descriptor: { packed: sheet.packed.length, size: 2_000 } }]) {
      const file = assembleZip(withSheet({ ...sheet, central: { size: 2_000 }, local }));
      expect(file.length).toBeLessThan(600_000);
      const result = await timed(`150 MB lying sheet (${Object.keys(local)[0]}) refused`, () => parseXlsxImport(file));
      expect(result).toEqual({ rows: [], headerError: "fileTooLarge" });
    }
  });

  it("refuses the same sheet when it also lies about its packed size", async () => {
    const sheet = await hugeSheet(60_000_000);
    const file = assembleZip(withSheet({ ...sheet, central: { size: 2_000, packed: 1_000 }, local: { size: 2_000, packed: 1_000 } }));
    expect((await parseXlsxImport(file)).headerError).toMatch(/^(fileTooLarge|unreadableFile)$/);
  });

  it("refuses a sheet with one 5 MB cell text quickly (the XML reader would re-read it on every chunk), and reads Excel's longest cell", async () => {
    const file = assembleZip(withSheet(await hugeSheet(5_000_000)));
    expect(await timed("5 MB cell text refused", () => parseXlsxImport(file))).toEqual({ rows: [], headerError: "fileTooLarge" });
    const longest = await parseXlsxImport(writeXlsx([{ name: "Data", rows: [[...HEADER, "note"], ["Fald", "2026-W12", 1, "&".repeat(32_767)]] }]));
    expect(longest.rows[0].note).toHaveLength(32_767);
  });

  it("reads an honest workbook whose local headers lie about sizes and carry an extra field the directory lacks", async () => {
    const entries = workbookEntries(honestRows).map((entry) => ({ ...entry, local: { packed: 0, size: 0, extra: Buffer.from([0xfe, 0xca, 4, 0, 1, 2, 3, 4]) } }));
    expect(await parseXlsxImport(assembleZip(entries))).toEqual(honestResult);
  });

  it("never inflates an entry that the central directory does not list", async () => {
    const hidden = { ...(await hugeSheet(40_000_000)), hidden: true };
    const file = assembleZip([hidden, ...workbookEntries(honestRows)]);
    expect(await timed("hidden 40 MB entry skipped", () => parseXlsxImport(file))).toEqual(honestResult);
  });

  it("reads stored entries and refuses an unknown compression method, a damaged checksum and a duplicated name", async () => {
    const stored = workbookParts([{ name: "Data", rows: honestRows }]).map(([name, text]) => storedEntry(name, text));
    expect(await parseXlsxImport(assembleZip(stored))).toEqual(honestResult);
    const bzip = workbookEntries(honestRows).map((entry) => (entry.name === "xl/workbook.xml" ? { ...entry, method: 12 } : entry));
    expect((await parseXlsxImport(assembleZip(bzip))).headerError).toBe("unreadableFile");
    const damaged = workbookEntries(honestRows).map((entry) => (entry.name === "xl/workbook.xml" ? { ...entry, crc: entry.crc ^ 1 } : entry));
    expect((await parseXlsxImport(assembleZip(damaged))).headerError).toBe("unreadableFile");
    const entries = workbookEntries(honestRows);
    const twice = [...entries, deflatedEntry("xl/worksheets/sheet1.xml", "<worksheet/>")];
    expect((await parseXlsxImport(assembleZip(twice))).headerError).toBe("unreadableFile");
  });

  it("refuses an archive of more than 2,000 entries and a ZIP64 archive", async () => {
    const padding = Array.from({ length: 2_000 }, (_, i) => storedEntry(`docProps/custom${i}.xml`, "<x/>"));
    expect((await parseXlsxImport(assembleZip([...workbookEntries(honestRows), ...padding]))).headerError).toBe("fileTooLarge");
    expect((await parseXlsxImport(assembleZip(workbookEntries(honestRows), { zip64: true }))).headerError).toBe("fileTooLarge");
  });

  it("stops with fileTooLarge when the parse runs out of time", async () => {
    expect(await parseXlsxImport(writeXlsx([{ name: "Data", rows: honestRows }]), { timeLimitMs: -1 })).toEqual({ rows: [], headerError: "fileTooLarge" });
  });
});

describe("Import row and column caps", () => {
  const dataRows = (count: number): XlsxCell[][] => [HEADER, ...Array.from({ length: count }, () => ["Fald", "2026-W12", 1])];

  it("refuses a sheet of 50,001 data rows quickly with tooManyRows, before reading its cells", async () => {
    const file = writeXlsx([{ name: "Data", rows: dataRows(50_001) }]);
    const result = await timed("50,001-row sheet refused", () => parseXlsxImport(file));
    expect(result).toEqual({ rows: [], headerError: "tooManyRows" });
  });

  it("reads a sheet of exactly 50,000 data rows", async () => {
    const { rows, headerError } = await parseXlsxImport(writeXlsx([{ name: "Data", rows: dataRows(50_000) }]));
    expect(headerError).toBeUndefined();
    expect(rows).toHaveLength(50_000);
  });

  it("refuses a sheet whose only row sits far down (every row above would be read as empty)", async () => {
    const sheet = deflatedEntry(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>measure</t></is></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>`,
    );
    expect((await parseXlsxImport(assembleZip(withSheet(sheet)))).headerError).toBe("tooManyRows");
  });

  it("refuses a sheet with a cell beyond column 100 (every row would be padded out to it)", async () => {
    const sheet = deflatedEntry(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>measure</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>`,
    );
    expect((await parseXlsxImport(assembleZip(withSheet(sheet)))).headerError).toBe("tooManyColumns");
  });

  it("refuses a CSV text of 50,001 data rows with the same key and reads 50,000", () => {
    const csv = (count: number) => ["measure;period;numerator", ...Array.from({ length: count }, (_, i) => `Fald;2026-W12;${i}`)].join("\n");
    expect(parseImport(csv(50_001))).toEqual({ rows: [], headerError: "tooManyRows" });
    expect(parseImport(csv(50_000)).rows).toHaveLength(50_000);
  });
});

