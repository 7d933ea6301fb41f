import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { ReportAnswers, ReportSnapshotView } from "@/components/reports/report-snapshot";
import { ScoreForm } from "@/components/reports/score-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime, formatMonth } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getTeamReportMonth } from "@/lib/reports/data";
import { scoreKey } from "@/lib/reports/rules";

export async function generateMetadata() {
  const t = await getTranslations("assessments");
  return { title: t("title") };
}

export default async function AssessReportPage({ params }: { params: Promise<{ collaborativeId: string; teamId: string; month: string }> }) {
  const user = await requireUser();
  const { collaborativeId, teamId, month } = await params;
  const data = await getTeamReportMonth(prisma, user, teamId, month);
  // The team must belong to the collaborative in the address.
  if (!data || data.team.collaborativeId !== collaborativeId) notFound();
  const t = await getTranslations("assessments");
  const tReports = await getTranslations("reports");
  const tScale = await getTranslations("assessments.scale");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{data.team.collaborativeName}</p>
        <h1 className="text-2xl font-semibold">{t("heading", { team: data.team.name, month: formatMonth(locale, data.month) })}</h1>
        <p className="mt-1">
          {tReports(`statuses.${data.status}`)}
          {data.report && ` · ${tReports("submittedBy", { name: data.report.submitterName ?? "—", when: formatDateTime(locale, data.report.submittedAt, data.team.timeZone) })}`}
        </p>
        <p>
          <Link className="text-brand-700 underline" href={`/collaboratives/${collaborativeId}/reports`}>
            {t("backToOverview")}
          </Link>
        </p>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborativeId} current="reports" />
      <ReportSnapshotView snapshot={data.snapshot} timeZone={data.team.timeZone} live={!data.report} />
      {data.report ? <ReportAnswers report={data.report} /> : <p className="card">{t("noReportYet")}</p>}
      {data.assessment && (
        <section aria-labelledby="current-score-heading" className="card">
          <h2 id="current-score-heading" className="text-lg font-semibold">
            {t("currentHeading")}
          </h2>
          <p>
            <span className="font-semibold">{tScale(`${scoreKey(data.assessment.score)}.label`)}</span> – {tScale(`${scoreKey(data.assessment.score)}.meaning`)}
          </p>
          {data.assessment.comment && <p className="whitespace-pre-wrap">{data.assessment.comment}</p>}
        </section>
      )}
      {data.report && data.canScore && <ScoreForm reportId={data.report.id} current={data.assessment} />}
    </div>
  );
}
