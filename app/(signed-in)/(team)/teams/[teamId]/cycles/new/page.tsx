import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getNewCycleForm } from "@/lib/pdsa/data";
import { NewCycleForm } from "@/components/pdsa/new-cycle-form";

export async function generateMetadata() {
  const t = await getTranslations("pdsa");
  return { title: t("newTitle") };
}

export default async function NewCyclePage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: Promise<{ changeIdeaId?: string; ideaId?: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const { changeIdeaId, ideaId } = await searchParams;
  const form = await getNewCycleForm(prisma, user, teamId, { changeIdeaId: typeof changeIdeaId === "string" ? changeIdeaId : undefined, ideaId: typeof ideaId === "string" ? ideaId : undefined });
  if (!form) notFound();
  const t = await getTranslations("pdsa");
  const preset = form.changeIdeas.find((idea) => idea.id === form.changeIdeaId);
  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={teamId} current="cycles" />
      <div>
        <p className="text-sm text-slate-600">{form.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
        <p className="mt-1">{form.canWrite ? t("newIntro") : t("noRight")}</p>
      </div>
      {form.canWrite && (
        <NewCycleForm
          teamId={teamId}
          changeIdeas={form.changeIdeas.map((idea) => ({ id: idea.id, title: idea.title }))}
          changeIdeaId={form.changeIdeaId}
          idea={form.idea}
          ideas={form.ideas}
          defaultTitle={form.idea?.text ?? preset?.title ?? ""}
        />
      )}
    </div>
  );
}
