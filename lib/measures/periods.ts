// Measurement periods (PRODUCT.md §4, Measurements): a WEEKLY measure's period starts on the ISO
// week's Monday, a MONTHLY measure's on the first of the month, both at UTC midnight. Plain UTC
// arithmetic on purpose: calendar helpers that read local time shift by an hour across daylight
// saving in the server's zone.

export type Frequency = "WEEKLY" | "MONTHLY";

const DAY_MS = 86_400_000;

/** The longest axis a chart draws (ten years of weeks); a stray far-away first period is cut off. */
export const MAX_PERIODS = 520;

export function isFrequency(value: unknown): value is Frequency {
  return value === "WEEKLY" || value === "MONTHLY";
}

/** The start of the period that contains `date`: ISO-week Monday or first of the month, UTC midnight. */
export function periodStartOf(frequency: Frequency, date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (frequency === "MONTHLY") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(day - weekday * DAY_MS);
}

/** The start of the period after the one starting at `start`. */
export function nextPeriodStart(frequency: Frequency, start: Date): Date {
  if (frequency === "MONTHLY") return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + 7 * DAY_MS);
}

/**
 * Whether the period starting at `start` has ended by `today` ("YYYY-MM-DD", the calendar day in the
 * collaborative's time zone): its last day is before today. The current week or month has not.
 */
export function hasPeriodEnded(frequency: Frequency, start: Date, today: string): boolean {
  return nextPeriodStart(frequency, periodStartOf(frequency, start)).getTime() <= parseIsoDay(today).getTime();
}

/** "YYYY-MM-DD" of a UTC date: the key of a period and its form on the wire and in CSV files. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A UTC date from "YYYY-MM-DD". */
export function parseIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * The continuous period axis from the first to the last row's period, one slot per period, with
 * `null` where a period has no row (a run chart shows the gap instead of closing it up).
 * Rows need not be sorted; a row is placed in the period that contains its `periodStart`.
 * At most MAX_PERIODS slots, the latest ones.
 */
export function buildPeriodAxis<T extends { periodStart: Date }>(
  frequency: Frequency,
  rows: readonly T[],
): { periodStart: Date; row: T | null }[] {
  if (rows.length === 0) return [];
  // Keyed by epoch milliseconds: this runs on every save (dashboard summaries), and formatting
  // ISO strings for keys cost more than the rest of the axis.
  const byPeriod = new Map<number, T>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const start = periodStartOf(frequency, row.periodStart).getTime();
    byPeriod.set(start, row);
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  const axis: { periodStart: Date; row: T | null }[] = [];
  for (let start = new Date(first); start.getTime() <= last; start = nextPeriodStart(frequency, start)) {
    axis.push({ periodStart: start, row: byPeriod.get(start.getTime()) ?? null });
  }
  // Keep the most recent periods: they are the ones a team acts on.
  return axis.length > MAX_PERIODS ? axis.slice(-MAX_PERIODS) : axis;
}

/** The index of the axis period that contains `date`, or -1 when it lies outside the axis. */
export function periodIndexOf(frequency: Frequency, axisStarts: readonly string[], date: Date): number {
  return axisStarts.indexOf(isoDay(periodStartOf(frequency, date)));
}
