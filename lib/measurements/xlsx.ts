import "server-only";
// Excel (.xlsx) import: the first sheet of a workbook becomes the same rows as a CSV file
// (lib/measurements/csv.ts readImportRecords), so preview, all-or-nothing and the row report are one
// code path. Numbers stay numbers; a date in a cell (Excel stores days since 1900) becomes "YYYY-MM-DD".
//
// The file is untrusted (STYLE.md "Hostile input"): its parts are inflated here with caps on the real
// bytes (lib/measurements/zip.ts), its sheets are scanned for their extent (xlsx-scan.ts), and only
// then does read-excel-file see it, as a new archive of the bounded parts. Callers run this outside
// any write transaction (the import action's `prepare`).
import { readSheet } from "read-excel-file/node";
import { isoDay } from "@/lib/measures/periods";
import { MAX_IMPORT_ROWS, readImportRecords, type ImportCell, type ImportHeaderError, type ImportRecord, type ImportRow } from "./csv";
import { MAX_XLSX_BYTES } from "./schema";
import { readZipEntries, writeZip } from "./zip";
import { scanSheet } from "./xlsx-scan";

/** The most bytes a workbook's parts may really unpack to, all together and each: a guard against ZIP bombs (a real import file is far smaller). */
const MAX_UNPACKED_BYTES = 30_000_000;
const MAX_PART_BYTES = 20_000_000;
/** The most parts a workbook may list (a real one has about ten). */
const MAX_ZIP_ENTRIES = 2_000;
/** The widest sheet read: the template has five columns; every row is padded out to the widest. */
const MAX_COLUMNS = 100;
/** The longest text or tag in a sheet: a cell holds at most 32,767 characters, six times that escaped. */
const MAX_TOKEN_CHARS = 200_000;
/** The longest a workbook may take to read before it is refused. */
const TIME_LIMIT_MS = 5_000;

export type XlsxImportError = ImportHeaderError | "unreadableFile" | "fileTooLarge" | "tooManyColumns";
type Parsed = { rows: ImportRow[]; headerError?: XlsxImportError };

/** The parts read-excel-file reads (it skips images, printer settings and the like). */
const isXmlPart = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");

function toImportCell(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}

/**
 * The import rows of an .xlsx file's first sheet; line numbers are the sheet's row numbers. Refused
 * (headerError) beyond MAX_XLSX_BYTES packed, 30 MB really unpacked, 2,000 parts, MAX_IMPORT_ROWS
 * data rows, 100 columns or a 200,000-character text in any sheet, or `timeLimitMs` (default 5 s) of
 * reading (checked between the steps: read-excel-file's own parse cannot be interrupted, the caps
 * before it bound how long it takes).
 */
export async function parseXlsxImport(file: Buffer, options: { timeLimitMs?: number } = {}): Promise<Parsed> {
  const deadline = Date.now() + (options.timeLimitMs ?? TIME_LIMIT_MS);
  const refuse = (headerError: XlsxImportError): Parsed => ({ rows: [], headerError });
  if (file.length > MAX_XLSX_BYTES) return refuse("fileTooLarge");
  const unpacked = readZipEntries(file, { maxEntries: MAX_ZIP_ENTRIES, maxEntryBytes: MAX_PART_BYTES, maxTotalBytes: MAX_UNPACKED_BYTES, deadline }, isXmlPart);
  if (unpacked.error) return refuse(unpacked.error);
  for (const data of unpacked.entries.values()) {
    const xml = data.toString("utf8");
    if (!xml.includes("sheetData")) continue;
    const tooBig = scanSheet(xml, { maxRows: MAX_IMPORT_ROWS + 1, maxColumns: MAX_COLUMNS, maxTokenChars: MAX_TOKEN_CHARS });
    if (tooBig) return refuse(tooBig);
    if (Date.now() > deadline) return refuse("fileTooLarge");
  }
  let sheet: unknown[][];
  try {
    // Stored, not deflated again: read-excel-file only copies what is already bounded.
    sheet = await readSheet(writeZip([...unpacked.entries], "store"));
  } catch {
    return refuse("unreadableFile");
  }
  if (Date.now() > deadline) return refuse("fileTooLarge");
  const records: ImportRecord[] = [];
  sheet.forEach((cells, index) => {
    const fields = cells.map(toImportCell);
    if (fields.some((field) => field !== null && String(field).trim() !== "")) records.push({ line: index + 1, fields });
  });
  return readImportRecords(records);
}
