import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthzResult } from "./authorize";
import { decideMicrosystem, type MicrosystemAction, type MicrosystemRelation } from "./policy";
import type { Actor } from "./relations";
import { isTeamRole } from "./roles";

/** True when a manager's scope covers the microsystem: its organisation subtree or a collaborative it takes part in. */
async function managerReachesMicrosystem(db: Db, actor: Actor, microsystem: { organisationId: string; collaborativeIds: string[] }) {
  if (actor.role !== "MANAGER") return false;
  const scopes = await db.managerScope.findMany({ where: { userId: actor.id }, select: { organisationId: true, collaborativeId: true } });
  if (scopes.some((scope) => scope.collaborativeId && microsystem.collaborativeIds.includes(scope.collaborativeId))) return true;
  const scoped = new Set(scopes.flatMap((scope) => (scope.organisationId ? [scope.organisationId] : [])));
  let current: string | null = microsystem.organisationId;
  for (let depth = 0; current && depth < 16; depth++) {
    if (scoped.has(current)) return true;
    const organisation: { parentId: string | null } | null = await db.organisation.findUnique({ where: { id: current }, select: { parentId: true } });
    current = organisation?.parentId ?? null;
  }
  return false;
}

/**
 * How the actor stands to a microsystem; null when it does not exist. Team roles come from every
 * team the microsystem has in any collaborative; the secretariat and administrators reach all
 * microsystems (they create and enrol them), managers those in their scope.
 */
export async function getMicrosystemRelations(db: Db, actor: Actor, microsystemId: string): Promise<MicrosystemRelation[] | null> {
  const microsystem = await db.microsystem.findUnique({
    where: { id: microsystemId },
    select: {
      organisationId: true,
      teams: { select: { collaborativeId: true, members: { where: { userId: actor.id }, select: { role: true } } } },
    },
  });
  if (!microsystem) return null;
  const relations = new Set<MicrosystemRelation>();
  for (const team of microsystem.teams) for (const member of team.members) if (isTeamRole(member.role)) relations.add(member.role);
  if (actor.role === "ADMIN") relations.add("ADMIN");
  if (actor.role === "SECRETARIAT") relations.add("SECRETARIAT");
  const collaborativeIds = microsystem.teams.map((team) => team.collaborativeId);
  if (await managerReachesMicrosystem(db, actor, { organisationId: microsystem.organisationId, collaborativeIds })) relations.add("MANAGER");
  return [...relations];
}

/** May this actor do this to this microsystem? Outside the actor's reach it does not exist (NOT_FOUND). */
export async function authorizeMicrosystem(
  db: Db,
  actor: Actor,
  microsystemId: string,
  action: MicrosystemAction,
): Promise<AuthzResult<MicrosystemRelation>> {
  const relations = await getMicrosystemRelations(db, actor, microsystemId);
  const decision = relations ? decideMicrosystem(relations, action) : "NOT_FOUND";
  return decision === "ALLOW" ? { ok: true, relations: relations! } : { ok: false, code: decision };
}
