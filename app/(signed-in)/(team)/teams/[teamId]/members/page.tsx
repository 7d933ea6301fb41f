import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getTeamMembers } from "@/lib/teams/data";
import { MembersManager } from "./members-manager";

export async function generateMetadata() {
  const t = await getTranslations("teamMembers");
  return { title: t("title") };
}

export default async function TeamMembersPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const data = await getTeamMembers(prisma, user, teamId);
  if (!data) notFound();
  const t = await getTranslations("teamMembers");
  return (
    <div className="flex flex-col gap-6">
      <TeamNav teamId={teamId} current="members" />
      <div>
        <p className="text-sm text-slate-600">{data.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{data.canManage ? t("contactPersonNote") : t("readOnly")}</p>
      </div>
      <MembersManager teamId={teamId} members={data.members} canManage={data.canManage} actorId={data.actorId} />
    </div>
  );
}
