import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Locale } from "@/lib/i18n/locales";
import { adminLossRefusal, scopeKindFor } from "./rules";
import { issueInvite } from "./invite";
import type { CreateUserInput, SetManagerScopesInput, SetRoleInput, SetSecretariatScopesInput, UserIdInput } from "./schema";
import { newCalendarToken } from "@/lib/seminars/calendar-token";

/** Remembers the user's language (issue #2: "the choice is remembered per user"). */
export async function saveUserLocale(tx: DbTransaction, userId: string, locale: Locale): Promise<void> {
  const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
  if (before.locale === locale) return;
  await tx.user.update({ where: { id: userId }, data: { locale } });
  await recordAudit(tx, { actorId: userId, action: "user.changeLocale", entityType: "User", entityId: userId, before, after: { locale } });
}

const RULE = (rule: string) => `user.${rule}`;

async function loadUser(tx: DbTransaction, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) fail({ code: "NOT_FOUND" });
  return user;
}

/** Refuses a change that would leave Samspil without an active administrator (rules.adminLossRefusal). */
async function assertKeepsAnAdmin(tx: DbTransaction, actorId: string, target: { id: string; role: string; deactivatedAt: Date | null }) {
  const activeAdminCount = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null } });
  const refusal = adminLossRefusal({
    actorId,
    targetId: target.id,
    targetIsActiveAdmin: target.role === "ADMIN" && !target.deactivatedAt,
    activeAdminCount,
  });
  if (refusal) fail({ code: "RULE_VIOLATION", rule: RULE(refusal) });
}

/** Creates an account without a password and invites it (a one-time link, an e-mail in the outbox). */
export async function createUser(tx: DbTransaction, actorId: string, input: CreateUserInput, baseUrl: string) {
  const taken = await tx.user.findFirst({ where: { email: input.email }, select: { id: true } });
  if (taken) fail({ code: "VALIDATION", fieldErrors: { email: ["emailTaken"] } });
  const user = await tx.user.create({ data: { name: input.name, email: input.email, role: input.role, locale: input.locale, calendarToken: newCalendarToken() } });
  await recordAudit(tx, {
    actorId,
    action: "user.create",
    entityType: "User",
    entityId: user.id,
    after: { name: user.name, email: user.email, role: user.role, locale: user.locale },
  });
  const { inviteUrl, expiresAt } = await issueInvite(tx, actorId, user, baseUrl);
  return { userId: user.id, inviteUrl, expiresAt: expiresAt.toISOString() };
}

/** A new invitation link for an existing, active account (earlier links stop working). */
export async function reinviteUser(tx: DbTransaction, actorId: string, input: UserIdInput, baseUrl: string) {
  const user = await loadUser(tx, input.userId);
  if (user.deactivatedAt) fail({ code: "RULE_VIOLATION", rule: RULE("deactivated") });
  const { inviteUrl, expiresAt } = await issueInvite(tx, actorId, user, baseUrl);
  return { userId: user.id, inviteUrl, expiresAt: expiresAt.toISOString() };
}

async function currentScopes(tx: DbTransaction, userId: string) {
  const [staff, managerScopes] = await Promise.all([
    tx.collaborativeStaff.findMany({ where: { userId }, select: { collaborativeId: true }, orderBy: { collaborativeId: "asc" } }),
    tx.managerScope.findMany({ where: { userId }, select: { organisationId: true, collaborativeId: true } }),
  ]);
  return {
    secretariatOf: staff.map((row) => row.collaborativeId),
    managerOrganisations: managerScopes.flatMap((row) => (row.organisationId ? [row.organisationId] : [])).sort(),
    managerCollaboratives: managerScopes.flatMap((row) => (row.collaborativeId ? [row.collaborativeId] : [])).sort(),
  };
}

/**
 * Sets the global role. Scopes that no longer fit the new role are removed with it (a manager's
 * reading scope means nothing for a secretariat member), and the audit event keeps them.
 */
export async function setUserRole(tx: DbTransaction, actorId: string, input: SetRoleInput) {
  const user = await loadUser(tx, input.userId);
  if (user.role === input.role) return { userId: user.id };
  if (user.role === "ADMIN") await assertKeepsAnAdmin(tx, actorId, user);
  const before = { role: user.role, ...(await currentScopes(tx, user.id)) };
  const keep = scopeKindFor(input.role);
  if (keep !== "SECRETARIAT") await tx.collaborativeStaff.deleteMany({ where: { userId: user.id } });
  if (keep !== "MANAGER") await tx.managerScope.deleteMany({ where: { userId: user.id } });
  await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
  await recordAudit(tx, {
    actorId,
    action: "user.setRole",
    entityType: "User",
    entityId: user.id,
    before,
    after: { role: input.role, ...(await currentScopes(tx, user.id)) },
  });
  return { userId: user.id };
}

