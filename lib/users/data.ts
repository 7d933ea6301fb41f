import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";

/** All users, for the administrator; null for anyone else. */
export async function listUsers(db: Db, actor: Actor) {
  if (!authorizeRole(actor, "user.manage").ok) return null;
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, locale: true, deactivatedAt: true, _count: { select: { memberships: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}
