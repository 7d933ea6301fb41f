import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { readableTeamsWhere } from "@/lib/authz/scope";

export const OPEN_CYCLE_STATES = ["PLAN", "DO", "STUDY", "ACT"] as const;

/** True when the actor is on at least one team (the navigation then offers My team). */
export async function isTeamMember(db: Db, actor: Actor): Promise<boolean> {
  return (await db.teamMember.count({ where: { userId: actor.id } })) > 0;
}

/** The teams the actor belongs to, for the My team landing page. */
export async function listMyTeams(db: Db, actor: Actor) {
  return db.team.findMany({
    where: { members: { some: { userId: actor.id } } },
    select: { id: true, name: true, status: true, collaborative: { select: { id: true, name: true } } },
    orderBy: { name: "asc" },
  });
}

/** Teams the actor may read, for lists (the same reach as a single read). */
export async function listReadableTeams(db: Db, actor: Actor, collaborativeId?: string) {
  const where = await readableTeamsWhere(db, actor);
  return db.team.findMany({
    where: collaborativeId ? { AND: [where, { collaborativeId }] } : where,
    select: { id: true, name: true, status: true, microsystem: { select: { name: true, kind: true } } },
    orderBy: { name: "asc" },
  });
}

/** Each measure's latest value, from the summary every write keeps (lib/summaries/store.ts). */
async function latestMeasurements(db: Db, teamId: string) {
  const rows = await db.teamMeasureSummary.findMany({ where: { teamId, latestPeriod: { not: null } }, select: { measureId: true, latestPeriod: true, latestValue: true } });
  return rows.map((row) => ({ measureId: row.measureId, periodStart: row.latestPeriod!, value: row.latestValue }));
}

/**
 * The My team page: aim, measures with their latest values, open PDSA cycles and the next
 * learning seminar. Null when the actor may not read the team (the page answers 404).
 */
export async function getTeamOverview(db: Db, actor: Actor, teamId: string, now: Date = new Date()) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      aim: true,
      status: true,
      collaborativeId: true,
      collaborative: { select: { id: true, name: true, aim: true, timeZone: true } },
      microsystem: { select: { id: true, name: true, kind: true, organisation: { select: { name: true } } } },
    },
  });
  if (!team) return null;
  const [measures, latest, openCycles, nextSeminar] = await Promise.all([
    db.measure.findMany({
      where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId }] },
      select: { id: true, name: true, type: true, kind: true, unit: true, multiplier: true, frequency: true, direction: true, goal: true, teamId: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    latestMeasurements(db, teamId),
    db.pdsaCycle.findMany({
      where: { teamId, state: { in: [...OPEN_CYCLE_STATES] } },
      select: { id: true, title: true, state: true, scale: true, updatedAt: true, changeIdea: { select: { title: true } } },
      orderBy: { updatedAt: "desc" },
    }),
    db.learningSeminar.findFirst({
      where: { collaborativeId: team.collaborativeId, status: "PUBLISHED", startsAt: { gte: now } },
      select: { id: true, number: true, title: true, startsAt: true, endsAt: true, timeZone: true, venue: true },
      orderBy: { startsAt: "asc" },
    }),
  ]);
  const latestByMeasure = new Map(latest.map((row) => [row.measureId, row]));
  return {
    team,
    relations: access.relations,
    measures: measures.map((measure) => {
      const row = latestByMeasure.get(measure.id);
      return {
        ...measure,
        latest: row ? { periodStart: row.periodStart, value: row.value } : null,
      };
    }),
    openCycles,
    nextSeminar,
  };
}

/** The aim page: the aim with the version a save must carry; null out of scope (page 404). */
export async function getTeamAim(db: Db, actor: Actor, teamId: string) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, aim: true, version: true, collaborative: { select: { name: true, aim: true } } },
  });
  if (!team) return null;
  const canEdit = (await authorizeTeam(db, actor, teamId, "team.editAim")).ok;
  return { team, canEdit };
}

/** The members page: who is on the team with which role; null out of scope. */
export async function getTeamMembers(db: Db, actor: Actor, teamId: string) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      members: {
        select: { role: true, user: { select: { id: true, name: true, email: true, deactivatedAt: true } } },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!team) return null;
  const canManage = (await authorizeTeam(db, actor, teamId, "team.manageMembers")).ok;
  return {
    team: { id: team.id, name: team.name },
    members: team.members.map((member) => ({
      userId: member.user.id,
      name: member.user.name,
      email: member.user.email,
      isActive: member.user.deactivatedAt === null,
      role: member.role,
    })),
    canManage,
    actorId: actor.id,
  };
}
