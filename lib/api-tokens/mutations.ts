import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import type { CreateApiTokenInput, RevokeApiTokenInput } from "./schema";
import { generateApiToken, hashApiToken } from "./secret";

/** Creates a token for the actor. Answers the token itself: the only time it is ever seen. */
export async function createApiToken(tx: DbTransaction, actorId: string, input: CreateApiTokenInput) {
  const token = generateApiToken();
  const row = await tx.apiToken.create({ data: { userId: actorId, name: input.name, tokenHash: hashApiToken(token) } });
  await recordAudit(tx, { actorId, action: "apiToken.create", entityType: "ApiToken", entityId: row.id, after: { name: row.name } });
  return { id: row.id, name: row.name, token };
}

/**
 * Revokes one of the actor's own tokens for good. Someone else's token does not exist for the
 * actor (NOT_FOUND); a revoked token stays revoked (RULE_VIOLATION apiToken.alreadyRevoked).
 */
export async function revokeApiToken(tx: DbTransaction, actorId: string, input: RevokeApiTokenInput, now: Date = new Date()) {
  const token = await tx.apiToken.findFirst({ where: { id: input.tokenId, userId: actorId }, select: { id: true, name: true } });
  if (!token) fail({ code: "NOT_FOUND" });
  // Only an unrevoked row is changed, so two revocations at once cannot both succeed.
  const revoked = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
  if (revoked.count !== 1) fail({ code: "RULE_VIOLATION", rule: "apiToken.alreadyRevoked" });
  await recordAudit(tx, {
    actorId,
    action: "apiToken.revoke",
    entityType: "ApiToken",
    entityId: token.id,
    before: { name: token.name, revokedAt: null },
    after: { name: token.name, revokedAt: now.toISOString() },
  });
  return { id: token.id };
}
