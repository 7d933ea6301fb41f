import "server-only";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";

/**
 * The actor's own API tokens, newest first, for the token page; null when the actor's role may not
 * hold tokens ("apiToken.manage"). Never selects the hash.
 */
export async function listOwnApiTokens(db: Db, actor: Actor) {
  if (!authorizeRole(actor, "apiToken.manage").ok) return null;
  return db.apiToken.findMany({
    where: { userId: actor.id },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export type OwnApiToken = NonNullable<Awaited<ReturnType<typeof listOwnApiTokens>>>[number];
