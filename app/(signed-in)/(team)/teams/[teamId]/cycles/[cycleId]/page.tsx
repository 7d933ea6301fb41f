import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CycleWorkspace } from "@/components/pdsa/cycle-workspace";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getCycle } from "@/lib/pdsa/data";
import { OPEN_STATES } from "@/lib/pdsa/rules";

export async function generateMetadata() {
  const t = await getTranslations("pdsa");
  return { title: t("cycleOf") };
}

export default async function CyclePage({ params }: { params: Promise<{ teamId: string; cycleId: string }> }) {
  const user = await requireUser();
  const { teamId, cycleId } = await params;
  const loaded = await getCycle(prisma, user, teamId, cycleId);
  if (!loaded) notFound();
  const { cycle } = loaded;
  const t = await getTranslations("pdsa");
  const tEnums = await getTranslations("enums");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const steps = [...OPEN_STATES, "DONE"] as const;

  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="cycles" />
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/teams/${teamId}/cycles`} className="text-brand-700 underline">{t("backToCycles")}</Link> · {loaded.team.name}
        </p>
        <h1 className="text-2xl font-semibold">{cycle.title}</h1>
        <p className="mt-1 text-slate-700">
          {tEnums(`cycleState.${cycle.state}`)}
          {cycle.scale && ` · ${cycle.scale}`} · {t("owner")}: {cycle.owner?.name ?? t("noOwner")}
        </p>
        {cycle.changeIdea && (
          <p className="mt-1">
            {t("changeIdeaLabel")}: {cycle.changeIdea.title} ·{" "}
            <Link href={`/teams/${teamId}/ramps/${cycle.changeIdea.id}`} className="text-brand-700 underline">{t("viewRamp")}</Link>
          </p>
        )}
        {cycle.previousCycle && (
          <p className="mt-1">
            <Link href={`/teams/${teamId}/cycles/${cycle.previousCycle.id}`} className="text-brand-700 underline">{t("previousCycle", { title: cycle.previousCycle.title })}</Link>
          </p>
        )}
        {cycle.nextCycle && (
          <p className="mt-1">
            <Link href={`/teams/${teamId}/cycles/${cycle.nextCycle.id}`} className="text-brand-700 underline">{t("nextCycle", { title: cycle.nextCycle.title })}</Link>
          </p>
        )}
      </div>
      {cycle.state !== "ABANDONED" && (
        <nav aria-label={t("stepsLabel")}>
          <ol className="flex flex-wrap gap-2">
            {steps.map((step) => (
              <li
                key={step}
                aria-current={cycle.state === step ? "step" : undefined}
                className={`rounded border px-3 py-1 ${cycle.state === step ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
              >
                {tEnums(`cycleState.${step}`)}
                {cycle.state === step && <span className="sr-only"> ({t("currentStep")})</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <CycleWorkspace
        key={cycle.id}
        cycle={{
          id: cycle.id,
          teamId,
          version: cycle.version,
          state: cycle.state,
          title: cycle.title,
          scale: cycle.scale,
          objective: cycle.objective,
          who: cycle.who,
          what: cycle.what,
          where: cycle.where,
          whenText: cycle.whenText,
          dataCollectionPlan: cycle.dataCollectionPlan,
          plannedStart: cycle.plannedStart ? cycle.plannedStart.toISOString().slice(0, 10) : null,
          observations: cycle.observations,
          surprises: cycle.surprises,
          learningSummary: cycle.learningSummary,
          decision: cycle.decision,
          decisionNote: cycle.decisionNote,
          abandonReason: cycle.abandonReason,
          hasNext: cycle.nextCycle !== null,
          predictions: cycle.predictions.map((p) => ({ id: p.id, question: p.question, prediction: p.prediction, outcome: p.outcome, held: p.held })),
          measureIds: cycle.measures.map((m) => m.measureId),
          comments: cycle.comments.map((c) => ({ id: c.id, text: c.text, authorName: c.authorName, createdAt: c.createdAt.toISOString() })),
        }}
        measures={loaded.measures}
        canWrite={loaded.canWrite}
        canComment={loaded.canComment}
        commentDates={Object.fromEntries(cycle.comments.map((c) => [c.id, formatDateTime(locale, c.createdAt, "Europe/Copenhagen")]))}
      />
    </div>
  );
}
