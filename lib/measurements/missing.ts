// Missing data (pure): the periods of a measure that have no value since the team started.
import { isoDay, nextPeriodStart, periodStartOf, type Frequency, MAX_PERIODS } from "@/lib/measures/periods";

/**
 * The periods without a value from the team's start (Team.startDate, else its first measurement of
 * the measure) up to the last completed period before `now`. The current period is still open and
 * is not missing yet. At most MAX_PERIODS, the latest ones.
 */
export function missingPeriods(
  frequency: Frequency,
  teamStart: Date | null,
  presentStarts: readonly Date[],
  now: Date,
): Date[] {
  const firstPresent = presentStarts.reduce<number | null>((min, date) => (min === null || date.getTime() < min ? date.getTime() : min), null);
  const startAt = teamStart ?? (firstPresent === null ? null : new Date(firstPresent));
  if (!startAt) return [];
  const present = new Set(presentStarts.map((date) => isoDay(periodStartOf(frequency, date))));
  const current = periodStartOf(frequency, now).getTime();
  const missing: Date[] = [];
  for (let start = periodStartOf(frequency, startAt); start.getTime() < current; start = nextPeriodStart(frequency, start)) {
    if (!present.has(isoDay(start))) missing.push(start);
  }
  return missing.length > MAX_PERIODS ? missing.slice(-MAX_PERIODS) : missing;
}
