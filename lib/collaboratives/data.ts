import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeCollaborative } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { readableCollaborativesWhere, readableTeamsWhere } from "@/lib/authz/scope";

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
