import "server-only";
import type { Db } from "@/lib/db/client";
import {
  decideCollaborative,
  decideRole,
  decideTeam,
  type CollaborativeAction,
  type CollaborativeRelation,
  type RoleAction,
  type TeamAction,
  type TeamRelation,
} from "./policy";
import { getCollaborativeRelations, getTeamRelations, type Actor } from "./relations";

export type AuthzResult<R> = { ok: true; relations: R[] } | { ok: false; code: "NOT_FOUND" | "FORBIDDEN" };

/** May this actor do this to this team? Every team loader and server action asks this. */
export async function authorizeTeam(db: Db, actor: Actor, teamId: string, action: TeamAction): Promise<AuthzResult<TeamRelation>> {
  const relations = await getTeamRelations(db, actor, teamId);
  const decision = relations ? decideTeam(relations, action) : "NOT_FOUND";
  return decision === "ALLOW" ? { ok: true, relations: relations! } : { ok: false, code: decision };
}

/** May this actor do this to this collaborative? */
export async function authorizeCollaborative(
  db: Db,
  actor: Actor,
  collaborativeId: string,
  action: CollaborativeAction,
): Promise<AuthzResult<CollaborativeRelation>> {
  const relations = await getCollaborativeRelations(db, actor, collaborativeId);
  const decision = relations ? decideCollaborative(relations, action) : "NOT_FOUND";
  return decision === "ALLOW" ? { ok: true, relations: relations! } : { ok: false, code: decision };
}

/** May this actor do an action that depends on the global role alone? */
export function authorizeRole(actor: Actor, action: RoleAction): AuthzResult<never> {
  return decideRole(actor.role, action) === "ALLOW" ? { ok: true, relations: [] } : { ok: false, code: "FORBIDDEN" };
}
