import "server-only";
import type { DbTransaction } from "@/lib/db/client";

/** Writes the audit event of a mutation inside the mutation's own transaction (PRODUCT.md §4). */
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
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      teamId: event.teamId ?? null,
      collaborativeId: event.collaborativeId ?? null,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    },
    select: { id: true },
  });
}
