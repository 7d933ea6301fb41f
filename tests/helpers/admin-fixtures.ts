// Builders and "nothing changed" snapshots for the administrator's integration tests.
import type { Db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";

export const asCurrent = (user: { id: string; role: string; name: string; email: string; locale?: string }): CurrentUser => ({
  id: user.id,
  role: user.role as CurrentUser["role"],
  name: user.name,
  email: user.email,
  locale: "da",
});

/** Every row an organisation action could touch, plus the audit log, as comparable JSON. */
export async function snapshotOrganisations(db: Db): Promise<string> {
  const [organisations, audit] = await Promise.all([
    db.organisation.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, kind: true, parentId: true, country: true, archivedAt: true } }),
    db.auditEvent.count(),
  ]);
  return JSON.stringify({ organisations, audit });
}

/** Every row a user action could touch, plus the audit log, as comparable JSON. */
export async function snapshotUsers(db: Db): Promise<string> {
  const [users, staff, scopes, invites, outbox, audit] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, name: true, role: true, locale: true, passwordHash: true, deactivatedAt: true } }),
    db.collaborativeStaff.findMany({ orderBy: [{ userId: "asc" }, { collaborativeId: "asc" }] }),
    db.managerScope.findMany({ orderBy: { id: "asc" }, select: { userId: true, organisationId: true, collaborativeId: true } }),
    db.userInvite.findMany({ orderBy: { id: "asc" }, select: { id: true, usedAt: true, expiresAt: true } }),
    db.outboxMessage.count(),
    db.auditEvent.count(),
  ]);
  return JSON.stringify({ users, staff, scopes, invites, outbox, audit });
}

export async function makeNamedOrganisation(db: Db, name: string, kind: string, parentId: string | null = null, country = "DK") {
  return db.organisation.create({ data: { name, kind, parentId, country } });
}
