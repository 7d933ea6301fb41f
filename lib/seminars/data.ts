import "server-only";
import { authorizeCollaborative } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { collaborativeFeedToken, type FeedSeminar } from "./ics";
import { gapWarnings, placesByMode, waitingPosition } from "./rules";

const seminarSummary = {
  id: true,
  number: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  capacity: true,
  remoteCapacity: true,
  registrationDeadline: true,
} as const;

/** A registration's place on its mode's waiting list (each mode has its own). */
function positionIn<R extends { id: string; mode: string; status: string; createdAt: Date }>(registration: R, registrations: R[]): number | null {
  return waitingPosition(registration.id, registrations.filter((r) => r.mode === registration.mode && r.status === "WAITLISTED"));
}

/** The collaborative's seminars in order with registration counts, for the secretariat and managers in scope. */
export async function getSeminarCalendar(db: Db, actor: Actor, collaborativeId: string) {
  const access = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.readTeams");
  if (!access.ok) return null;
  const canManage = (await authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage")).ok;
  const [collaborative, seminars] = await Promise.all([
    db.collaborative.findUnique({ where: { id: collaborativeId }, select: { id: true, name: true, startDate: true, endDate: true, timeZone: true } }),
    db.learningSeminar.findMany({
      where: { collaborativeId, ...(canManage ? {} : { status: { not: "DRAFT" } }) },
      select: { ...seminarSummary, registrations: { select: { status: true, mode: true } } },
      orderBy: { startsAt: "asc" },
    }),
  ]);
  if (!collaborative) return null;
  return {
    collaborative,
    canManage,
    feedToken: collaborativeFeedToken(collaborativeId),
    seminars: seminars.map(({ registrations, ...seminar }) => ({
      ...seminar,
      registered: registrations.filter((r) => r.status === "REGISTERED").length,
      waiting: registrations.filter((r) => r.status === "WAITLISTED").length,
      places: placesByMode(seminar, registrations),
    })),
  };
}

/** A collaborative for the new-seminar form, and the next free number; secretariat only. */
export async function getNewSeminarContext(db: Db, actor: Actor, collaborativeId: string) {
  if (!(await authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage")).ok) return null;
  const collaborative = await db.collaborative.findUnique({ where: { id: collaborativeId }, select: { id: true, name: true, timeZone: true } });
  if (!collaborative) return null;
  const last = await db.learningSeminar.findFirst({ where: { collaborativeId }, orderBy: { number: "desc" }, select: { number: true } });
  return { collaborative, nextNumber: (last?.number ?? 0) + 1 };
}

/** One seminar with agenda, materials, registrations per team and its gap warnings. */
export async function getSeminarDetails(db: Db, actor: Actor, seminarId: string) {
  const seminar = await db.learningSeminar.findUnique({
    where: { id: seminarId },
    include: {
      collaborative: { select: { id: true, name: true } },
      agendaItems: { orderBy: { position: "asc" } },
      materials: { orderBy: { position: "asc" } },
      registrations: {
        select: { id: true, mode: true, status: true, attendance: true, createdAt: true, user: { select: { name: true, email: true } }, team: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!seminar) return null;
  const access = await authorizeCollaborative(db, actor, seminar.collaborativeId, "collaborative.readTeams");
  if (!access.ok) return null;
  const canManage = (await authorizeCollaborative(db, actor, seminar.collaborativeId, "collaborative.manage")).ok;
  if (!canManage && seminar.status === "DRAFT") return null;
  const others = await db.learningSeminar.findMany({
    where: { collaborativeId: seminar.collaborativeId },
    select: { id: true, number: true, status: true, startsAt: true, endsAt: true },
  });
  return {
    seminar,
    canManage,
    warnings: seminar.status === "CANCELLED" ? [] : gapWarnings(seminar, others),
    places: placesByMode(seminar, seminar.registrations),
    registrations: seminar.registrations.map((r) => ({ ...r, position: positionIn(r, seminar.registrations) })),
  };
}

/** Upcoming seminars of the collaboratives the actor is on a team in, with the actor's registration. */
export async function listMySeminars(db: Db, actor: Actor, now: Date = new Date()) {
  const memberships = await db.teamMember.findMany({ where: { userId: actor.id }, select: { team: { select: { collaborativeId: true } } } });
  const collaborativeIds = [...new Set(memberships.map((m) => m.team.collaborativeId))];
  const [seminars, user] = await Promise.all([
    db.learningSeminar.findMany({
      where: { collaborativeId: { in: collaborativeIds }, status: { in: ["PUBLISHED", "CANCELLED"] }, endsAt: { gte: now } },
      include: {
        collaborative: { select: { name: true } },
        agendaItems: { orderBy: { position: "asc" } },
        materials: { orderBy: { position: "asc" } },
        registrations: { where: { status: { in: ["REGISTERED", "WAITLISTED"] } }, select: { id: true, userId: true, status: true, mode: true, createdAt: true } },
      },
      orderBy: { startsAt: "asc" },
    }),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarToken: true } }),
  ]);
  return {
    calendarToken: user.calendarToken,
    seminars: seminars.map(({ registrations, ...seminar }) => {
      const mine = registrations.find((r) => r.userId === actor.id) ?? null;
      return {
        ...seminar,
        registered: registrations.filter((r) => r.status === "REGISTERED").length,
        places: placesByMode(seminar, registrations),
        mine: mine && { status: mine.status, mode: mine.mode, position: positionIn(mine, registrations) },
      };
    }),
  };
}

/** Registrations of a collaborative's seminars for the CSV export; secretariat only. */
export async function listRegistrationsForExport(db: Db, actor: Actor, collaborativeId: string) {
  if (!(await authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage")).ok) return null;
  return db.seminarRegistration.findMany({
    where: { seminar: { collaborativeId } },
    select: {
      mode: true,
      status: true,
      attendance: true,
      createdAt: true,
      seminar: { select: { number: true, title: true, startsAt: true, timeZone: true } },
      team: { select: { name: true } },
      user: { select: { name: true, email: true } },
    },
    orderBy: [{ seminar: { startsAt: "asc" } }, { team: { name: "asc" } }, { createdAt: "asc" }],
  });
}

const feedSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  videoUrl: true,
  preWork: true,
  updatedAt: true,
  collaborative: { select: { name: true } },
} as const;

type FeedRow = Omit<FeedSeminar, "collaborativeName"> & { collaborative: { name: string } };
const toFeed = ({ collaborative, ...row }: FeedRow): FeedSeminar => ({ ...row, collaborativeName: collaborative.name });

/** The collaborative feed's seminars (the caller has checked the token). */
export async function listCollaborativeFeed(db: Db, collaborativeId: string) {
  const collaborative = await db.collaborative.findUnique({ where: { id: collaborativeId }, select: { name: true } });
  if (!collaborative) return null;
  const rows = await db.learningSeminar.findMany({ where: { collaborativeId, status: { not: "DRAFT" } }, select: feedSelect, orderBy: { startsAt: "asc" } });
  return { name: collaborative.name, seminars: rows.map(toFeed) };
}

/** A user's feed: the seminars they are registered or waiting for; null for an unknown token. */
export async function listUserFeed(db: Db, calendarToken: string) {
  const user = await db.user.findFirst({ where: { calendarToken, deactivatedAt: null }, select: { id: true, name: true } });
  if (!user) return null;
  const rows = await db.learningSeminar.findMany({
    where: { status: { not: "DRAFT" }, registrations: { some: { userId: user.id, status: { in: ["REGISTERED", "WAITLISTED"] } } } },
    select: feedSelect,
    orderBy: { startsAt: "asc" },
  });
  return { name: user.name, seminars: rows.map(toFeed) };
}
