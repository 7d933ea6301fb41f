import { randomBytes } from "node:crypto";

/**
 * A user's calendar-feed token: 128 random bits in hex. The token in the feed URL is the only
 * credential a calendar client has (issue 16), so it must not be guessable like a cuid.
 */
export function newCalendarToken(): string {
  return randomBytes(16).toString("hex");
}
