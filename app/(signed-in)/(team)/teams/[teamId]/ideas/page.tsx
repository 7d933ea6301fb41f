import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { authorizeTeam } from "@/lib/authz/authorize";
import { prisma } from "@/lib/db/prisma";
import { getIdeaBoard } from "@/lib/ideas/data";
import { IdeaBoard } from "./idea-board";

export async function generateMetadata() {
  const t = await getTranslations("ideaBoard");
  return { title: t("title") };
}

export default async function IdeaBoardPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const board = await getIdeaBoard(prisma, user, teamId);
  if (!board) notFound();
  const canStartCycle = (await authorizeTeam(prisma, user, teamId, "pdsa.write")).ok;
  const t = await getTranslations("ideaBoard");
  const columns = Object.fromEntries(
    Object.entries(board.columns).map(([status, ideas]) => [
      status,
      ideas.map((idea) => ({ id: idea.id, text: idea.text, createdAt: idea.createdAt.toISOString(), cycleTitle: idea.cycle?.title ?? null })),
    ]),
  );
  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="ideas" />
      <div>
        <p className="text-sm text-slate-600">{board.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{board.canMove ? t("intro") : t("readOnly")}</p>
      </div>
      <IdeaBoard teamId={teamId} columns={columns} cycles={board.cycles} canPost={board.canPost} canMove={board.canMove} canStartCycle={canStartCycle} />
    </div>
  );
}
