// Locale-aware formatting that the message catalogues cannot do alone: numbers with the
// locale's decimal separator, ISO week numbers, and parsing of typed decimals.
import { getISOWeek, getISOWeekYear } from "date-fns";
import { INTL_TAGS, type Locale } from "./locales";

// Building an Intl formatter costs far more than using one; a page may format hundreds of values.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The locale's number format with these options, built once per process. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_TAGS[locale], options)));
  return format;
}

/** The locale's date format with these options, built once per process. */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_TAGS[locale], options)));
  return format;
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatDate(locale: Locale, date: Date, timeZone: string, style: "medium" | "long" = "medium"): string {
  return dateFormat(locale, { dateStyle: style, timeZone }).format(date);
}

export function formatDateTime(locale: Locale, date: Date, timeZone: string): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** ISO 8601 week and week-year of a UTC date (week 1 holds the year's first Thursday). */
export function isoWeekOf(date: Date): { week: number; year: number } {
  // date-fns reads local calendar fields; shift so the UTC calendar day is what it sees.
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return { week: getISOWeek(local), year: getISOWeekYear(local) };
}

export function formatMonth(locale: Locale, date: Date): string {
  return dateFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/**
 * Reads a number as a person types it: "12,5", "12.5", "1 234,5", "1.234,5" and "1,234.5".
 * The last separator is the decimal mark when both appear; a lone separator is a decimal mark.
 * Returns null for anything that is not a finite number.
 */
export function parseDecimal(input: string): number | null {
  const trimmed = input.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (!/^[+-]?[\d.,]+$/.test(trimmed) || !/\d/.test(trimmed)) return null;
  const lastComma = trimmed.lastIndexOf(",");
  const lastDot = trimmed.lastIndexOf(".");
  const decimalMark = lastComma > lastDot ? "," : ".";
  const thousands = decimalMark === "," ? "." : ",";
  const withoutThousands = lastComma >= 0 && lastDot >= 0 ? trimmed.split(thousands).join("") : trimmed;
  if (withoutThousands.split(decimalMark).length > 2) return null;
  const value = Number(withoutThousands.replace(decimalMark, "."));
  return Number.isFinite(value) ? value : null;
}
