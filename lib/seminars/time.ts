// Wall-clock times in a seminar's own time zone (PRODUCT.md §7: dates per locale and zone). Pure: Intl only.

export const SEMINAR_TIME_ZONES = ["Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo"] as const;
export type SeminarTimeZone = (typeof SEMINAR_TIME_ZONES)[number];

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The calendar fields of `instant` as a clock in `timeZone` shows them. */
export function zonedParts(instant: Date, timeZone: string): Parts {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const values = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour) % 24,
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "YYYY-MM-DDTHH:mm" read as a clock in `timeZone` → the instant; null when malformed. */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(guess).toISOString().slice(0, 16) !== local) return null;
  // Two passes settle the offset also next to a daylight-saving switch.
  let instant = guess - offsetMs(new Date(guess), timeZone);
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The instant as "YYYY-MM-DDTHH:mm" on a clock in `timeZone` (the value of <input type="datetime-local">). */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar day of the instant in `timeZone`, "YYYY-MM-DD". */
export function zonedDay(instant: Date, timeZone: string): string {
  return utcToZonedLocal(instant, timeZone).slice(0, 10);
}
