import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getRamp } from "@/lib/pdsa/data";

export async function generateMetadata() {
  const t = await getTranslations("pdsa");
  return { title: t("title") };
}

export default async function RampPage({ params }: { params: Promise<{ teamId: string; changeIdeaId: string }> }) {
  const user = await requireUser();
  const { teamId, changeIdeaId } = await params;
  const ramp = await getRamp(prisma, user, teamId, changeIdeaId);
  if (!ramp) notFound();
  const t = await getTranslations("pdsa");
  const tEnums = await getTranslations("enums");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const status = ["IDEA", "TESTING", "ADOPTED", "ABANDONED"].includes(ramp.changeIdea.status) ? t(`changeIdeaStatuses.${ramp.changeIdea.status}`) : ramp.changeIdea.status;

  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="cycles" />
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/teams/${teamId}/cycles`} className="text-brand-700 underline">{t("backToCycles")}</Link> · {ramp.team.name}
        </p>
        <h1 className="text-2xl font-semibold">{t("rampTitle", { title: ramp.changeIdea.title })}</h1>
        <p className="mt-1">{t("rampIntro")}</p>
        <p className="mt-1">{t("changeIdeaStatus", { status })}</p>
        {ramp.canWrite && (
          <p className="mt-2">
            <Link href={`/teams/${teamId}/cycles/new?changeIdeaId=${ramp.changeIdea.id}`} className="btn-secondary inline-flex min-h-11 items-center">
              {t("startFromChangeIdea")}
            </Link>
          </p>
        )}
      </div>
      {ramp.cycles.length === 0 ? (
        <p>{t("rampEmpty")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {ramp.cycles.map((cycle, index) => (
            <li key={cycle.id} className="card">
              <h2 className="text-lg font-semibold">
                {t("rampStep", { number: index + 1 })}:{" "}
                <Link href={`/teams/${teamId}/cycles/${cycle.id}`} className="text-brand-700 underline">{cycle.title}</Link>
              </h2>
              <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium">{t("colScale")}</dt>
                <dd>{cycle.scale || "—"}</dd>
                <dt className="font-medium">{t("colState")}</dt>
                <dd>{tEnums(`cycleState.${cycle.state}`)}</dd>
                <dt className="font-medium">{t("colDecision")}</dt>
                <dd>
                  {cycle.decision ? tEnums(`decision.${cycle.decision}`) : "—"}
                  {cycle.decisionNote && ` – ${cycle.decisionNote}`}
                </dd>
                <dt className="font-medium">{t("colCreated")}</dt>
                <dd>{formatDate(locale, cycle.createdAt, "UTC")}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
