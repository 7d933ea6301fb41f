import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { TIME_ZONES, type Locale } from "@/lib/i18n/locales";
import { listOutbox } from "@/lib/notifications/outbox";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("outbox") };
}

/** The administrator reads every queued e-mail (sent or not), newest first. */
export default async function OutboxPage() {
  const user = await requireUser();
  const messages = await listOutbox(prisma, user);
  if (!messages) notFound();
  const t = await getTranslations("outbox");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="text-sm text-slate-700">{process.env.SMTP_URL ? t("smtpOn") : t("smtpOff")}</p>
      {messages.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("to")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("subject")}</th>
              <th scope="col">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <td>{formatDateTime(locale, message.createdAt, TIME_ZONES[locale])}</td>
                <td>
                  {message.toEmail} ({message.locale})
                </td>
                <td>{message.kind}</td>
                <th scope="row" className="font-normal">
                  <details>
                    <summary className="cursor-pointer font-medium">{message.subject}</summary>
                    <pre className="whitespace-pre-wrap text-sm">{message.body}</pre>
                  </details>
                </th>
                <td>{message.sentAt ? t("sent") : message.error ? t("failed", { error: message.error }) : t("pending")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
