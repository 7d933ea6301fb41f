import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@/lib/db/client";

const BATCH = 50;

/**
 * Sends the outbox's pending messages through SMTP when SMTP_URL is set (e.g.
 * smtp://user:pass@mail.example:587), from SMTP_FROM. Call it after the transaction that queued
 * the messages has committed, never inside it. Each row gets sentAt, or the error and stays for the
 * administrator to read. Without SMTP_URL nothing is sent and the outbox keeps everything.
 */
export async function deliverPendingMessages(
  db: Db,
  env: Record<string, string | undefined> = process.env,
  transport: Pick<Transporter, "sendMail"> | null = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null,
): Promise<{ sent: number; failed: number }> {
  if (!transport) return { sent: 0, failed: 0 };
  const from = env.SMTP_FROM || "Samspil <no-reply@samspil.invalid>";
  const pending = await db.outboxMessage.findMany({ where: { sentAt: null, error: null }, orderBy: { createdAt: "asc" }, take: BATCH });
  let sent = 0;
  let failed = 0;
  for (const message of pending) {
    try {
      await transport.sendMail({ from, to: message.toEmail, subject: message.subject, text: message.body });
      await db.outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
      sent++;
    } catch (error) {
      await db.outboxMessage.update({ where: { id: message.id }, data: { error: String(error instanceof Error ? error.message : error).slice(0, 1000) } });
      failed++;
    }
  }
  return { sent, failed };
}
