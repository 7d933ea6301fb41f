import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { queueSeminarEmails } from "./notify";
import {
  attendanceRefusal,
  cancelRefusal,
  cancelRegistrationRefusal,
  editRefusal,
  gapWarnings,
  placeLimit,
  placementRefusal,
  publishRefusal,
  REGISTRATION_MODES,
  registrationRefusal,
  statusForModeChange,
  statusForNewRegistration,
  toPromote,
  waitingPosition,
  type GapWarning,
} from "./rules";
import type { AttendanceSheetInput, CreateSeminarInput, RegisterInput, SeminarDetails, SeminarIdInput, UpdateSeminarInput } from "./schema";
import { zonedDay, zonedLocalToUtc } from "./time";

const refuse = (rule: string | null) => {
  if (rule) fail({ code: "RULE_VIOLATION", rule });
};
const ACTIVE = ["REGISTERED", "WAITLISTED"];
const recipientSelect = { id: true, email: true, locale: true } as const;

async function loadSeminar(tx: DbTransaction, seminarId: string) {
  const seminar = await tx.learningSeminar.findUnique({ where: { id: seminarId } });
  if (!seminar) fail({ code: "NOT_FOUND" });
  return seminar;
}

/** Checks placement (refusal) and answers the gap warnings for a seminar's new dates. */
async function checkPlacement(tx: DbTransaction, collaborativeId: string, seminar: { id?: string; startsAt: Date; endsAt: Date; timeZone: string }) {
  const [collaborative, others] = await Promise.all([
    tx.collaborative.findUniqueOrThrow({ where: { id: collaborativeId }, select: { startDate: true, endDate: true } }),
    tx.learningSeminar.findMany({ where: { collaborativeId }, select: { id: true, number: true, status: true, startsAt: true, endsAt: true } }),
  ]);
  refuse(placementRefusal(seminar, collaborative, others));
  return gapWarnings(seminar, others);
}

/** Agenda times are clock times on the seminar's first day, in its time zone. */
function agendaRows(details: SeminarDetails) {
  const day = zonedDay(details.startsAt, details.timeZone);
  return details.agenda.map((item, position) => ({
    startsAt: zonedLocalToUtc(`${day}T${item.time}`, details.timeZone) ?? details.startsAt,
    title: item.title,
    presenter: item.presenter,
    position,
  }));
}

type Columns = {
  number: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  videoUrl: string;
  capacity: number | null;
  remoteCapacity: number | null;
  registrationDeadline: Date | null;
  preWork: string;
};

function columns(details: Columns) {
  return {
    number: details.number,
    title: details.title,
    startsAt: details.startsAt,
    endsAt: details.endsAt,
    timeZone: details.timeZone,
    venue: details.venue,
    videoUrl: details.videoUrl,
    capacity: details.capacity,
    remoteCapacity: details.remoteCapacity,
    registrationDeadline: details.registrationDeadline,
    preWork: details.preWork,
  };
}

