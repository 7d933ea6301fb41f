// Calendar helpers for the demo. Everything is UTC except zonedTimeToUtc, which turns a local
// wall-clock time in an IANA zone (Europe/Copenhagen, Europe/Oslo) into the UTC instant, DST included.
// Periods and week numbers come from the app's own helpers, so the demo follows the same rules as the app.
import { isoWeekOf } from "../../lib/i18n/format";
import { periodStartOf } from "../../lib/measures/periods";

export const DAY_MS = 86_400_000;

export function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** The same day-of-month n months later (clamped to the month's last day), UTC. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return target;
}

/** Midnight UTC of the day. */
export function startOfUtcDay(date: Date): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Monday 00:00 UTC of the ISO week that contains the date: the app's own period rule. */
export function startOfIsoWeek(date: Date): Date {
  return periodStartOf("WEEKLY", date);
}

/** The first of the month, 00:00 UTC: the app's own period rule. */
export function startOfUtcMonth(date: Date): Date {
  return periodStartOf("MONTHLY", date);
}

export function daysInUtcMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

/** ISO 8601 week number, as the app labels weeks. */
export function isoWeekNumber(date: Date): number {
  return isoWeekOf(date).week;
}

/** The first date on or after `date` that falls on the weekday (0 = Sunday … 6 = Saturday). */
export function nextWeekday(date: Date, weekday: number): Date {
  const day = startOfUtcDay(date);
  return addDays(day, (weekday - day.getUTCDay() + 7) % 7);
}

/** Whole months from a to b (first-of-month dates). */
export function monthsBetween(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instant of a local wall-clock time in `timeZone` (the calendar day taken from `day`'s UTC date). */
export function zonedTimeToUtc(day: Date, hour: number, minute: number, timeZone: string): Date {
  const wallClock = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  let guess = wallClock - zoneOffsetMs(new Date(wallClock), timeZone);
  // A second pass settles the offset when the first guess fell on the other side of a DST change.
  guess = wallClock - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

const MONTHS = {
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
} as const;

/** "31. maj 2027" (da) or "31. mai 2027" (nb). */
export function formatLongDate(date: Date, language: "da" | "nb"): string {
  return `${date.getUTCDate()}. ${MONTHS[language][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "maj 2027". */
export function formatMonth(date: Date, language: "da" | "nb"): string {
  return `${MONTHS[language][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
