// How the API writes values: calendar dates as YYYY-MM-DD, months as YYYY-MM, moments as ISO 8601 UTC.

export function isoMoment(date: Date): string;
export function isoMoment(date: Date | null): string | null;
export function isoMoment(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** A calendar date stored as UTC midnight. */
export function isoDate(date: Date): string;
export function isoDate(date: Date | null): string | null;
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A month stored as its first day, UTC. */
export function isoMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}