/** A new draft seminar with its agenda and materials; answers the gap warnings to show. */
export async function createSeminar(tx: DbTransaction, actorId: string, input: CreateSeminarInput): Promise<{ id: string; warnings: GapWarning[] }> {
  const warnings = await checkPlacement(tx, input.collaborativeId, input);
  const seminar = await tx.learningSeminar.create({
    data: {
      collaborativeId: input.collaborativeId,
      ...columns(input),
      status: "DRAFT",
      agendaItems: { create: agendaRows(input) },
      materials: { create: input.materials.map((material, position) => ({ ...material, position })) },
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "seminar.create",
    entityType: "LearningSeminar",
    entityId: seminar.id,
    collaborativeId: input.collaborativeId,
    after: { ...columns(input), agenda: input.agenda, materials: input.materials },
  });
  return { id: seminar.id, warnings };
}

/** Registered and waiting in one mode: each mode has its own places and waiting list. */
const registeredIn = (tx: DbTransaction, seminarId: string, mode: string) => tx.seminarRegistration.count({ where: { seminarId, mode, status: "REGISTERED" } });

/** Moves waiting registrants up, mode by mode, while that mode has free places, each with a "promoted" e-mail. */
async function promoteWaiting(tx: DbTransaction, seminarId: string) {
  const seminar = await loadSeminar(tx, seminarId);
  const promoted = [];
  for (const mode of REGISTRATION_MODES) {
    const [registeredCount, waiting] = await Promise.all([
      registeredIn(tx, seminarId, mode),
      tx.seminarRegistration.findMany({ where: { seminarId, mode, status: "WAITLISTED" }, select: { id: true, createdAt: true, user: { select: recipientSelect } } }),
    ]);
    promoted.push(...toPromote(placeLimit(seminar, mode), registeredCount, waiting));
  }
  for (const registration of promoted) {
    await tx.seminarRegistration.update({ where: { id: registration.id }, data: { status: "REGISTERED" } });
    await recordAudit(tx, {
      actorId: null,
      action: "seminar.promote",
      entityType: "SeminarRegistration",
      entityId: registration.id,
      collaborativeId: seminar.collaborativeId,
      before: { status: "WAITLISTED" },
      after: { status: "REGISTERED" },
    });
  }
  await queueSeminarEmails(tx, "Promoted", seminar, promoted.map((registration) => registration.user));
}

async function activeRegistrants(tx: DbTransaction, seminarId: string) {
  const rows = await tx.seminarRegistration.findMany({ where: { seminarId, status: { in: ACTIVE } }, select: { user: { select: recipientSelect } } });
  return rows.map((row) => row.user);
}

/** Changes a seminar (not a cancelled one): bumps its iCalendar SEQUENCE and tells the registered when published. */
export async function updateSeminar(tx: DbTransaction, actorId: string, input: UpdateSeminarInput): Promise<{ id: string; warnings: GapWarning[] }> {
  const before = await loadSeminar(tx, input.seminarId);
  refuse(editRefusal(before.status));
  const warnings = await checkPlacement(tx, before.collaborativeId, { ...input, id: before.id });
  await tx.agendaItem.deleteMany({ where: { seminarId: before.id } });
  await tx.seminarMaterial.deleteMany({ where: { seminarId: before.id } });
  const seminar = await tx.learningSeminar.update({
    where: { id: before.id },
    data: {
      ...columns(input),
      sequence: { increment: 1 },
      agendaItems: { create: agendaRows(input) },
      materials: { create: input.materials.map((material, position) => ({ ...material, position })) },
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "seminar.update",
    entityType: "LearningSeminar",
    entityId: seminar.id,
    collaborativeId: seminar.collaborativeId,
    before: columns(before),
    after: { ...columns(input), agenda: input.agenda, materials: input.materials },
  });
  if (seminar.status === "PUBLISHED") {
    await promoteWaiting(tx, seminar.id);
    await queueSeminarEmails(tx, "Changed", seminar, await activeRegistrants(tx, seminar.id));
  }
  return { id: seminar.id, warnings };
}

/** Publishes a draft and tells every member of the collaborative's teams (in their own language). */
export async function publishSeminar(tx: DbTransaction, actorId: string, input: SeminarIdInput): Promise<{ id: string }> {
  const before = await loadSeminar(tx, input.seminarId);
  refuse(publishRefusal(before.status));
  const seminar = await tx.learningSeminar.update({ where: { id: before.id }, data: { status: "PUBLISHED", sequence: { increment: 1 } } });
  await recordAudit(tx, {
    actorId,
    action: "seminar.publish",
    entityType: "LearningSeminar",
    entityId: seminar.id,
    collaborativeId: seminar.collaborativeId,
    before: { status: before.status },
    after: { status: seminar.status },
  });
  const members = await tx.teamMember.findMany({
    where: { team: { collaborativeId: seminar.collaborativeId, status: { not: "WITHDRAWN" } }, user: { deactivatedAt: null } },
    select: { user: { select: recipientSelect } },
  });
  await queueSeminarEmails(tx, "Published", seminar, members.map((member) => member.user));
  return { id: seminar.id };
}

/** Cancels a seminar before it starts; the registered and waiting are told (PRODUCT.md §4). */
export async function cancelSeminar(tx: DbTransaction, actorId: string, input: SeminarIdInput, now: Date): Promise<{ id: string }> {
  const before = await loadSeminar(tx, input.seminarId);
  refuse(cancelRefusal(before, now));
  const seminar = await tx.learningSeminar.update({ where: { id: before.id }, data: { status: "CANCELLED", sequence: { increment: 1 } } });
  await recordAudit(tx, {
    actorId,
    action: "seminar.cancel",
    entityType: "LearningSeminar",
    entityId: seminar.id,
    collaborativeId: seminar.collaborativeId,
    before: { status: before.status },
    after: { status: seminar.status },
  });
  if (before.status === "PUBLISHED") await queueSeminarEmails(tx, "Cancelled", seminar, await activeRegistrants(tx, seminar.id));
  return { id: seminar.id };
}

/** The actor's team in the seminar's collaborative (the team a registration counts for). */
export async function registrantTeamId(tx: Pick<DbTransaction, "teamMember">, userId: string, collaborativeId: string): Promise<string | null> {
  const membership = await tx.teamMember.findFirst({
    where: { userId, team: { collaborativeId, status: { not: "WITHDRAWN" } } },
    select: { teamId: true },
    orderBy: { createdAt: "asc" },
  });
  return membership?.teamId ?? null;
}

/**
 * Registers the actor (in person or remote) while registration is open; when that mode's places
 * are taken, on its waiting list. Registering again changes the mode of an active registration
 * (statusForModeChange; a place freed in the old mode goes to its first waiting) or re-opens a
 * cancelled one.
 */
export async function registerForSeminar(tx: DbTransaction, actor: { id: string }, input: RegisterInput, now: Date) {
  const seminar = await loadSeminar(tx, input.seminarId);
  refuse(registrationRefusal(seminar, now));
  const teamId = await registrantTeamId(tx, actor.id, seminar.collaborativeId);
  if (!teamId) fail({ code: "FORBIDDEN" });
  const existing = await tx.seminarRegistration.findUnique({ where: { seminarId_userId: { seminarId: seminar.id, userId: actor.id } } });
  let registration;
  if (existing && existing.status !== "CANCELLED" && existing.mode === input.mode) {
    registration = existing;
  } else if (existing && existing.status !== "CANCELLED") {
    const status = statusForModeChange(existing.status, statusForNewRegistration(placeLimit(seminar, input.mode), await registeredIn(tx, seminar.id, input.mode)) === "REGISTERED");
    if (status === "modeFull") fail({ code: "RULE_VIOLATION", rule: "modeFull" });
    // A move to another waiting list joins its end.
    registration = await tx.seminarRegistration.update({ where: { id: existing.id }, data: { mode: input.mode, status, ...(status === "WAITLISTED" ? { createdAt: now } : {}) } });
    if (status !== existing.status) {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: recipientSelect });
      await queueSeminarEmails(tx, status === "REGISTERED" ? "Registered" : "Waitlisted", seminar, [user]);
    }
  } else {
    const status = statusForNewRegistration(placeLimit(seminar, input.mode), await registeredIn(tx, seminar.id, input.mode));
    registration = existing
      ? await tx.seminarRegistration.update({ where: { id: existing.id }, data: { mode: input.mode, status, teamId, attendance: null, createdAt: now } })
      : await tx.seminarRegistration.create({ data: { seminarId: seminar.id, userId: actor.id, teamId, mode: input.mode, status, createdAt: now } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: recipientSelect });
    await queueSeminarEmails(tx, status === "REGISTERED" ? "Registered" : "Waitlisted", seminar, [user]);
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: "seminar.register",
    entityType: "SeminarRegistration",
    entityId: registration.id,
    teamId,
    collaborativeId: seminar.collaborativeId,
    before: existing ? { mode: existing.mode, status: existing.status } : undefined,
    after: { mode: registration.mode, status: registration.status },
  });
  if (existing?.status === "REGISTERED" && existing.mode !== registration.mode) await promoteWaiting(tx, seminar.id);
  const waiting = await tx.seminarRegistration.findMany({ where: { seminarId: seminar.id, mode: registration.mode, status: "WAITLISTED" }, select: { id: true, createdAt: true } });
  return { id: registration.id, status: registration.status, position: waitingPosition(registration.id, waiting) };
}

