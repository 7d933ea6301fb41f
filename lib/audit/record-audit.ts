import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";

/**
 * Writes the audit event of a mutation inside the mutation's own transaction (PRODUCT.md §4). Plain
 * SQL, as every mutation writes one while it holds the write lock (a Prisma create costs about a
 * millisecond of CPU to compile; this about a tenth of that).
 */
export async function recordAudit(
  tx: DbTransaction,
  event: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    teamId?: string | null;
    collaborativeId?: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  const now = new Date();
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "teamId", "collaborativeId", "before", "after", "createdAt")
    VALUES (${newId(now.getTime())}, ${event.actorId}, ${event.action}, ${event.entityType}, ${event.entityId},
            ${event.teamId ?? null}, ${event.collaborativeId ?? null}, ${json(event.before)}, ${json(event.after)}, ${now})`;
}
