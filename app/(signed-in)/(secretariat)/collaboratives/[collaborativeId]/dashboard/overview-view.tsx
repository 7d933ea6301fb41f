import { getTranslations } from "next-intl/server";
import { CycleActivity } from "@/components/dashboards/cycle-activity";
import { ScoreDistribution } from "@/components/dashboards/score-distribution";
import type { CurrentUser } from "@/lib/auth/session";
import { cachedDashboard } from "@/lib/dashboards/cache";
import { getCollaborativeDashboard, RECENT_CYCLE_DAYS } from "@/lib/dashboards/collaborative-data";
import { prisma } from "@/lib/db/prisma";
import { TeamsTable } from "./teams-table";

/** The teams at a glance: the teams table, the assessment scores month by month and PDSA activity. */
export async function OverviewView({ user, collaborativeId, organisationId }: { user: CurrentUser; collaborativeId: string; organisationId: string | null }) {
  const dashboard = await cachedDashboard(`overview|${user.id}|${collaborativeId}|${organisationId}`, () => getCollaborativeDashboard(prisma, user, collaborativeId, organisationId));
  if (!dashboard) return null;
  const t = await getTranslations("dashboardPages");
  const summary = {
    teams: dashboard.teams.length,
    improving: dashboard.teams.filter((team) => Object.values(team.verdicts).includes("improving")).length,
    days: RECENT_CYCLE_DAYS,
    cycles: dashboard.teams.reduce((sum, team) => sum + team.cyclesCompletedRecently, 0),
  };
  return {
    collaborativeName: dashboard.collaborative.name,
    element: (
      <>
        <section aria-labelledby="teams-heading" className="card">
          <h2 id="teams-heading" className="text-lg font-semibold">
            {t("teams.heading")}
          </h2>
          <p className="mb-3 mt-1 text-slate-700">{t("teams.summary", summary)}</p>
          <p className="mb-3 text-sm text-slate-700">{t("teams.explain", { days: RECENT_CYCLE_DAYS })}</p>
          {dashboard.teams.length === 0 ? (
            <p>{t("teams.none")}</p>
          ) : (
            <TeamsTable rows={dashboard.teams} measures={dashboard.measures.map(({ id, name }) => ({ id, name }))} collaborativeName={dashboard.collaborative.name} />
          )}
        </section>
        <section aria-labelledby="scores-heading" className="card">
          <h2 id="scores-heading" className="text-lg font-semibold">
            {t("scores.heading")}
          </h2>
          <ScoreDistribution months={dashboard.scoreMonths} />
        </section>
        <section aria-labelledby="activity-heading" className="card">
          <h2 id="activity-heading" className="text-lg font-semibold">
            {t("activity.heading")}
          </h2>
          <CycleActivity months={dashboard.cycleMonths} />
        </section>
      </>
    ),
  };
}
