// CSV export of a chart's table (PRODUCT.md §6: every chart has a CSV download). Spreadsheets in
// Denmark, Sweden and Norway read ";" as the separator and "," as the decimal mark; English uses
// "," and ".". A byte-order mark makes Excel read the file as UTF-8 (æ, ø, å, ä, ö).
import type { Locale } from "@/lib/i18n/locales";

export type CsvCell = string | number | null;

const BOM = "\uFEFF";

export function csvSeparator(locale: Locale): ";" | "," {
  return locale === "en" ? "," : ";";
}

/**
 * A number as a spreadsheet reads it in that locale: no thousands separators, at most `digits`
 * decimals, ASCII minus, and a decimal comma except in English.
 */
export function formatCsvNumber(locale: Locale, value: number, digits = 4): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toFixed(digits));
  const text = (Object.is(rounded, -0) ? 0 : rounded).toString();
  return locale === "en" ? text : text.replace(".", ",");
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text: BOM, header line, one line per row, CRLF line ends (RFC 4180). */
export function buildCsv(locale: Locale, header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const separator = csvSeparator(locale);
  const line = (cells: readonly CsvCell[]) =>
    cells
      .map((cell) => (cell === null ? "" : typeof cell === "number" ? formatCsvNumber(locale, cell) : quote(cell, separator)))
      .join(separator);
  return BOM + [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}

const TRANSLITERATION: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ß: "ss" };

/** A file name from the measure and team names: lower case ASCII words joined by hyphens. */
export function downloadFilename(parts: readonly string[], extension: "csv" | "png"): string {
  const slug = parts
    .join(" ")
    .toLowerCase()
    .replace(/[æøåäöß]/g, (letter) => TRANSLITERATION[letter])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug || "chart"}.${extension}`;
}
