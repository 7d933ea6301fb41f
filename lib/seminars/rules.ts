// The rules of learning seminars (PRODUCT.md §4 "Seminars"). Pure: no Prisma, no Next.
import { addMonths } from "date-fns";
import { zonedDay } from "./time";

export const SEMINAR_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
export type SeminarStatus = (typeof SEMINAR_STATUSES)[number];
export const REGISTRATION_MODES = ["IN_PERSON", "REMOTE"] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];
export const ATTENDANCES = ["IN_PERSON", "REMOTE", "ABSENT"] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** The shortest and longest wished gap between neighbouring seminars, in months (PRODUCT.md §4). */
export const MIN_GAP_MONTHS = 2;
export const MAX_GAP_MONTHS = 5;

type Span = { startsAt: Date; endsAt: Date };
type Neighbour = Span & { id: string; number: number; status: string };

/**
 * Where a seminar may be placed (PRODUCT.md §4): it ends after it starts, lies inside the
 * collaborative's dates (calendar days in the seminar's time zone) and overlaps no other
 * non-cancelled seminar of the collaborative. Answers the refused rule or null.
 */
export function placementRefusal(
  seminar: Span & { id?: string; timeZone: string },
  collaborative: { startDate: Date; endDate: Date },
  others: Neighbour[],
): "endBeforeStart" | "outsideCollaborative" | "overlap" | null {
  if (seminar.endsAt.getTime() <= seminar.startsAt.getTime()) return "endBeforeStart";
  const first = collaborative.startDate.toISOString().slice(0, 10);
  const last = collaborative.endDate.toISOString().slice(0, 10);
  if (zonedDay(seminar.startsAt, seminar.timeZone) < first || zonedDay(seminar.endsAt, seminar.timeZone) > last) return "outsideCollaborative";
  const overlaps = others.some(
    (other) =>
      other.id !== seminar.id &&
      other.status !== "CANCELLED" &&
      other.startsAt.getTime() < seminar.endsAt.getTime() &&
      seminar.startsAt.getTime() < other.endsAt.getTime(),
  );
  return overlaps ? "overlap" : null;
}

export type GapWarning = { kind: "tooShort" | "tooLong"; neighbourNumber: number; side: "before" | "after" };

/**
 * Warnings, not refusals (PRODUCT.md §4): the gap to the previous or next non-cancelled seminar is
 * under MIN_GAP_MONTHS or over MAX_GAP_MONTHS (from one's end to the other's start).
 */