async function assertAllExist(tx: DbTransaction, field: string, ids: string[], model: "collaborative" | "organisation") {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found =
    model === "collaborative"
      ? await tx.collaborative.count({ where: { id: { in: unique } } })
      : await tx.organisation.count({ where: { id: { in: unique }, archivedAt: null } });
  if (found !== unique.length) fail({ code: "VALIDATION", fieldErrors: { [field]: ["invalid"] } });
  return unique;
}

/** Which collaboratives a secretariat member runs (CollaborativeStaff), replacing the earlier set. */
export async function setSecretariatScopes(tx: DbTransaction, actorId: string, input: SetSecretariatScopesInput) {
  const user = await loadUser(tx, input.userId);
  if (scopeKindFor(user.role) !== "SECRETARIAT") fail({ code: "RULE_VIOLATION", rule: RULE("notSecretariat") });
  const collaborativeIds = await assertAllExist(tx, "collaborativeIds", input.collaborativeIds, "collaborative");
  const before = (await currentScopes(tx, user.id)).secretariatOf;
  await tx.collaborativeStaff.deleteMany({ where: { userId: user.id, collaborativeId: { notIn: collaborativeIds } } });
  const toAdd = collaborativeIds.filter((id) => !before.includes(id));
  for (const collaborativeId of toAdd) await tx.collaborativeStaff.create({ data: { userId: user.id, collaborativeId } });
  await recordAudit(tx, {
    actorId,
    action: "user.setSecretariatScopes",
    entityType: "User",
    entityId: user.id,
    before: { collaborativeIds: before },
    after: { collaborativeIds: [...collaborativeIds].sort() },
  });
  return { userId: user.id };
}

/** What a manager reads: organisation subtrees and/or collaboratives (ManagerScope), replacing the earlier set. */
export async function setManagerScopes(tx: DbTransaction, actorId: string, input: SetManagerScopesInput) {
  const user = await loadUser(tx, input.userId);
  if (scopeKindFor(user.role) !== "MANAGER") fail({ code: "RULE_VIOLATION", rule: RULE("notManager") });
  const organisationIds = await assertAllExist(tx, "organisationIds", input.organisationIds, "organisation");
  const collaborativeIds = await assertAllExist(tx, "collaborativeIds", input.collaborativeIds, "collaborative");
  const before = await currentScopes(tx, user.id);
  await tx.managerScope.deleteMany({ where: { userId: user.id } });
  await tx.managerScope.createMany({
    data: [
      ...organisationIds.map((organisationId) => ({ userId: user.id, organisationId })),
      ...collaborativeIds.map((collaborativeId) => ({ userId: user.id, collaborativeId })),
    ],
  });
  await recordAudit(tx, {
    actorId,
    action: "user.setManagerScopes",
    entityType: "User",
    entityId: user.id,
    before: { organisationIds: before.managerOrganisations, collaborativeIds: before.managerCollaboratives },
    after: { organisationIds: [...organisationIds].sort(), collaborativeIds: [...collaborativeIds].sort() },
  });
  return { userId: user.id };
}

/**
 * Deactivates an account: it can no longer sign in and its open sessions end (the session version
 * rises, so a cookie from before stays dead even after a reactivation), while its history
 * (memberships, cycles, audit events) stays.
 */
export async function deactivateUser(tx: DbTransaction, actorId: string, input: UserIdInput) {
  const user = await loadUser(tx, input.userId);
  if (user.deactivatedAt) return { userId: user.id };
  await assertKeepsAnAdmin(tx, actorId, user);
  const deactivatedAt = new Date();
  await tx.user.update({ where: { id: user.id }, data: { deactivatedAt, sessionVersion: { increment: 1 } } });
  await recordAudit(tx, {
    actorId,
    action: "user.deactivate",
    entityType: "User",
    entityId: user.id,
    before: { deactivatedAt: null },
    after: { deactivatedAt: deactivatedAt.toISOString() },
  });
  return { userId: user.id };
}

export async function reactivateUser(tx: DbTransaction, actorId: string, input: UserIdInput) {
  const user = await loadUser(tx, input.userId);
  if (!user.deactivatedAt) return { userId: user.id };
  await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
  await recordAudit(tx, {
    actorId,
    action: "user.reactivate",
    entityType: "User",
    entityId: user.id,
    before: { deactivatedAt: user.deactivatedAt.toISOString() },
    after: { deactivatedAt: null },
  });
  return { userId: user.id };
}
