import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuthzResult } from "./authorize";
import { decideMicrosystem, type MicrosystemAction, type MicrosystemRelation } from "./policy";
import type { Actor } from "./relations";
import { isTeamRole } from "./roles";
import { managedMicrosystemsWhere, placeableOrganisationsWhere } from "./scope";

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

/** True when a secretariat user's collaboratives reach the microsystem (scope.ts managedMicrosystemsWhere). */
async function secretariatReachesMicrosystem(db: Db, actor: Actor, microsystemId: string) {
  if (actor.role !== "SECRETARIAT") return false;
  return (await db.microsystem.count({ where: { AND: [{ id: microsystemId }, await managedMicrosystemsWhere(db, actor)] } })) > 0;
}

/**
 * How the actor stands to a microsystem; null when it does not exist. Team roles come from every
 * team the microsystem has in any collaborative; administrators reach all microsystems; the
 * secretariat those of its own collaboratives and their organisations, never another
 * collaborative's (PRODUCT.md §4); managers those in their scope.
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
  if (await secretariatReachesMicrosystem(db, actor, microsystemId)) relations.add("SECRETARIAT");
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

const allowed: AuthzResult<never> = { ok: true, relations: [] };

/**
 * May this actor put a microsystem under this organisation (create it there, or move it there)?
 * Outside the actor's reach the organisation does not exist (NOT_FOUND). An administrator reaches
 * every organisation; the mutation still refuses an unknown or archived one as a field error.
 */
export async function authorizeMicrosystemPlacement(db: Db, actor: Actor, organisationId: string): Promise<AuthzResult<never>> {
  if (actor.role === "ADMIN") return allowed;
  const placeable = await db.organisation.count({ where: { AND: [{ id: organisationId }, await placeableOrganisationsWhere(db, actor)] } });
  return placeable > 0 ? allowed : { ok: false, code: "NOT_FOUND" };
}

/**
 * May this actor edit the microsystem (name, kind, organisation)? Needs microsystem.edit on it and,
 * when the organisation changes, the new organisation within reach too: a secretariat cannot
 * re-parent a microsystem into an organisation outside its collaboratives (issue 16).
 */
export async function authorizeMicrosystemUpdate(
  db: Db,
  actor: Actor,
  input: { microsystemId: string; organisationId: string },
): Promise<AuthzResult<MicrosystemRelation>> {
  const edit = await authorizeMicrosystem(db, actor, input.microsystemId, "microsystem.edit");
  if (!edit.ok) return edit;
  const current = await db.microsystem.findUnique({ where: { id: input.microsystemId }, select: { organisationId: true } });
  if (!current) return { ok: false, code: "NOT_FOUND" };
  if (current.organisationId === input.organisationId) return edit;
  const placement = await authorizeMicrosystemPlacement(db, actor, input.organisationId);
  return placement.ok ? edit : placement;
}
