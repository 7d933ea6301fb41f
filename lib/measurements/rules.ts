// Pure rules of one measurement entry (PRODUCT.md §4, Measurements) and the period labels used in
// the grid and in CSV files ("2026-W12" for ISO weeks, "2026-03" for months). UTC throughout.
import { isYearInRange } from "@/lib/dates/calendar-day";
import { isoWeekOf } from "@/lib/i18n/format";
import { isoDay, periodStartOf, type Frequency } from "@/lib/measures/periods";

export type EntryField = "period" | "numerator" | "denominator";

/** Rule keys; the messages live under dataEntry.field.* in the catalogues. */
export type EntryErrorKey =
  | "periodMisaligned"
  | "periodInFuture"
  | "numeratorNegative"
  | "numeratorNotInteger"
  | "denominatorRequired"
  | "denominatorNotPositive"
  | "denominatorNotInteger"
  | "denominatorNotAllowed"
  | "numeratorAboveDenominator";

export type EntryError = { field: EntryField; key: EntryErrorKey };

export type RuleMeasure = { kind: string; frequency: Frequency };
export type RuleEntry = { periodStart: Date; numerator: number; denominator: number | null };

const INTEGER_NUMERATOR = new Set(["COUNT", "PROPORTION"]);
const WITH_DENOMINATOR = new Set(["PROPORTION", "RATE"]);

export function measureHasDenominator(kind: string): boolean {
  return WITH_DENOMINATOR.has(kind);
}

/** Every rule of PRODUCT.md §4 that one entry breaks (empty when it may be saved). */
export function validateEntry(measure: RuleMeasure, entry: RuleEntry, now: Date): EntryError[] {
  const errors: EntryError[] = [];
  const aligned = periodStartOf(measure.frequency, entry.periodStart).getTime() === entry.periodStart.getTime();
  if (!aligned) errors.push({ field: "period", key: "periodMisaligned" });
  else if (entry.periodStart.getTime() > periodStartOf(measure.frequency, now).getTime()) errors.push({ field: "period", key: "periodInFuture" });

  if (entry.numerator < 0) errors.push({ field: "numerator", key: "numeratorNegative" });
  else if (INTEGER_NUMERATOR.has(measure.kind) && !Number.isInteger(entry.numerator)) errors.push({ field: "numerator", key: "numeratorNotInteger" });

  if (WITH_DENOMINATOR.has(measure.kind)) {
    const denominator = entry.denominator;
    if (denominator === null) errors.push({ field: "denominator", key: "denominatorRequired" });
    else if (denominator <= 0) errors.push({ field: "denominator", key: "denominatorNotPositive" });
    else if (measure.kind === "PROPORTION" && !Number.isInteger(denominator)) errors.push({ field: "denominator", key: "denominatorNotInteger" });
    else if (measure.kind === "PROPORTION" && entry.numerator > denominator) errors.push({ field: "numerator", key: "numeratorAboveDenominator" });
  } else if (entry.denominator !== null) {
    errors.push({ field: "denominator", key: "denominatorNotAllowed" });
  }
  return errors;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2026-W12" for a weekly period, "2026-03" for a monthly one. */
export function periodLabel(frequency: Frequency, periodStart: Date): string {
  if (frequency === "MONTHLY") return `${periodStart.getUTCFullYear()}-${pad(periodStart.getUTCMonth() + 1)}`;
  const { week, year } = isoWeekOf(periodStart);
  return `${year}-W${pad(week)}`;
}

/** The Monday (UTC) of ISO week `week` of `year`, or null when the year has no such week. */
export function isoWeekStart(year: number, week: number): Date | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  const start = new Date(week1Monday + (week - 1) * 7 * 86_400_000);
  return isoWeekOf(start).week === week ? start : null;
}

/**
 * Reads a period as people write it: "2026-W12" / "2026W12" (ISO week), "2026-03" (month) or a
 * day "2026-03-02". Returns the period's first day, or null when it cannot be read. Whether it fits
 * the measure's frequency is validateEntry's question.
 */
export function parsePeriod(text: string): Date | null {
  const value = text.trim().toUpperCase();
  const year = Number(/^(\d{4})/.exec(value)?.[1]);
  if (!isYearInRange(year)) return null;
  let match = /^(\d{4})-?W(\d{1,2})$/.exec(value);
  if (match) return isoWeekStart(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? new Date(Date.UTC(Number(match[1]), month - 1, 1)) : null;
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return isoDay(date) === value ? date : null;
  }
  return null;
}