/** The actor cancels their own registration before the start; a freed place goes to the first waiting. */
export async function cancelRegistration(tx: DbTransaction, actorId: string, input: SeminarIdInput, now: Date): Promise<{ id: string }> {
  const seminar = await loadSeminar(tx, input.seminarId);
  refuse(cancelRegistrationRefusal(seminar, now));
  const existing = await tx.seminarRegistration.findUnique({ where: { seminarId_userId: { seminarId: seminar.id, userId: actorId } } });
  if (!existing || existing.status === "CANCELLED") fail({ code: "NOT_FOUND" });
  await tx.seminarRegistration.update({ where: { id: existing.id }, data: { status: "CANCELLED" } });
  await recordAudit(tx, {
    actorId,
    action: "seminar.cancelRegistration",
    entityType: "SeminarRegistration",
    entityId: existing.id,
    teamId: existing.teamId,
    collaborativeId: seminar.collaborativeId,
    before: { status: existing.status },
    after: { status: "CANCELLED" },
  });
  if (existing.status === "REGISTERED" && seminar.status === "PUBLISHED") await promoteWaiting(tx, seminar.id);
  return { id: existing.id };
}

/**
 * The secretariat's attendance sheet: who came (in person, remote, absent, or not recorded) for
 * every registration on it, once the seminar has started (PRODUCT.md §4). All rows are written in
 * the one transaction with one audit event, or none: a row that is not a registered place of this
 * seminar (another seminar's or collaborative's, cancelled, waiting) refuses the whole sheet.
 */
export async function recordAttendanceSheet(tx: DbTransaction, actorId: string, input: AttendanceSheetInput, now: Date): Promise<{ id: string; saved: number }> {
  const seminar = await loadSeminar(tx, input.seminarId);
  refuse(attendanceRefusal(seminar, now));
  const ids = input.rows.map((row) => row.registrationId);
  const registrations = await tx.seminarRegistration.findMany({ where: { id: { in: ids }, seminarId: seminar.id, status: "REGISTERED" }, select: { id: true, attendance: true } });
  if (registrations.length !== ids.length) fail({ code: "NOT_FOUND" });
  const was = new Map(registrations.map((registration) => [registration.id, registration.attendance]));
  const changed = input.rows.filter((row) => was.get(row.registrationId) !== row.attendance);
  for (const row of changed) await tx.seminarRegistration.update({ where: { id: row.registrationId }, data: { attendance: row.attendance } });
  await recordAudit(tx, {
    actorId,
    action: "seminar.recordAttendanceSheet",
    entityType: "LearningSeminar",
    entityId: seminar.id,
    collaborativeId: seminar.collaborativeId,
    before: Object.fromEntries(changed.map((row) => [row.registrationId, was.get(row.registrationId) ?? null])),
    after: Object.fromEntries(changed.map((row) => [row.registrationId, row.attendance])),
  });
  return { id: seminar.id, saved: input.rows.length };
}
