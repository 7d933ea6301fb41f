import { createTranslator } from "next-intl";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { loadMessages } from "@/lib/i18n/messages";
import { listRegistrationsForExport } from "@/lib/seminars/data";
import { utcToZonedLocal } from "@/lib/seminars/time";

/** A cell for CSV: quoted, and a leading formula character neutralised so spreadsheets show text. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The secretariat's export of a collaborative's seminar registrations, in the user's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { collaborativeId } = await params;
  const rows = await listRegistrationsForExport(prisma, user, collaborativeId);
  if (!rows) return new Response("Not found", { status: 404 });
  const t = createTranslator({ locale: user.locale, messages: await loadMessages(user.locale), namespace: "seminars" });
  const header = (["number", "title", "startsAt", "team", "name", "email", "mode", "status", "attendance", "registeredAt"] as const).map((key) => t(`csv.${key}`));
  const lines = rows.map((row) =>
    [
      row.seminar.number,
      row.seminar.title,
      utcToZonedLocal(row.seminar.startsAt, row.seminar.timeZone).replace("T", " "),
      row.team?.name ?? t("registrations.noTeam"),
      row.user.name,
      row.user.email,
      t(`mode.${row.mode as "IN_PERSON" | "REMOTE"}`),
      t(`registrationStatus.${row.status as "REGISTERED" | "WAITLISTED" | "CANCELLED"}`),
      t(`attendance.${(row.attendance ?? "none") as "IN_PERSON" | "REMOTE" | "ABSENT" | "none"}`),
      utcToZonedLocal(row.createdAt, row.seminar.timeZone).replace("T", " "),
    ]
      .map(cell)
      .join(";"),
  );
  const body = "\uFEFF" + [header.map(cell).join(";"), ...lines].join("\r\n") + "\r\n";
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="seminar-registrations.csv"` },
  });
}
