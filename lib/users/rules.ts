// Pure rules of user administration (issue "Administrator"): no Prisma, no Next.

/** How long an invitation link works: 7 days. */
export const INVITE_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITE_VALIDITY_DAYS = 7;

export type InviteState = "VALID" | "EXPIRED" | "USED" | "UNKNOWN";

/**
 * Invariant: an invitation link sets a password once, within 7 days, for an active account.
 * An unknown token and the invite of a deactivated account look alike from outside.
 */
export function inviteState(
  invite: { expiresAt: Date; usedAt: Date | null; user: { deactivatedAt: Date | null } } | null,
  now: Date,
): InviteState {
  if (!invite || invite.user.deactivatedAt) return "UNKNOWN";
  if (invite.usedAt) return "USED";
  if (invite.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "VALID";
}

export type AdminChange = { actorId: string; targetId: string; targetIsActiveAdmin: boolean; activeAdminCount: number };

/**
 * Invariant: Samspil always keeps an administrator who can sign in. An administrator may not
 * deactivate or demote themself, and no one may deactivate or demote the last active administrator.
 * Answers the refusing rule, or null when the change is allowed.
 */
export function adminLossRefusal(change: AdminChange): "self" | "lastAdmin" | null {
  if (change.actorId === change.targetId) return "self";
  if (change.targetIsActiveAdmin && change.activeAdminCount <= 1) return "lastAdmin";
  return null;
}

/** Which scope rows fit a role: secretariat staff run collaboratives, managers read a scope. */
export function scopeKindFor(role: string): "SECRETARIAT" | "MANAGER" | null {
  if (role === "SECRETARIAT") return "SECRETARIAT";
  if (role === "MANAGER") return "MANAGER";
  return null;
}
