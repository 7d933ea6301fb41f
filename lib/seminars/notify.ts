import "server-only";
import { createTranslator } from "next-intl";
import type { DbTransaction } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { queueMessage } from "@/lib/notifications/outbox";

export type SeminarEmailKind = "Published" | "Changed" | "Cancelled" | "Registered" | "Waitlisted" | "Promoted";
type Recipient = { id: string; email: string; locale: string };
type Seminar = { id: string; number: number; title: string; startsAt: Date; timeZone: string; venue: string; videoUrl: string };

function appUrl(): string {
  return (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}

/** Queues one seminar e-mail per recipient, each in the recipient's own language (emails.seminar<Kind>). */
export async function queueSeminarEmails(tx: DbTransaction, kind: SeminarEmailKind, seminar: Seminar, recipients: Recipient[]): Promise<void> {
  const seen = new Set<string>();
  for (const recipient of recipients) {
    if (seen.has(recipient.id)) continue;
    seen.add(recipient.id);
    const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: `emails.seminar${kind}` });
    const values = {
      number: seminar.number,
      title: seminar.title,
      when: formatDateTime(locale, seminar.startsAt, seminar.timeZone),
      venue: seminar.venue || "—",
      video: seminar.videoUrl || "—",
      link: `${appUrl()}/seminars`,
    };
    await queueMessage(tx, {
      userId: recipient.id,
      toEmail: recipient.email,
      locale,
      kind: `SEMINAR_${kind.toUpperCase()}`,
      subject: t("subject", values),
      body: t("body", values),
    });
  }
}
