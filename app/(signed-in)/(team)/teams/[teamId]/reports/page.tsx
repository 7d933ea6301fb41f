import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDate, formatMonth } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getTeamReports } from "@/lib/reports/data";
import { scoreKey } from "@/lib/reports/rules";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

const STATUS_CLASS: Record<string, string> = {
  submitted: "text-green-800",
  due: "text-amber-900 font-semibold",
  overdue: "text-red-800 font-semibold",
  open: "text-slate-700",
};

export default async function TeamReportsPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const data = await getTeamReports(prisma, user, teamId);
  if (!data) notFound();
  const t = await getTranslations("reports");
  const tScale = await getTranslations("assessments.scale");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="reports" />
      <div>
        <p className="text-sm text-slate-600">{data.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{t("deadlineRule")}</p>
      </div>
      {data.months.length === 0 ? (
        <p>{t("noMonths")}</p>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("comment")}</th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  <Link className="text-brand-700 underline" href={`/teams/${teamId}/reports/${row.key}`}>
                    {formatMonth(locale, row.month)}
                  </Link>
                </th>
                <td className={STATUS_CLASS[row.status]}>
                  {t(`statuses.${row.status}`)}
                  {row.submittedAt && <span className="block text-sm text-slate-700">{formatDate(locale, row.submittedAt, data.team.timeZone)}</span>}
                </td>
                <td>{row.assessment ? tScale(`${scoreKey(row.assessment.score)}.label`) : t("notScored")}</td>
                <td className="whitespace-pre-wrap">{row.assessment?.comment || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
