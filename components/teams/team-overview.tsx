import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatMonth, formatNumber, isoWeekOf } from "@/lib/i18n/format";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { getTeamOverview } from "@/lib/teams/data";

type Overview = NonNullable<Awaited<ReturnType<typeof getTeamOverview>>>;

/** The team's page at a glance: aim, measures with their latest values, open cycles, next seminar. */
export async function TeamOverview({ overview }: { overview: Overview }) {
  const t = await getTranslations("team");
  const tEnums = await getTranslations("enums");
  const tCommon = await getTranslations("common");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const { team, measures, openCycles, nextSeminar } = overview;

  const periodLabel = (date: Date, frequency: string) => {
    if (frequency === "MONTHLY") return formatMonth(locale, date);
    const { week, year } = isoWeekOf(date);
    return tCommon("weekLabel", { week, year });
  };

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-600">
          {team.collaborative.name} · {team.microsystem.organisation.name} ·{" "}
          <Link className="text-brand-700 underline" href={`/microsystems/${team.microsystem.id}`}>
            {t("microsystemLink")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
      </div>

      <section aria-labelledby="aim-heading" className="card">
        <h2 id="aim-heading" className="text-lg font-semibold">
          {t("aim")}
        </h2>
        <p className="mt-1 whitespace-pre-line">{team.aim || t("noAim")}</p>
      </section>

      <section aria-labelledby="measures-heading" className="card">
        <h2 id="measures-heading" className="text-lg font-semibold">
          {t("measures")}
        </h2>
        {measures.length === 0 ? (
          <p className="mt-1">{t("noMeasures")}</p>
        ) : (
          <table className="data-table mt-2">
            <thead>
              <tr>
                <th scope="col">{t("measure")}</th>
                <th scope="col">{t("measureType")}</th>
                <th scope="col">{t("latestValue")}</th>
                <th scope="col">{t("period")}</th>
                <th scope="col">{t("goal")}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.id}>
                  <th scope="row" className="font-medium">
                    <Link href={`/teams/${team.id}/measures/${measure.id}`} className="text-brand-700 underline">
                      {measure.name}
                    </Link>
                    {measure.teamId && <span className="ml-2 text-xs text-slate-600">{t("teamOwnMeasure")}</span>}
                  </th>
                  <td>{tEnums(`measureType.${measure.type}`)}</td>
                  <td>
                    {measure.latest?.value != null
                      ? `${formatNumber(locale, measure.latest.value, 1)}${measure.unit ? ` ${measure.unit}` : ""}`
                      : t("noData")}
                  </td>
                  <td>{measure.latest ? periodLabel(measure.latest.periodStart, measure.frequency) : "—"}</td>
                  <td>
                    {measure.goal != null
                      ? t(measure.direction === "DOWN" ? "goalAtMost" : "goalAtLeast", { goal: formatNumber(locale, measure.goal, 1) })
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="cycles-heading" className="card">
          <h2 id="cycles-heading" className="text-lg font-semibold">
            {t("openCycles")}
          </h2>
          {openCycles.length === 0 ? (
            <p className="mt-1">{t("noOpenCycles")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-2">
              {openCycles.map((cycle) => (
                <li key={cycle.id} className="rounded border border-slate-200 p-2">
                  <p className="font-medium"><Link href={`/teams/${team.id}/cycles/${cycle.id}`} className="text-brand-700 underline">{cycle.title}</Link></p>
                  <p className="text-sm text-slate-700">
                    {tEnums(`cycleState.${cycle.state}`)}
                    {cycle.scale && ` · ${cycle.scale}`}
                    {cycle.changeIdea && ` · ${cycle.changeIdea.title}`}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="seminar-heading" className="card">
          <h2 id="seminar-heading" className="text-lg font-semibold">
            {t("nextSeminar")}
          </h2>
          {nextSeminar ? (
            <div className="mt-1">
              <p className="font-medium">{t("seminarTitle", { number: nextSeminar.number, title: nextSeminar.title })}</p>
              <p>{formatDateTime(locale, nextSeminar.startsAt, nextSeminar.timeZone)}</p>
              {nextSeminar.venue && <p className="text-slate-700">{nextSeminar.venue}</p>}
            </div>
          ) : (
            <p className="mt-1">{t("noSeminar")}</p>
          )}
        </section>
      </div>
    </div>
  );
}

/** Links between a user's teams when they are on more than one. */
export async function TeamSwitcher({ teams, currentId }: { teams: { id: string; name: string }[]; currentId: string }) {
  if (teams.length < 2) return null;
  const t = await getTranslations("team");
  return (
    <nav aria-label={t("yourTeams")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {teams.map((team) => (
          <li key={team.id}>
            <Link href={`/teams/${team.id}`} aria-current={team.id === currentId ? "page" : undefined} className="btn-secondary inline-block">
              {team.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
