import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { Actor } from "./relations";

/** Every organisation id in the subtrees under `rootIds` (roots included). */
export async function organisationSubtreeIds(db: Db, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const all = await db.organisation.findMany({ select: { id: true, parentId: true } });
  const childrenOf = new Map<string, string[]>();
  for (const organisation of all) {
    if (!organisation.parentId) continue;
    childrenOf.set(organisation.parentId, [...(childrenOf.get(organisation.parentId) ?? []), organisation.id]);
  }
  const found = new Set<string>();
  const queue = [...rootIds];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(childrenOf.get(id) ?? []));
  }
  return [...found];
}

/**
 * The teams an actor may read, as a where-clause, so lists never show what a single read
 * would refuse (the same reach as getTeamRelations).
 */
export async function readableTeamsWhere(db: Db, actor: Actor): Promise<Prisma.TeamWhereInput> {
  const asMember: Prisma.TeamWhereInput = { members: { some: { userId: actor.id } } };
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "SECRETARIAT":
      return { OR: [asMember, { collaborative: { staff: { some: { userId: actor.id } } } }] };
    case "MANAGER": {
      const scopes = await db.managerScope.findMany({ where: { userId: actor.id } });
      const collaborativeIds = scopes.flatMap((scope) => (scope.collaborativeId ? [scope.collaborativeId] : []));
      const organisationIds = await organisationSubtreeIds(
        db,
        scopes.flatMap((scope) => (scope.organisationId ? [scope.organisationId] : [])),
      );
      return {
        OR: [
          asMember,
          { collaborativeId: { in: collaborativeIds } },
          { microsystem: { organisationId: { in: organisationIds } } },
        ],
      };
    }
    default:
      return asMember;
  }
}

/** The collaboratives an actor may read: staffed, in a manager's scope, or with one of the actor's teams. */
export async function readableCollaborativesWhere(db: Db, actor: Actor): Promise<Prisma.CollaborativeWhereInput> {
  if (actor.role === "ADMIN") return {};
  const withMyTeam: Prisma.CollaborativeWhereInput = { teams: { some: { members: { some: { userId: actor.id } } } } };
  if (actor.role === "SECRETARIAT") return { OR: [withMyTeam, { staff: { some: { userId: actor.id } } }] };
  if (actor.role === "MANAGER") {
    const teamsWhere = await readableTeamsWhere(db, actor);
    const scopes = await db.managerScope.findMany({ where: { userId: actor.id } });
    const organisationIds = await organisationSubtreeIds(
      db,
      scopes.flatMap((scope) => (scope.organisationId ? [scope.organisationId] : [])),
    );
    return { OR: [withMyTeam, { teams: { some: teamsWhere } }, { organisationId: { in: organisationIds } }] };
  }
  return withMyTeam;
}
