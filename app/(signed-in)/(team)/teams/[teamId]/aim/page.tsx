import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getTeamAim } from "@/lib/teams/data";
import { AimForm } from "./aim-form";

export async function generateMetadata() {
  const t = await getTranslations("teamAim");
  return { title: t("title") };
}

export default async function TeamAimPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const data = await getTeamAim(prisma, user, teamId);
  if (!data) notFound();
  const t = await getTranslations("teamAim");
  const { team, canEdit } = data;
  return (
    <div className="flex flex-col gap-6">
      <TeamNav teamId={teamId} current="aim" />
      <div>
        <p className="text-sm text-slate-600">{team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{t("intro")}</p>
      </div>
      <section aria-labelledby="current-aim-heading" className="card">
        <h2 id="current-aim-heading" className="text-lg font-semibold">
          {t("current")}
        </h2>
        <p className="mt-1 whitespace-pre-line" data-testid="current-aim">
          {team.aim || t("noAim")}
        </p>
        {team.collaborative.aim && (
          <>
            <h3 className="mt-3 font-semibold">{t("collaborativeAim")}</h3>
            <p className="mt-1 whitespace-pre-line text-slate-700">{team.collaborative.aim}</p>
          </>
        )}
      </section>
      {canEdit ? <AimForm teamId={team.id} aim={team.aim} version={team.version} /> : <p>{t("readOnly")}</p>}
    </div>
  );
}
