import { notFound } from "next/navigation";
import { TeamNav } from "@/components/teams/team-nav";
import { TeamOverview } from "@/components/teams/team-overview";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getTeamOverview } from "@/lib/teams/data";
import { getTranslations } from "next-intl/server";
import { teamPageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ teamId: string }> }) {
  const t = await getTranslations("teamNav");
  return teamPageTitle((await params).teamId, t("overview"));
}

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  // Outside the user's scope the team does not exist for them: the same 404 as an unknown id.
  const overview = await getTeamOverview(prisma, user, teamId);
  if (!overview) notFound();
  return (
    <>
      <TeamNav teamId={teamId} current="overview" />
      <TeamOverview overview={overview} />
    </>
  );
}
