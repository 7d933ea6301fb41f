import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

/** The prefilled part of a report, read-only: completed cycles, data completeness and signals. */
export async function ReportSnapshotView({ snapshot, timeZone, live }: { snapshot: ReportSnapshot; timeZone: string; live: boolean }) {
  const t = await getTranslations("reports.snapshot");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  return (
    <section aria-labelledby="snapshot-heading" className="card flex flex-col gap-3">
      <h2 id="snapshot-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{live ? t("live") : t("frozen")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("cyclesCompleted")}</dt>
        <dd>{formatNumber(locale, snapshot.cyclesCompleted)}</dd>
        <dt className="font-medium">{t("completeness")}</dt>
        <dd>{snapshot.completeness === null ? t("noDataExpected") : `${formatNumber(locale, snapshot.completeness * 100, 0)} %`}</dd>
      </dl>
      {snapshot.cycles.length > 0 && (
        <>
          <h3 className="font-semibold">{t("cyclesHeading")}</h3>
          <ul className="list-disc pl-6">
            {snapshot.cycles.map((cycle) => (
              <li key={cycle.id}>
                {cycle.title}
                {cycle.completedAt && ` (${formatDate(locale, new Date(cycle.completedAt), timeZone)})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {snapshot.measures.length > 0 && (
        <table className="data-table">
          <caption className="text-left font-semibold">{t("signalsHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("measure")}</th>
              <th scope="col">{t("dataPoints")}</th>
              <th scope="col">{t("signal")}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.measures.map((measure) => (
              <tr key={measure.id}>
                <th scope="row">{measure.name}</th>
                <td>{t("found", { found: measure.found, expected: measure.expected })}</td>
                <td>{t(`verdict.${measure.verdict}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The contact person's three answers of a submitted report. */
export async function ReportAnswers({ report }: { report: { wentWell: string; barriers: string; helpNeeded: string } }) {
  const t = await getTranslations("reports.fields");
  const tr = await getTranslations("reports");
  return (
    <section aria-labelledby="answers-heading" className="card flex flex-col gap-2">
      <h2 id="answers-heading" className="text-lg font-semibold">
        {tr("answersHeading")}
      </h2>
      {(["wentWell", "barriers", "helpNeeded"] as const).map((field) => (
        <div key={field}>
          <h3 className="font-semibold">{t(field)}</h3>
          <p className="whitespace-pre-wrap">{report[field] || tr("empty")}</p>
        </div>
      ))}
    </section>
  );
}
