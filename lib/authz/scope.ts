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

/**
 * The organisations a secretariat user's collaboratives cover (PRODUCT.md §4: the secretariat manages
 * its collaboratives' microsystems and nothing of another's): each staffed collaborative's owning
 * organisation with its subtree; for a collaborative without an owner, the organisations of its
 * teams' microsystems.
 */
export async function secretariatOrganisationIds(db: Db, userId: string): Promise<string[]> {
  const staffed = { staff: { some: { userId } } } satisfies Prisma.CollaborativeWhereInput;
  const [owned, ownerless] = await Promise.all([
    db.collaborative.findMany({ where: { ...staffed, organisationId: { not: null } }, select: { organisationId: true } }),
    db.microsystem.findMany({ where: { teams: { some: { collaborative: { ...staffed, organisationId: null } } } }, select: { organisationId: true } }),
  ]);
  const subtree = await organisationSubtreeIds(db, owned.flatMap((row) => (row.organisationId ? [row.organisationId] : [])));
  return [...new Set([...subtree, ...ownerless.map((row) => row.organisationId)])];
}

/**
 * The microsystems an actor manages (create, rename, move, keep the 5P profile of, enrol): an
 * administrator all; a secretariat user those with a team in a collaborative it staffs or under an
 * organisation its collaboratives cover; nobody else. Lists and getMicrosystemRelations share it,
 * so a list never shows what a single read would refuse.
 */
export async function managedMicrosystemsWhere(db: Db, actor: Actor): Promise<Prisma.MicrosystemWhereInput> {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "SECRETARIAT") return { id: { in: [] } };
  const organisationIds = await secretariatOrganisationIds(db, actor.id);
  return { OR: [{ teams: { some: { collaborative: { staff: { some: { userId: actor.id } } } } } }, { organisationId: { in: organisationIds } }] };
}

/**
 * Where an actor may place a microsystem (create it under, or move it to): an administrator any
 * organisation, a secretariat user those its collaboratives cover, nobody else. A secretariat cannot
 * move a microsystem out of its collaboratives' reach into another's (issue 16).
 */
export async function placeableOrganisationsWhere(db: Db, actor: Actor): Promise<Prisma.OrganisationWhereInput> {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "SECRETARIAT") return { id: { in: [] } };
  return { id: { in: await secretariatOrganisationIds(db, actor.id) } };
}
