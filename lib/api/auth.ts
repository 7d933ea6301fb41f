import "server-only";
import { apiTokenState, bearerToken, isLastUsedStale, LAST_USED_RESOLUTION_MS } from "@/lib/api-tokens/rules";
import { hashApiToken } from "@/lib/api-tokens/secret";
import type { Actor } from "@/lib/authz/relations";
import { isRole } from "@/lib/authz/roles";
import type { Db } from "@/lib/db/client";
import type { ApiErrorCode } from "./errors";

export type ApiAuthentication =
  | { ok: true; actor: Actor; tokenId: string }
  | { ok: false; status: 401 | 403; code: ApiErrorCode; message: string };

const REFUSALS = {
  MISSING: { status: 401, code: "UNAUTHENTICATED", message: "send the header Authorization: Bearer <token>" },
  UNKNOWN: { status: 401, code: "UNAUTHENTICATED", message: "the token is not valid" },
  DEACTIVATED: { status: 401, code: "UNAUTHENTICATED", message: "the token is not valid" },
  REVOKED: { status: 401, code: "UNAUTHENTICATED", message: "the token has been revoked" },
  ROLE_NOT_ALLOWED: { status: 403, code: "FORBIDDEN", message: "the token's owner may no longer use the API" },
} as const;

/**
 * Who an `Authorization: Bearer` header speaks for: the token's owner, with the role read fresh
 * from the database (lib/api-tokens/rules.ts apiTokenState). Marks the token used, at most once a minute.
 */
export async function authenticateApiRequest(db: Db, authorization: string | null, now: Date = new Date()): Promise<ApiAuthentication> {
  const token = bearerToken(authorization);
  if (!token) return { ok: false, ...REFUSALS.MISSING };
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true, deactivatedAt: true } } },
  });
  const state = apiTokenState(row);
  if (state !== "VALID" || !row || !isRole(row.user.role)) return { ok: false, ...REFUSALS[state === "VALID" ? "UNKNOWN" : state] };
  if (isLastUsedStale(row.lastUsedAt, now)) {
    // Conditional, so requests in parallel write it once.
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { ok: true, actor: { id: row.user.id, role: row.user.role }, tokenId: row.id };
}
