import { getTranslations } from "next-intl/server";
import { CompletenessHeatMap } from "@/components/dashboards/completeness-heat-map";
import type { CurrentUser } from "@/lib/auth/session";
import { cachedDashboard } from "@/lib/dashboards/cache";
import { getCompletenessHeatMap, HEAT_MAP_MONTHS } from "@/lib/dashboards/completeness-data";
import { prisma } from "@/lib/db/prisma";

/** Teams × the last twelve months: how much of the shared measures' data is in, each gap a link to fill it. */
export async function CompletenessView({ user, collaborativeId, organisationId }: { user: CurrentUser; collaborativeId: string; organisationId: string | null }) {
  const view = await cachedDashboard(`completeness|${user.id}|${collaborativeId}|${organisationId}`, () => getCompletenessHeatMap(prisma, user, collaborativeId, organisationId));
  if (!view) return null;
  const t = await getTranslations("dashboardPages.completeness");
  return {
    collaborativeName: view.frame.collaborative.name,
    element: (
      <section aria-labelledby="completeness-heading" className="card">
        <h2 id="completeness-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="mb-3 mt-1 text-slate-700">{t("explain", { months: HEAT_MAP_MONTHS })}</p>
        {view.heatMap.rows.length === 0 ? <p>{t("none")}</p> : <CompletenessHeatMap data={view.heatMap} />}
      </section>
    ),
  };
}
