import "server-only";
// Excel (.xlsx) import: the first sheet of a workbook becomes the same rows as a CSV file
// (lib/measurements/csv.ts readImportRecords), so preview, all-or-nothing and the row report are one
// code path. Numbers stay numbers; a date in a cell (Excel stores days since 1900) becomes "YYYY-MM-DD".
import { readSheet } from "read-excel-file/node";
import { isoDay } from "@/lib/measures/periods";
import { readImportRecords, type ImportCell, type ImportHeaderError, type ImportRecord, type ImportRow } from "./csv";
import { MAX_XLSX_BYTES } from "./schema";

/** The most bytes a workbook may unpack to: a guard against ZIP bombs (a real import file is far smaller). */
const MAX_UNPACKED_BYTES = 30_000_000;

export type XlsxImportError = ImportHeaderError | "unreadableFile" | "fileTooLarge";

/**
 * The total unpacked size of a ZIP archive from its central directory, or null when the bytes are not
 * a ZIP archive. ZIP64 archives (over 4 GB, never a real import file) count as too large.
 */
export function zipUnpackedSize(file: Buffer): number | null {
  const searchFrom = Math.max(0, file.length - 22 - 0xffff);
  let end = -1;
  for (let i = file.length - 22; i >= searchFrom; i--) {
    if (file.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = file.readUInt16LE(end + 10);
  let offset = file.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > file.length || file.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = file.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset += 46 + file.readUInt16LE(offset + 28) + file.readUInt16LE(offset + 30) + file.readUInt16LE(offset + 32);
  }
  return total;
}

function toImportCell(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}

/** The import rows of an .xlsx file's first sheet; line numbers are the sheet's row numbers. */
export async function parseXlsxImport(file: Buffer): Promise<{ rows: ImportRow[]; headerError?: XlsxImportError }> {
  if (file.length > MAX_XLSX_BYTES) return { rows: [], headerError: "fileTooLarge" };
  const unpacked = zipUnpackedSize(file);
  if (unpacked === null) return { rows: [], headerError: "unreadableFile" };
  if (unpacked > MAX_UNPACKED_BYTES) return { rows: [], headerError: "fileTooLarge" };
  let sheet: unknown[][];
  try {
    sheet = await readSheet(file);
  } catch {
    return { rows: [], headerError: "unreadableFile" };
  }
  const records: ImportRecord[] = [];
  sheet.forEach((cells, index) => {
    const fields = cells.map(toImportCell);
    if (fields.some((field) => field !== null && String(field).trim() !== "")) records.push({ line: index + 1, fields });
  });
  return readImportRecords(records);
}
