import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CsvDownloadButton } from "@/components/ui/csv-download-button";
import { requireUser } from "@/lib/auth/session";
import { cachedDashboard } from "@/lib/dashboards/cache";
import { getRegionalDashboard } from "@/lib/dashboards/regional-data";
import { prisma } from "@/lib/db/prisma";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("overview") };
}

/**
 * The regional dashboard, the manager's landing page: every collaborative with teams in scope, its
 * teams, open PDSA cycles, teams improving and data completeness; a filter by organisation; each
 * row drills down to the collaborative dashboard (with the same filter) and from there to the teams.
 */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ organisation?: string }> }) {
  const user = await requireUser();
  const organisation = (await searchParams).organisation ?? null;
  const dashboard = await cachedDashboard(`regional|${user.id}|${organisation}`, () => getRegionalDashboard(prisma, user, organisation));
  if (!dashboard) notFound();
  const t = await getTranslations("dashboardPages.regional");
  const tStatus = await getTranslations("enums.collaborativeStatus");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const { collaboratives, organisations, organisationId } = dashboard;
  const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(locale, value * 100, 0)} %`);
  const drillDown = (id: string) => `/collaboratives/${id}/dashboard${organisationId ? `?organisation=${organisationId}` : ""}`;
  const header = [t("collaborative"), t("status"), t("teams"), t("activeCycles"), t("teamsImproving"), t("completeness")];
  const totals = {
    collaboratives: collaboratives.length,
    teams: collaboratives.reduce((sum, row) => sum + row.teams, 0),
    improving: collaboratives.reduce((sum, row) => sum + row.teamsImproving, 0),
  };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("summary", totals)}</p>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("organisationFilter")}</span>
          <select name="organisation" defaultValue={organisationId ?? ""} className="input min-h-11">
            <option value="">{t("allOrganisations")}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {`${"\u00a0\u00a0".repeat(organisation.depth)}${organisation.name}`}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-primary min-h-11">
          {t("applyFilter")}
        </button>
      </form>
      <section aria-labelledby="regional-heading" className="card">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="regional-heading" className="text-lg font-semibold">
            {t("tableHeading")}
          </h2>
          <CsvDownloadButton
            label={t("downloadCsv")}
            header={header}
            rows={collaboratives.map((row) => [row.name, tStatus(row.status), row.teams, row.activeCycles, row.teamsImproving, row.completeness === null ? null : Math.round(row.completeness * 100)])}
            filenameParts={[t("filename")]}
          />
        </div>
        <p className="mb-3 text-sm text-slate-700">{t("explain")}</p>
        {collaboratives.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t("tableHeading")}</caption>
              <thead>
                <tr>
                  {header.map((label) => (
                    <th key={label} scope="col">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {collaboratives.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link href={drillDown(row.id)} className="text-brand-700 underline">
                        {row.name}
                      </Link>
                      <span className="block text-sm font-normal text-slate-700">{row.topic}</span>
                    </th>
                    <td>{tStatus(row.status)}</td>
                    <td>{row.teams}</td>
                    <td>{row.activeCycles}</td>
                    <td>{t("improvingOf", { improving: row.teamsImproving, teams: row.teams })}</td>
                    <td>{percent(row.completeness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
