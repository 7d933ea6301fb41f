import "server-only";
import { createTranslator } from "next-intl";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db/client";
import { formatMonth } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { deliverPendingMessages } from "@/lib/notifications/deliver";
import { queueMessage } from "@/lib/notifications/outbox";
import { monthKey, monthStatus, reportMonthFor, startOfMonth } from "./rules";

export type ReminderKind = "REPORT_DUE" | "REPORT_OVERDUE";

/**
 * The OutboxMessage.kind of one reminder. Deduplication (our choice): the kind carries the month and
 * the team, "REPORT_DUE:2026-10:<teamId>", so a reminder is queued at most once per contact person,
 * team, month and kind, whatever language the subject was written in, and a person who is the contact
 * of two teams gets one reminder for each. Filter the outbox on the prefix "REPORT_DUE:" / "REPORT_OVERDUE:".
 */
export function reminderKind(kind: ReminderKind, month: Date, teamId: string): string {
  return `${kind}:${monthKey(month)}:${teamId}`;
}

function appUrl(): string {
  return (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}

export type ReminderCounts = { month: string; kind: ReminderKind | null; teams: number; queued: number; skipped: number };

/**
 * Meant for a daily run (scripts/send-report-reminders.ts). For last month's report (lib/reports/rules.ts):
 * from the 1st it is due, from the 11th overdue. Every ACTIVE or ENROLLED team of an ACTIVE collaborative
 * that has not submitted it, and whose reporting had begun by then, gets one REPORT_DUE or REPORT_OVERDUE
 * e-mail per active contact person, in that person's language, at most once (see reminderKind). All rows
 * and one audit event (actor null, "reports.remind") in one transaction; delivery after the commit.
 */
export async function queueReportReminders(db: Db, now: Date = new Date()): Promise<ReminderCounts> {
  const month = reportMonthFor(now);
  const key = monthKey(month);
  const status = monthStatus(month, now, false);
  const kind: ReminderKind | null = status === "overdue" ? "REPORT_OVERDUE" : status === "due" ? "REPORT_DUE" : null;
  if (!kind) return { month: key, kind, teams: 0, queued: 0, skipped: 0 };

  const counts = await db.$transaction(async (tx) => {
    const teams = await tx.team.findMany({
      where: {
        status: { in: ["ACTIVE", "ENROLLED"] },
        collaborative: { status: "ACTIVE" },
        reports: { none: { month } },
      },
      select: {
        id: true,
        name: true,
        startDate: true,
        collaborative: { select: { startDate: true } },
        members: {
          where: { role: "CONTACT_PERSON", user: { deactivatedAt: null } },
          select: { user: { select: { id: true, email: true, locale: true } } },
        },
      },
      orderBy: { id: "asc" },
    });
    const due = teams.filter((team) => startOfMonth(team.startDate ?? team.collaborative.startDate).getTime() <= month.getTime());
    const kinds = due.map((team) => reminderKind(kind, month, team.id));
    const existing = await tx.outboxMessage.findMany({ where: { kind: { in: kinds } }, select: { userId: true, kind: true } });
    const sent = new Set(existing.map((row) => `${row.userId}|${row.kind}`));
    let queued = 0;
    let skipped = 0;
    for (const team of due) {
      const teamKind = reminderKind(kind, month, team.id);
      for (const { user } of team.members) {
        if (sent.has(`${user.id}|${teamKind}`)) {
          skipped++;
          continue;
        }
        const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
        const t = createTranslator({
          locale,
          messages: await loadMessages(locale),
          namespace: kind === "REPORT_DUE" ? "emails.reportDue" : "emails.reportOverdue",
        });
        const values = { team: team.name, month: formatMonth(locale, month), link: `${appUrl()}/teams/${team.id}/reports/${key}` };
        await queueMessage(tx, { userId: user.id, toEmail: user.email, locale, kind: teamKind, subject: t("subject", values), body: t("body", values) });
        sent.add(`${user.id}|${teamKind}`);
        queued++;
      }
    }
    const result: ReminderCounts = { month: key, kind, teams: due.length, queued, skipped };
    await recordAudit(tx, { actorId: null, action: "reports.remind", entityType: "ActionPeriodReport", entityId: key, after: result });
    return result;
  });
  await deliverPendingMessages(db);
  return counts;
}
