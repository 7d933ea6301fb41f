import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportForm } from "@/components/reports/report-form";
import { ReportAnswers, ReportSnapshotView } from "@/components/reports/report-snapshot";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime, formatMonth } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getTeamReportMonth, getUpcomingReportMonth } from "@/lib/reports/data";
import { parseMonthKey, scoreKey } from "@/lib/reports/rules";
import { ReportNotOpen } from "./report-not-open";

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  const t = await getTranslations("reports");
  const month = parseMonthKey((await params).month);
  if (!month) return { title: t("monthTitle") };
  const rawLocale = await getLocale();
  return { title: t("monthHeading", { month: formatMonth(isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE, month) }) };
}

export default async function TeamReportMonthPage({ params }: { params: Promise<{ teamId: string; month: string }> }) {
  const user = await requireUser();
  const { teamId, month } = await params;
  const data = await getTeamReportMonth(prisma, user, teamId, month);
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  if (!data) {
    // The month still running says when its report opens; later months and bad addresses are 404.
    const upcoming = await getUpcomingReportMonth(prisma, user, teamId, month);
    if (!upcoming) notFound();
    return <ReportNotOpen locale={locale} upcoming={upcoming} />;
  }
  const t = await getTranslations("reports");
  const tScale = await getTranslations("assessments.scale");
  const monthName = formatMonth(locale, data.month);
  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="reports" />
      <div>
        <p className="text-sm text-slate-600">{data.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("monthHeading", { month: monthName })}</h1>
        <p className="mt-1">
          {t(`statuses.${data.status}`)}
          {data.report && ` · ${t("submittedBy", { name: data.report.submitterName ?? "—", when: formatDateTime(locale, data.report.submittedAt, data.team.timeZone) })}`}
        </p>
        <p>
          <Link className="text-brand-700 underline" href={`/teams/${teamId}/reports`}>
            {t("backToList")}
          </Link>
        </p>
      </div>
      <ReportSnapshotView snapshot={data.snapshot} timeZone={data.team.timeZone} live={!data.report} />
      {data.report ? (
        <ReportForm teamId={teamId} month={data.key} submitted={<ReportAnswers report={data.report} />} />
      ) : data.canSubmit ? (
        <ReportForm teamId={teamId} month={data.key} />
      ) : (
        <p className="card">{t("notSubmittedReadOnly")}</p>
      )}
      {data.report && (
        <section aria-labelledby="assessment-heading" className="card">
          <h2 id="assessment-heading" className="text-lg font-semibold">
            {t("assessmentHeading")}
          </h2>
          {data.assessment ? (
            <>
              <p>
                <span className="font-semibold">{tScale(`${scoreKey(data.assessment.score)}.label`)}</span> – {tScale(`${scoreKey(data.assessment.score)}.meaning`)}
              </p>
              {data.assessment.comment && <p className="whitespace-pre-wrap">{data.assessment.comment}</p>}
            </>
          ) : (
            <p>{t("notScored")}</p>
          )}
        </section>
      )}
    </div>
  );
}
