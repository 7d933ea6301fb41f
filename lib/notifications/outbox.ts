import "server-only";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db, DbTransaction } from "@/lib/db/client";

export type OutboxKind =
  | "SEMINAR_PUBLISHED"
  | "SEMINAR_CHANGED"
  | "SEMINAR_CANCELLED"
  | "SEMINAR_REGISTERED"
  | "SEMINAR_WAITLISTED"
  | "SEMINAR_PROMOTED"
  | (string & {});

/**
 * Puts one e-mail in the outbox inside the caller's transaction, so a refused write sends nothing.
 * deliver.ts sends it after the commit when SMTP is configured; otherwise it stays readable by the
 * administrator (/admin/outbox), so nothing is lost in development or tests.
 */
export async function queueMessage(
  tx: DbTransaction,
  message: { userId: string | null; toEmail: string; locale: string; kind: OutboxKind; subject: string; body: string },
): Promise<void> {
  await tx.outboxMessage.create({ data: message });
}

/** The outbox for the administrator (ROLE_POLICY "outbox.read"), newest first; null for anyone else. */
export async function listOutbox(db: Db, actor: Actor, take = 200) {
  if (!authorizeRole(actor, "outbox.read").ok) return null;
  return db.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take });
}
