import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { TeamOverview, TeamSwitcher } from "@/components/teams/team-overview";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getTeamOverview, listMyTeams } from "@/lib/teams/data";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("myTeam") };
}

export default async function MyTeamPage() {
  const user = await requireUser();
  const teams = await listMyTeams(prisma, user);
  if (teams.length === 0) {
    const t = await getTranslations("team");
    return (
      <>
        <h1 className="text-2xl font-semibold">{t("noTeamTitle")}</h1>
        <p className="mt-2">{t("noTeamBody")}</p>
      </>
    );
  }
  const overview = await getTeamOverview(prisma, user, teams[0].id);
  if (!overview) notFound();
  return (
    <>
      <TeamSwitcher teams={teams} currentId={teams[0].id} />
      <TeamNav teamId={teams[0].id} current="overview" />
      <TeamOverview overview={overview} />
    </>
  );
}
