// CSV for measurement data (pure): the import template's columns and its row checks (shared with the
// Excel import), a small RFC 4180 reader that detects ";" or "," as separator and tolerates a
// byte-order mark, and a writer. Numbers may use a decimal comma or point (with "," as separator a
// decimal comma must be quoted, as spreadsheets do).
import { parseDecimal } from "@/lib/i18n/format";

export const TEMPLATE_COLUMNS = ["measure", "period", "numerator", "denominator", "note"] as const;
export type CsvSeparator = ";" | ",";

/** The separator of a file: the one of ";" and "," that appears more often outside quotes in its first line. */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/** Records of a CSV text with their 1-based line numbers; quoted fields may hold separators, quotes ("") and line breaks. Blank lines are skipped. */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): { line: number; fields: string[] }[] {
  const source = text.replace(/^\uFEFF/, "");
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === separator) {
      fields.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

export type ImportRow = {
  line: number;
  measure: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  note: string;
  /** Problems reading the row itself (keys under dataImport.fieldErrors.*). */
  errors: string[];
};

/** A cell of an import record: text from a CSV file, or text or a number from a spreadsheet. */
export type ImportCell = string | number | null;
export type ImportRecord = { line: number; fields: ImportCell[] };
export type ImportHeaderError = "missingColumns" | "empty" | "tooManyRows";

/**
 * The most data rows one import file may hold (CSV and Excel alike): a year of weekly values for a
 * hundred measures is about 5,000, so a file past this is a mistake or an attack, refused before
 * its rows are checked.
 */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * The rows of an import file. The first record must be the template's header (any case, any order
 * of the known columns); a missing header, or more than MAX_IMPORT_ROWS rows, answers { headerError }.
 */
export function parseImport(text: string): { rows: ImportRow[]; headerError?: ImportHeaderError } {
  return readImportRecords(parseCsv(text));
}

const cellText = (value: ImportCell | undefined) => (value === null || value === undefined ? "" : String(value).trim());

/**
 * The template's rows from records of any file type (CSV, Excel): the header picks the columns, and
 * each row is checked the same way; numbers already read as numbers (from a spreadsheet) stay numbers.
 */
export function readImportRecords(records: ImportRecord[]): { rows: ImportRow[]; headerError?: ImportHeaderError } {
  if (records.length === 0) return { rows: [], headerError: "empty" };
  const header = records[0].fields.map((name) => cellText(name).toLowerCase());
  const index = Object.fromEntries(TEMPLATE_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<(typeof TEMPLATE_COLUMNS)[number], number>;
  if (index.measure < 0 || index.period < 0 || index.numerator < 0) return { rows: [], headerError: "missingColumns" };
  if (records.length - 1 > MAX_IMPORT_ROWS) return { rows: [], headerError: "tooManyRows" };
  const cell = (fields: ImportCell[], column: keyof typeof index): ImportCell => (index[column] >= 0 ? (fields[index[column]] ?? null) : null);
  const rows = records.slice(1).map(({ line, fields }): ImportRow => {
    const errors: string[] = [];
    const number = (raw: ImportCell, required: boolean) => {
      if (typeof raw === "number") {
        if (Number.isFinite(raw)) return raw;
        errors.push("notANumber");
        return null;
      }
      const text = cellText(raw);
      if (text === "") {
        if (required) errors.push("numeratorRequired");
        return null;
      }
      const value = parseDecimal(text);
      if (value === null) errors.push("notANumber");
      return value;
    };
    const measure = cellText(cell(fields, "measure"));
    const period = cellText(cell(fields, "period"));
    if (!measure) errors.push("measureRequired");
    if (!period) errors.push("periodRequired");
    return {
      line,
      measure,
      period,
      numerator: number(cell(fields, "numerator"), true),
      denominator: number(cell(fields, "denominator"), false),
      note: cellText(cell(fields, "note")),
      errors,
    };
  });
  return { rows };
}

function quote(value: string, separator: CsvSeparator): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A number as the file writes it: decimal comma with ";" files, decimal point with "," files. */
export function formatCsvNumber(value: number | null, separator: CsvSeparator = ";"): string {
  if (value === null) return "";
  const text = String(Math.round(value * 1e9) / 1e9);
  return separator === ";" ? text.replace(".", ",") : text;
}

/** CSV text (CRLF line ends, a BOM so spreadsheets read UTF-8). */
export function formatCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ";"): string {
  return "\uFEFF" + rows.map((row) => row.map((value) => quote(value, separator)).join(separator)).join("\r\n") + "\r\n";
}
