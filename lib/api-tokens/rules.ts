// Pure rules of personal API tokens (issue 7, open data API): no Prisma, no Next.
import { decideRole } from "@/lib/authz/policy";

/** The page where managers and administrators create and revoke their tokens. */
export const API_TOKENS_PATH = "/account/api-tokens";

/** Every token starts with this, so secret scanners and people recognise a leaked one. */
export const API_TOKEN_PREFIX = "samspil_";

/** lastUsedAt is kept to the minute: a busy BI refresh does not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenState = "VALID" | "UNKNOWN" | "REVOKED" | "DEACTIVATED" | "ROLE_NOT_ALLOWED";

/**
 * Invariant: a token reads only while it is unrevoked, its owner's account is active and the owner
 * still holds a role that may manage API tokens ("apiToken.manage", lib/authz/policy.ts). The role is
 * the owner's current one, so demoting the owner stops every token at once.
 */
export function apiTokenState(
  token: { revokedAt: Date | null; user: { role: string; deactivatedAt: Date | null } } | null,
): ApiTokenState {
  if (!token) return "UNKNOWN";
  if (token.revokedAt) return "REVOKED";
  if (token.user.deactivatedAt) return "DEACTIVATED";
  if (decideRole(token.user.role, "apiToken.manage") !== "ALLOW") return "ROLE_NOT_ALLOWED";
  return "VALID";
}

/** The token of an `Authorization: Bearer <token>` header (RFC 6750), or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header ?? "");
  return match ? match[1] : null;
}

/** Whether a use at `now` should be written as the token's lastUsedAt (at most once a minute). */
export function isLastUsedStale(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
