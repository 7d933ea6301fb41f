// Locale formats of the dashboards (pure, the locale passed in): months as "marts 2026" or "mar.",
// values with the reader's decimal mark and the measure's unit, and the funnel quarter's days.
import { displayDigits } from "@/components/charts/chart-format";
import { dateFormat, formatMonth, formatNumber, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { isoDay, parseIsoDay } from "@/lib/measures/periods";

/** The first day (UTC) of a "YYYY-MM" month. */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** "marts 2026". */
export function monthLong(locale: Locale, month: string): string {
  return formatMonth(locale, monthStart(month));
}

/** "mar." and the year apart, for narrow axis labels and table headings. */
export function monthShort(locale: Locale, month: string): { label: string; year: number } {
  const date = monthStart(month);
  return { label: dateFormat(locale, { month: "short", timeZone: "UTC" }).format(date), year: date.getUTCFullYear() };
}

/** Axis labels for the months at `indices`: the short month, with the year where it is new along the axis. */
export function monthAxisLabels(locale: Locale, months: readonly string[], indices: readonly number[]): { index: number; label: string; year: number | null }[] {
  let previousYear: number | null = null;
  return indices.map((index) => {
    const { label, year } = monthShort(locale, months[index]);
    const shownYear = year === previousYear ? null : year;
    previousYear = year;
    return { index, label, year: shownYear };
  });
}

/** A measured value as people read it: decimals by size, the locale's decimal mark. */
export function formatValue(locale: Locale, value: number): string {
  return formatNumber(locale, value, displayDigits(value));
}

/** "63,2 %", "4,1 pr. 1000 sengedøgn", or the bare number without a unit; a no-break space keeps them on one line. */
export function withUnit(text: string, unit: string): string {
  const trimmed = unit.trim();
  return trimmed ? `${text}\u00a0${trimmed}` : text;
}

/** A "YYYY-MM-DD" day in the locale's medium date style ("1. jan. 2026"). */
export function formatDay(locale: Locale, day: string): string {
  return dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(parseIsoDay(day));
}

/** The day before a "YYYY-MM-DD" day: the last day of a period given with an exclusive end. */
export function dayBefore(day: string): string {
  return isoDay(new Date(parseIsoDay(day).getTime() - 86_400_000));
}

/** An assessment score as on the IHI scale: "3,0", "2,5"; a median between steps keeps its second decimal ("2,25"). */
export function formatScore(locale: Locale, score: number): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(score);
}
