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
  placementRefusal,
  publishRefusal,
  registrationRefusal,
  statusForNewRegistration,
  toPromote,
  waitingPosition,
  type GapWarning,
} from "./rules";
import type { AttendanceInput, CreateSeminarInput, RegisterInput, SeminarDetails, SeminarIdInput, UpdateSeminarInput } from "./schema";
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

/** Moves waiting registrants up while places are free, each with a "promoted" e-mail. */
async function promoteWaiting(tx: DbTransaction, seminarId: string) {
  const seminar = await loadSeminar(tx, seminarId);
  const [registeredCount, waiting] = await Promise.all([
    tx.seminarRegistration.count({ where: { seminarId, status: "REGISTERED" } }),
    tx.seminarRegistration.findMany({ where: { seminarId, status: "WAITLISTED" }, select: { id: true, createdAt: true, user: { select: recipientSelect } } }),
  ]);
  const promoted = toPromote(seminar.capacity, registeredCount, waiting);
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
 * Registers the actor (in person or remote) while registration is open; at capacity on the waiting
 * list. Registering again changes the mode of an active registration or re-opens a cancelled one.
 */
export async function registerForSeminar(tx: DbTransaction, actor: { id: string }, input: RegisterInput, now: Date) {
  const seminar = await loadSeminar(tx, input.seminarId);
  refuse(registrationRefusal(seminar, now));
  const teamId = await registrantTeamId(tx, actor.id, seminar.collaborativeId);
  if (!teamId) fail({ code: "FORBIDDEN" });
  const existing = await tx.seminarRegistration.findUnique({ where: { seminarId_userId: { seminarId: seminar.id, userId: actor.id } } });
  let registration;
  if (existing && existing.status !== "CANCELLED") {
    registration = await tx.seminarRegistration.update({ where: { id: existing.id }, data: { mode: input.mode } });
  } else {
    const registeredCount = await tx.seminarRegistration.count({ where: { seminarId: seminar.id, status: "REGISTERED" } });
    const status = statusForNewRegistration(seminar.capacity, registeredCount);
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
  const waiting = await tx.seminarRegistration.findMany({ where: { seminarId: seminar.id, status: "WAITLISTED" }, select: { id: true, createdAt: true } });
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

/** The secretariat records who came (in person, remote, absent), once the seminar has started. */
export async function recordAttendance(tx: DbTransaction, actorId: string, input: AttendanceInput, now: Date): Promise<{ id: string }> {
  const registration = await tx.seminarRegistration.findUnique({ where: { id: input.registrationId }, include: { seminar: true } });
  if (!registration) fail({ code: "NOT_FOUND" });
  refuse(attendanceRefusal(registration.seminar, now));
  await tx.seminarRegistration.update({ where: { id: registration.id }, data: { attendance: input.attendance } });
  await recordAudit(tx, {
    actorId,
    action: "seminar.recordAttendance",
    entityType: "SeminarRegistration",
    entityId: registration.id,
    teamId: registration.teamId,
    collaborativeId: registration.seminar.collaborativeId,
    before: { attendance: registration.attendance },
    after: { attendance: input.attendance },
  });
  return { id: registration.id };
}
