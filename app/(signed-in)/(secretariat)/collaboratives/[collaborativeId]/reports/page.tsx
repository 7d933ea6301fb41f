import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatMonth } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getCollaborativeReports } from "@/lib/reports/data";
import { scoreKey } from "@/lib/reports/rules";

export async function generateMetadata() {
  const t = await getTranslations("reports.secretariat");
  return { title: t("title") };
}

export default async function CollaborativeReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ collaborativeId: string }>;
  searchParams: Promise<{ month?: string }>;
}) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const { month } = await searchParams;
  const data = await getCollaborativeReports(prisma, user, collaborativeId, typeof month === "string" && month ? month : null);
  if (!data) notFound();
  const t = await getTranslations("reports.secretariat");
  const tReports = await getTranslations("reports");
  const tScale = await getTranslations("assessments.scale");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const base = `/collaboratives/${collaborativeId}/reports`;
  const overdueTeams = data.rows.filter((row) => row.overdue.length > 0).length;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{data.collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{tReports("deadlineRule")}</p>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborativeId} current="reports" />
      <form method="get" action={base} className="card flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="month-filter" className="font-medium">
            {t("filterLabel")}
          </label>
          <select id="month-filter" name="month" defaultValue={data.filter ?? ""} className="input min-h-11">
            <option value="">{t("latest")}</option>
            {data.months.map((m) => (
              <option key={m.key} value={m.key}>
                {formatMonth(locale, m.month)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary min-h-11">
          {t("filter")}
        </button>
      </form>
      <p role="status">{t("overdueSummary", { count: overdueTeams })}</p>
      <table className="data-table">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("team")}</th>
            {data.filter ? (
              <>
                <th scope="col">{t("monthReport")}</th>
                <th scope="col">{t("monthScore")}</th>
              </>
            ) : (
              <>
                <th scope="col">{t("latestReport")}</th>
                <th scope="col">{t("latestScore")}</th>
              </>
            )}
            <th scope="col">{t("overdue")}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => {
            const report = data.filter ? row.monthReport : row.latestReport;
            const score = data.filter ? row.monthAssessment?.score : row.latestAssessment?.score;
            return (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>
                  {report ? (
                    <Link className="text-brand-700 underline" href={`${base}/${row.id}/${report.key}`}>
                      {t("openReport", { month: formatMonth(locale, new Date(`${report.key}-01T00:00:00Z`)) })}
                    </Link>
                  ) : (
                    t("noReport")
                  )}
                  {!data.filter && row.latestUnscored && <span className="block text-sm font-semibold text-amber-900">{t("unscored")}</span>}
                </td>
                <td>
                  {score !== undefined ? tScale(`${scoreKey(score)}.label`) : "—"}
                  {!data.filter && row.latestAssessment && <span className="block text-sm text-slate-700">{formatMonth(locale, row.latestAssessment.month)}</span>}
                </td>
                <td className={row.overdue.length > 0 ? "font-semibold text-red-800" : undefined}>
                  {row.overdue.length === 0 ? t("none") : row.overdue.map((m) => formatMonth(locale, m.month)).join(", ")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