export function gapWarnings(seminar: Span & { id?: string }, others: Neighbour[]): GapWarning[] {
  const live = others.filter((other) => other.id !== seminar.id && other.status !== "CANCELLED");
  const before = live
    .filter((other) => other.endsAt.getTime() <= seminar.startsAt.getTime())
    .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
  const after = live
    .filter((other) => other.startsAt.getTime() >= seminar.endsAt.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const warnings: GapWarning[] = [];
  const check = (from: Date, to: Date, neighbourNumber: number, side: GapWarning["side"]) => {
    if (to.getTime() < addMonths(from, MIN_GAP_MONTHS).getTime()) warnings.push({ kind: "tooShort", neighbourNumber, side });
    else if (to.getTime() > addMonths(from, MAX_GAP_MONTHS).getTime()) warnings.push({ kind: "tooLong", neighbourNumber, side });
  };
  if (before) check(before.endsAt, seminar.startsAt, before.number, "before");
  if (after) check(seminar.endsAt, after.startsAt, after.number, "after");
  return warnings;
}

/** A seminar's details may change only until it is cancelled. */
export function editRefusal(status: string): "cancelled" | null {
  return status === "CANCELLED" ? "cancelled" : null;
}

/** Only a draft is published. */
export function publishRefusal(status: string): "notDraft" | null {
  return status === "DRAFT" ? null : "notDraft";
}

/** A seminar is cancelled once, and not after it has started. */
export function cancelRefusal(seminar: { status: string; startsAt: Date }, now: Date): "cancelled" | "started" | null {
  if (seminar.status === "CANCELLED") return "cancelled";
  return seminar.startsAt.getTime() <= now.getTime() ? "started" : null;
}

/**
 * Registration is open (PRODUCT.md §4) while the seminar is published, its deadline (if any) has not
 * passed and it has not started. Capacity does not close it: a full seminar takes a waiting list.
 */
export function registrationRefusal(
  seminar: { status: string; startsAt: Date; registrationDeadline: Date | null },
  now: Date,
): "notPublished" | "started" | "deadlinePassed" | null {
  if (seminar.status !== "PUBLISHED") return "notPublished";
  if (seminar.startsAt.getTime() <= now.getTime()) return "started";
  if (seminar.registrationDeadline && seminar.registrationDeadline.getTime() < now.getTime()) return "deadlinePassed";
  return null;
}

/** A registrant cancels before the seminar starts. */
export function cancelRegistrationRefusal(seminar: { startsAt: Date }, now: Date): "started" | null {
  return seminar.startsAt.getTime() <= now.getTime() ? "started" : null;
}

type Limits = { capacity: number | null; remoteCapacity: number | null };

/**
 * The places of one way of taking part (issue 17): `capacity` is the room's, for IN_PERSON; remote
 * attendance has its own optional `remoteCapacity`. Null is unlimited. Each mode has its own count
 * and its own waiting list, so video attendees never take a seat in the room.
 */
export function placeLimit(seminar: Limits, mode: string): number | null {
  return mode === "REMOTE" ? seminar.remoteCapacity : seminar.capacity;
}

/** Places left in a mode (never below 0), or null when the mode is unlimited. */
export function placesLeft(limit: number | null, registeredCount: number): number | null {
  return limit === null ? null : Math.max(0, limit - registeredCount);
}

export type ModePlaces = { registered: number; waiting: number; limit: number | null; left: number | null; isFull: boolean };

/** Each mode's registered, waiting and places left, from a seminar's registrations (any status). */
export function placesByMode(seminar: Limits, registrations: { mode: string; status: string }[]): Record<RegistrationMode, ModePlaces> {
  const of = (mode: RegistrationMode): ModePlaces => {
    const registered = registrations.filter((r) => r.mode === mode && r.status === "REGISTERED").length;
    const waiting = registrations.filter((r) => r.mode === mode && r.status === "WAITLISTED").length;
    const limit = placeLimit(seminar, mode);
    const left = placesLeft(limit, registered);
    return { registered, waiting, limit, left, isFull: left === 0 };
  };
  return { IN_PERSON: of("IN_PERSON"), REMOTE: of("REMOTE") };
}

/** A new registration takes a place of its mode while there is one (no limit = unlimited), else that mode's waiting list. */
export function statusForNewRegistration(limit: number | null, registeredCountInMode: number): "REGISTERED" | "WAITLISTED" {
  return limit === null || registeredCountInMode < limit ? "REGISTERED" : "WAITLISTED";
}

/**
 * An active registration that changes its mode: it takes a free place of the new mode; without
 * one, a waiting registration waits in the new mode's list, and a registered one is refused so
 * it keeps the place it has ("modeFull").
 */
export function statusForModeChange(current: string, newModeHasPlace: boolean): "REGISTERED" | "WAITLISTED" | "modeFull" {
  if (newModeHasPlace) return "REGISTERED";
  return current === "REGISTERED" ? "modeFull" : "WAITLISTED";
}

type Waiting = { id: string; createdAt: Date };

/** The waiting list in its order: first come, first served (ties by id, so the order is stable). */
export function waitingOrder<W extends Waiting>(waiting: W[]): W[] {
  return [...waiting].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Who moves up from a mode's waiting list when its places are free: the first ones, as many as there are places. */
export function toPromote<W extends Waiting>(capacity: number | null, registeredCount: number, waiting: W[]): W[] {
  const ordered = waitingOrder(waiting);
  if (capacity === null) return ordered;
  return ordered.slice(0, Math.max(0, capacity - registeredCount));
}

/** The 1-based position of a registration on its waiting list (pass that mode's waiting), or null when it is not waiting. */
export function waitingPosition(registrationId: string, waiting: Waiting[]): number | null {
  const index = waitingOrder(waiting).findIndex((entry) => entry.id === registrationId);
  return index === -1 ? null : index + 1;
}

/** Attendance is recorded only once the seminar has started (PRODUCT.md §4), never for a cancelled one. */
export function attendanceRefusal(seminar: { status: string; startsAt: Date }, now: Date): "notStarted" | "cancelled" | null {
  if (seminar.status === "CANCELLED") return "cancelled";
  return seminar.startsAt.getTime() > now.getTime() ? "notStarted" : null;
}
