import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { zonedParts } from "./time";

// iCalendar feeds of seminars, made with ical-generator. Events keep the seminar's own time zone
// (DTSTART;TZID=Europe/Oslo:…) with a VTIMEZONE, a stable UID and the seminar's SEQUENCE, so a
// calendar updates the event when a seminar moves and shows STATUS:CANCELLED when it is cancelled.

export type FeedSeminar = {
  id: string;
  number: number;
  title: string;
  status: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  videoUrl: string;
  preWork: string;
  updatedAt: Date;
  collaborativeName: string;
};

// The three zones Samspil offers all follow the EU rule: CET/CEST, switching on the last Sundays of
// March and October at 01:00 UTC.
function vtimezone(timeZone: string): string {
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}

/**
 * ical-generator writes a native Date in an event's time zone from its local (process) clock
 * fields, so it gets a Date whose local fields are the wall-clock time in the seminar's zone.
 */
function wallClock(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The .ics text of a feed: published and cancelled seminars (drafts never leave the secretariat). */
export function buildSeminarCalendar(name: string, seminars: FeedSeminar[], baseUrl: string): string {
  const calendar = ical({ name, prodId: { company: "Samspil", product: "seminars", language: "DA" }, method: ICalCalendarMethod.PUBLISH });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const seminar of seminars) {
    if (seminar.status !== "PUBLISHED" && seminar.status !== "CANCELLED") continue;
    calendar.createEvent({
      id: `seminar-${seminar.id}@samspil`,
      sequence: seminar.sequence,
      start: wallClock(seminar.startsAt, seminar.timeZone),
      end: wallClock(seminar.endsAt, seminar.timeZone),
      timezone: seminar.timeZone,
      stamp: seminar.updatedAt,
      lastModified: seminar.updatedAt,
      summary: `${seminar.collaborativeName}: ${seminar.title}`,
      description: [seminar.preWork, seminar.videoUrl].filter(Boolean).join("\n\n"),
      location: seminar.venue || null,
      url: `${baseUrl}/seminars`,
      status: seminar.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/**
 * The secret of a collaborative's feed URL. Collaboratives have no token column, so it is an
 * HMAC-SHA256 of the collaborative id keyed with NEXTAUTH_SECRET: changing the secret revokes all
 * collaborative feed URLs at once.
 */
export function collaborativeFeedToken(collaborativeId: string, secret = process.env.NEXTAUTH_SECRET ?? ""): string {
  if (!secret) throw new Error("NEXTAUTH_SECRET is required for calendar feed tokens");
  return createHmac("sha256", secret).update(`seminar-feed:${collaborativeId}`).digest("base64url").slice(0, 32);
}

export function isCollaborativeFeedToken(collaborativeId: string, token: string, secret = process.env.NEXTAUTH_SECRET ?? ""): boolean {
  if (!secret) return false;
  const expected = Buffer.from(collaborativeFeedToken(collaborativeId, secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
