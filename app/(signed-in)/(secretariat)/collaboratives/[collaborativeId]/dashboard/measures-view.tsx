import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SpcChart } from "@/components/charts/spc-chart";
import { FunnelPlot } from "@/components/dashboards/funnel-plot";
import { SmallMultiples } from "@/components/dashboards/small-multiples";
import type { CurrentUser } from "@/lib/auth/session";
import { cachedDashboard } from "@/lib/dashboards/cache";
import { getMeasureDashboard } from "@/lib/dashboards/measure-data";
import { prisma } from "@/lib/db/prisma";
import { dashboardHref } from "./dashboard-tabs";

/** One shared measure across the teams: the pooled chart, the funnel plot of the latest quarter and small multiples. */
export async function MeasuresView({ user, collaborativeId, organisationId, measureId }: { user: CurrentUser; collaborativeId: string; organisationId: string | null; measureId: string | null }) {
  const view = await cachedDashboard(`measure|${user.id}|${collaborativeId}|${organisationId}|${measureId}`, () => getMeasureDashboard(prisma, user, collaborativeId, measureId, organisationId));
  if (!view) return null;
  const t = await getTranslations("dashboardPages.measures");
  const { frame, measure } = view;
  const picker = (
    <nav aria-label={t("pickerLabel")}>
      <ul className="flex flex-wrap gap-2">
        {frame.measures.map((candidate) => (
          <li key={candidate.id}>
            <Link
              href={dashboardHref(collaborativeId, "measures", organisationId, { measure: candidate.id })}
              aria-current={candidate.id === measure?.id ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded border px-3 ${candidate.id === measure?.id ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-400 bg-white hover:bg-slate-100"}`}
            >
              {candidate.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
  if (!measure || !view.pooled || !view.smallMultiples || !view.pooling) {
    return { collaborativeName: frame.collaborative.name, element: <p>{t("noMeasures")}</p> };
  }
  return {
    collaborativeName: frame.collaborative.name,
    element: (
      <>
        {picker}
        <section aria-labelledby="pooled-heading" className="card">
          <h2 id="pooled-heading" className="text-lg font-semibold">
            {t("pooledHeading", { measure: measure.name })}
          </h2>
          <p className="mb-3 mt-1 text-slate-700">{t(`pooling.${view.pooling}`, { teams: view.teamCount })}</p>
          <SpcChart model={view.pooled} title={t("pooledHeading", { measure: measure.name })} filenameParts={[t("pooledFile"), measure.name, frame.collaborative.name]} drawOnServer />
        </section>
        {view.funnel && (
          <section aria-labelledby="funnel-heading" className="card">
            <h2 id="funnel-heading" className="text-lg font-semibold">
              {t("funnelHeading", { measure: measure.name })}
            </h2>
            <p className="mb-3 mt-1 text-slate-700">{t("funnelExplain")}</p>
            <FunnelPlot data={view.funnel} />
          </section>
        )}
        <section aria-labelledby="multiples-heading" className="card">
          <h2 id="multiples-heading" className="text-lg font-semibold">
            {t("multiplesHeading", { measure: measure.name })}
          </h2>
          <p className="mb-3 mt-1 text-slate-700">{t("multiplesExplain")}</p>
          {view.smallMultiples.teams.length === 0 ? <p>{t("noData")}</p> : <SmallMultiples data={view.smallMultiples} teamHrefBase="/teams/" />}
        </section>
      </>
    ),
  };
}
