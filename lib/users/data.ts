import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { listOrganisationOptions } from "@/lib/organisations/data";

/** All users, for the administrator; null for anyone else. */
export async function listUsers(db: Db, actor: Actor) {
  if (!authorizeRole(actor, "user.manage").ok) return null;
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, locale: true, deactivatedAt: true, _count: { select: { memberships: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}

/**
 * One user with their scopes and the choices for the scope forms, for the administrator; null for
 * anyone else and for unknown users. Never selects the password hash.
 */
export async function getUserAdministration(db: Db, actor: Actor, userId: string) {
  if (!authorizeRole(actor, "user.manage").ok) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      locale: true,
      deactivatedAt: true,
      createdAt: true,
      passwordHash: true,
      secretariatOf: { select: { collaborativeId: true } },
      managerScopes: { select: { organisationId: true, collaborativeId: true } },
      memberships: { select: { role: true, team: { select: { id: true, name: true, collaborative: { select: { name: true } } } } } },
      invites: { where: { usedAt: null }, select: { expiresAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!user) return null;
  const [collaboratives, organisations] = await Promise.all([
    db.collaborative.findMany({ select: { id: true, name: true, status: true }, orderBy: { name: "asc" } }),
    listOrganisationOptions(db, actor),
  ]);
  const { passwordHash, secretariatOf, managerScopes, invites, ...rest } = user;
  return {
    user: {
      ...rest,
      hasPassword: Boolean(passwordHash),
      pendingInviteExpiresAt: invites[0]?.expiresAt ?? null,
      isSelf: user.id === actor.id,
    },
    scopes: {
      secretariatOf: secretariatOf.map((row) => row.collaborativeId),
      managerOrganisations: managerScopes.flatMap((row) => (row.organisationId ? [row.organisationId] : [])),
      managerCollaboratives: managerScopes.flatMap((row) => (row.collaborativeId ? [row.collaborativeId] : [])),
    },
    choices: { collaboratives, organisations: organisations ?? [] },
  };
}
