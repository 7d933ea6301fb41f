// The time windows of the dashboards (pure). "Now" is always passed in, so tests fix it.
import { nextPeriodStart, periodStartOf, type Frequency } from "@/lib/measures/periods";
import { monthKey } from "@/lib/reports/rules";

const DAY_MS = 86_400_000;

/** How many periods back the completeness column looks: a quarter of weeks or of months. */
export const COMPLETENESS_PERIODS: Record<Frequency, number> = { WEEKLY: 13, MONTHLY: 3 };

/** The first period of the completeness window: `COMPLETENESS_PERIODS` periods before the current (open) one. */
export function completenessWindowStart(frequency: Frequency, now: Date): Date {
  const current = periodStartOf(frequency, now);
  if (frequency === "MONTHLY") return new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - COMPLETENESS_PERIODS.MONTHLY, 1));
  return new Date(current.getTime() - COMPLETENESS_PERIODS.WEEKLY * 7 * DAY_MS);
}

/** The number of periods from `from` (inclusive, rounded to its period) up to the current period (exclusive). */
export function periodsBetween(frequency: Frequency, from: Date, now: Date): number {
  const current = periodStartOf(frequency, now).getTime();
  let count = 0;
  for (let start = periodStartOf(frequency, from); start.getTime() < current; start = nextPeriodStart(frequency, start)) count++;
  return count;
}

/** Expected values of one measure for one team in the window: periods after both the window start and the team's start. */
export function expectedInWindow(frequency: Frequency, teamStart: Date, now: Date): number {
  const windowStart = completenessWindowStart(frequency, now);
  const from = periodStartOf(frequency, teamStart).getTime() > windowStart.getTime() ? teamStart : windowStart;
  return periodsBetween(frequency, from, now);
}

/** The latest three full calendar months before `now`'s month: the funnel plot's quarter, [from, to). */
export function latestQuarter(now: Date): { from: Date; to: Date } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { from: new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 3, 1)), to };
}

/** The `count` months ("YYYY-MM") up to and including `now`'s month, oldest first. */
export function recentMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) months.push(monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))));
  return months;
}

/** The months ("YYYY-MM") from `from`'s month to `to`'s month inclusive, oldest first; at most `max` (the latest). */
export function monthsBetween(from: Date, to: Date, max = 60): string[] {
  const months: string[] = [];
  for (let month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)); month.getTime() <= to.getTime(); month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
    months.push(monthKey(month));
  }
  return months.slice(-max);
}
