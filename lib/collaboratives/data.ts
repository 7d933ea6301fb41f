import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeCollaborative, authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { managedMicrosystemsWhere, readableCollaborativesWhere, readableTeamsWhere } from "@/lib/authz/scope";

/** Collaboratives the actor may read, with how many of their teams the actor may read. */
export async function listReadableCollaboratives(db: Db, actor: Actor) {
  const [where, teamsWhere] = await Promise.all([readableCollaborativesWhere(db, actor), readableTeamsWhere(db, actor)]);
  const collaboratives = await db.collaborative.findMany({
    where,
    select: { id: true, name: true, topic: true, status: true, startDate: true, endDate: true, timeZone: true },
    orderBy: { startDate: "desc" },
  });
  const counts = await db.team.groupBy({
    by: ["collaborativeId"],
    where: { AND: [teamsWhere, { collaborativeId: { in: collaboratives.map((c) => c.id) } }] },
    _count: { _all: true },
  });
  const countById = new Map(counts.map((row) => [row.collaborativeId, row._count._all]));
  return collaboratives.map((collaborative) => ({ ...collaborative, teamCount: countById.get(collaborative.id) ?? 0 }));
}

/** One collaborative with its teams, for the secretariat and managers in scope; null when out of scope. */
export async function getCollaborativeOverview(db: Db, actor: Actor, collaborativeId: string, now: Date = new Date()) {
  const access = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.read");
  if (!access.ok) return null;
  const mayReadTeams = (await authorizeCollaborative(db, actor, collaborativeId, "collaborative.readTeams")).ok;
  const teamsWhere = await readableTeamsWhere(db, actor);
  const [collaborative, teams, seminars] = await Promise.all([
    db.collaborative.findUnique({
      where: { id: collaborativeId },
      select: { id: true, name: true, topic: true, aim: true, status: true, startDate: true, endDate: true, timeZone: true },
    }),
    db.team.findMany({
      where: mayReadTeams ? { collaborativeId } : { AND: [teamsWhere, { collaborativeId }] },
      select: {
        id: true,
        name: true,
        status: true,
        microsystem: { select: { name: true, organisation: { select: { name: true } } } },
        members: { where: { role: "CONTACT_PERSON" }, select: { user: { select: { name: true } } } },
        _count: { select: { cycles: { where: { state: { in: ["PLAN", "DO", "STUDY", "ACT"] } } } } },
      },
      orderBy: { name: "asc" },
    }),
    db.learningSeminar.findMany({
      where: { collaborativeId, status: "PUBLISHED", startsAt: { gte: now } },
      select: { id: true, number: true, title: true, startsAt: true, timeZone: true },
      orderBy: { startsAt: "asc" },
      take: 1,
    }),
  ]);
  if (!collaborative) return null;
  return { collaborative, teams, nextSeminar: seminars[0] ?? null };
}

/** True when the actor is on the collaborative's secretariat (the set-up pages and their links). */
export async function canManageCollaborative(db: Db, actor: Actor, collaborativeId: string): Promise<boolean> {
  return (await authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage")).ok;
}

/** Organisations a collaborative may belong to (regions, counties, hospitals, municipalities). */
async function listOwnerOrganisations(db: Db) {
  return db.organisation.findMany({
    where: { archivedAt: null, kind: { not: "DEPARTMENT" } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** What the new-collaborative form needs; null for anyone who may not create one. */
export async function getNewCollaborativeForm(db: Db, actor: Actor) {
  if (!authorizeRole(actor, "collaborative.create").ok) return null;
  return { organisations: await listOwnerOrganisations(db) };
}

async function manageable(db: Db, actor: Actor, collaborativeId: string) {
  if (!(await canManageCollaborative(db, actor, collaborativeId))) return null;
  return db.collaborative.findUnique({
    where: { id: collaborativeId },
    select: { id: true, name: true, topic: true, aim: true, status: true, startDate: true, endDate: true, timeZone: true, organisationId: true },
  });
}

/** The settings page: the collaborative's details; null unless the actor is on its secretariat. */
export async function getCollaborativeSettings(db: Db, actor: Actor, collaborativeId: string) {
  const collaborative = await manageable(db, actor, collaborativeId);
  if (!collaborative) return null;
  return { collaborative, organisations: await listOwnerOrganisations(db) };
}

/**
 * The teams page of the secretariat: enrolled teams with their contact persons, the microsystems
 * within its reach not yet enrolled and the active users who may become contact persons. Null
 * outside the secretariat.
 */
export async function getCollaborativeTeamsSetup(db: Db, actor: Actor, collaborativeId: string) {
  const collaborative = await manageable(db, actor, collaborativeId);
  if (!collaborative) return null;
  const managed = await managedMicrosystemsWhere(db, actor);
  const [teams, microsystems, users] = await Promise.all([
    db.team.findMany({
      where: { collaborativeId },
      select: {
        id: true,
        name: true,
        status: true,
        microsystem: { select: { id: true, name: true, organisation: { select: { name: true } } } },
        members: { where: { role: "CONTACT_PERSON" }, select: { user: { select: { id: true, name: true, email: true } } } },
      },
      orderBy: { name: "asc" },
    }),
    db.microsystem.findMany({
      where: { AND: [{ archivedAt: null, teams: { none: { collaborativeId } } }, managed] },
      select: { id: true, name: true, kind: true, organisation: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { collaborative, teams, microsystems, users };
}

/** The people page: secretariat staff and managers with the collaborative in scope, and who may be added. */
export async function getCollaborativePeople(db: Db, actor: Actor, collaborativeId: string) {
  const collaborative = await manageable(db, actor, collaborativeId);
  if (!collaborative) return null;
  const userSelect = { id: true, name: true, email: true } as const;
  const [staff, scopes, secretariatCandidates, managerCandidates] = await Promise.all([
    db.collaborativeStaff.findMany({ where: { collaborativeId }, select: { user: { select: userSelect } }, orderBy: { createdAt: "asc" } }),
    db.managerScope.findMany({ where: { collaborativeId }, select: { id: true, user: { select: userSelect } }, orderBy: { createdAt: "asc" } }),
    db.user.findMany({
      where: { role: "SECRETARIAT", deactivatedAt: null, secretariatOf: { none: { collaborativeId } } },
      select: userSelect,
      orderBy: { name: "asc" },
    }),
    db.user.findMany({
      where: { role: "MANAGER", deactivatedAt: null, managerScopes: { none: { collaborativeId } } },
      select: userSelect,
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    collaborative,
    staff: staff.map((row) => row.user),
    managerScopes: scopes.map((scope) => ({ scopeId: scope.id, ...scope.user })),
    secretariatCandidates,
    managerCandidates,
  };
}
