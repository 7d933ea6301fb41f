import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import type { CollaborativeRelation, TeamRelation } from "./policy";
import { isTeamRole, type Role, type TeamRole } from "./roles";

export type Actor = { id: string; role: Role };

/** Organisation ids from `organisationId` up to the root (the organisation tree is shallow). */
async function ancestorOrganisationIds(db: Db, organisationId: string | null): Promise<string[]> {
  const ids: string[] = [];
  let current = organisationId;
  while (current && ids.length < 16) {
    ids.push(current);
    const organisation = await db.organisation.findUnique({ where: { id: current }, select: { parentId: true } });
    current = organisation?.parentId ?? null;
  }
  return ids;
}

async function managerReaches(db: Db, actor: Actor, collaborativeId: string, organisationIds: () => Promise<string[]>) {
  if (actor.role !== "MANAGER") return false;
  const scopes = await db.managerScope.findMany({ where: { userId: actor.id } });
  if (scopes.some((scope) => scope.collaborativeId === collaborativeId)) return true;
  const scopedOrganisations = scopes.flatMap((scope) => (scope.organisationId ? [scope.organisationId] : []));
  if (scopedOrganisations.length === 0) return false;
  const ancestors = await organisationIds();
  return ancestors.some((id) => scopedOrganisations.includes(id));
}

/**
 * How the actor stands to a team; null when the team does not exist. Read once per page render
 * (the team nav and the page both ask); outside a render, as in server actions, React's cache does
 * not memoise, so an action always reads afresh.
 */
export function getTeamRelations(db: Db, actor: Actor, teamId: string): Promise<TeamRelation[] | null> {
  return teamRelationsOncePerRender(db, actor.id, actor.role, teamId);
}

const teamRelationsOncePerRender = cache((db: Db, actorId: string, role: Role, teamId: string) => readTeamRelations(db, { id: actorId, role }, teamId));

// isStaff has no declared column type: SQLite answers it as a bigint, PostgreSQL as a number.
type TeamRelationRow = { collaborativeId: string; organisationId: string; memberRole: string | null; isStaff: number | bigint };

async function readTeamRelations(db: Db, actor: Actor, teamId: string): Promise<TeamRelation[] | null> {
  // One plain-SQL read: every team page and every save asks this, and a Prisma read with three
  // relations costs about a millisecond of CPU where this costs a tenth of that.
  const [team] = await db.$queryRaw<TeamRelationRow[]>`
    SELECT t."collaborativeId", ms."organisationId", tm."role" AS "memberRole",
           CASE WHEN EXISTS (SELECT 1 FROM "CollaborativeStaff" cs WHERE cs."collaborativeId" = t."collaborativeId" AND cs."userId" = ${actor.id})
                THEN 1 ELSE 0 END AS "isStaff"
    FROM "Team" t
    JOIN "Microsystem" ms ON ms."id" = t."microsystemId"
    LEFT JOIN "TeamMember" tm ON tm."teamId" = t."id" AND tm."userId" = ${actor.id}
    WHERE t."id" = ${teamId}`;
  if (!team) return null;
  // A manager writes nothing (PRODUCT.md §4): a membership from before the rule reads, as a manager.
  const member = team.memberRole !== null && isTeamRole(team.memberRole);
  const relations: TeamRelation[] = member ? (actor.role === "MANAGER" ? ["MANAGER"] : [team.memberRole as TeamRole]) : [];
  if (actor.role === "ADMIN") relations.push("ADMIN");
  if (actor.role === "SECRETARIAT" && Number(team.isStaff) === 1) relations.push("SECRETARIAT");
  const reaches = await managerReaches(db, actor, team.collaborativeId, () => ancestorOrganisationIds(db, team.organisationId));
  if (reaches && !relations.includes("MANAGER")) relations.push("MANAGER");
  return relations;
}

/** How the actor stands to a collaborative; null when it does not exist. */
export async function getCollaborativeRelations(
  db: Db,
  actor: Actor,
  collaborativeId: string,
): Promise<CollaborativeRelation[] | null> {
  const collaborative = await db.collaborative.findUnique({
    where: { id: collaborativeId },
    select: {
      organisationId: true,
      staff: { where: { userId: actor.id }, select: { userId: true } },
      teams: { where: { members: { some: { userId: actor.id } } }, select: { id: true }, take: 1 },
    },
  });
  if (!collaborative) return null;
  const relations: CollaborativeRelation[] = [];
  if (actor.role === "ADMIN") relations.push("ADMIN");
  if (actor.role === "SECRETARIAT" && collaborative.staff.length > 0) relations.push("SECRETARIAT");
  if (collaborative.teams.length > 0) relations.push("TEAM_MEMBER");
  if (await managerReaches(db, actor, collaborativeId, () => ancestorOrganisationIds(db, collaborative.organisationId)))
    relations.push("MANAGER");
  return relations;
}
