import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamStoryboard } from "@/lib/storyboard/data";

const CHANGE_IDEA_STATUSES = ["IDEA", "TESTING", "ADOPTED", "ABANDONED"];

/** The team's PDSA cycles as ramps per change idea, newest first: state, scale, dates, decision and learning. */
export async function CycleRamps({ storyboard, locale }: { storyboard: TeamStoryboard; locale: Locale }) {
  const t = await getTranslations("storyboard");
  const tPdsa = await getTranslations("pdsa");
  const tEnums = await getTranslations("enums");
  const { team, ramps } = storyboard;
  if (ramps.length === 0) return <p>{t("noCycles")}</p>;
  const date = (value: Date) => formatDate(locale, value, team.timeZone);

  return (
    <div className="flex flex-col gap-6">
      {ramps.map((ramp) => {
        const idea = ramp.changeIdea;
        const headingId = `ramp-${idea?.id ?? "none"}`;
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h3 id={headingId} className="text-lg font-semibold break-after-avoid">
              {idea ? t("rampHeading", { title: idea.title }) : t("noChangeIdea")}
            </h3>
            <p className="text-sm text-slate-700">
              {idea && CHANGE_IDEA_STATUSES.includes(idea.status) && `${tPdsa("changeIdeaStatus", { status: tPdsa(`changeIdeaStatuses.${idea.status}`) })} · `}
              {t("cycleCount", { count: ramp.cycles.length })}
            </p>
            <ol className="mt-2 flex flex-col gap-3">
              {ramp.cycles.map((cycle) => (
                <li key={cycle.id} className="break-inside-avoid rounded border border-slate-200 p-3">
                  <h4 className="font-semibold">
                    <Link href={`/teams/${team.id}/cycles/${cycle.id}`} className="text-brand-700 underline print:text-slate-900 print:no-underline">
                      {cycle.title}
                    </Link>
                  </h4>
                  <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">{t("state")}</dt>
                    <dd>{tEnums(`cycleState.${cycle.state}`)}</dd>
                    <dt className="font-medium">{t("scale")}</dt>
                    <dd>{cycle.scale || "—"}</dd>
                    <dt className="font-medium">{t("dates")}</dt>
                    <dd>
                      {!cycle.startedAt
                        ? t("notStarted", { created: date(cycle.createdAt) })
                        : cycle.completedAt
                          ? t("startedCompleted", { started: date(cycle.startedAt), completed: date(cycle.completedAt) })
                          : t("startedOnly", { started: date(cycle.startedAt) })}
                    </dd>
                    {cycle.decision && (
                      <>
                        <dt className="font-medium">{t("decision")}</dt>
                        <dd>
                          {tEnums(`decision.${cycle.decision}`)}
                          {cycle.decisionNote && ` – ${cycle.decisionNote}`}
                        </dd>
                      </>
                    )}
                    {cycle.state === "ABANDONED" && cycle.abandonReason && (
                      <>
                        <dt className="font-medium">{t("abandonReason")}</dt>
                        <dd className="whitespace-pre-line">{cycle.abandonReason}</dd>
                      </>
                    )}
                    <dt className="font-medium">{t("learning")}</dt>
                    <dd className="whitespace-pre-line">{cycle.learningSummary || t("noLearning")}</dd>
                  </dl>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
