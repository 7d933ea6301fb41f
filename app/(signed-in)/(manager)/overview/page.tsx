import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeList } from "@/components/collaboratives/collaborative-list";
import { requireUser } from "@/lib/auth/session";
import { authorizeRole } from "@/lib/authz/authorize";
import { listReadableCollaboratives } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("overview") };
}

/** The manager's landing page: every collaborative in scope (the regional dashboard grows here). */
export default async function OverviewPage() {
  const user = await requireUser();
  if (!authorizeRole(user, "dashboard.regional").ok) notFound();
  const t = await getTranslations("overview");
  const collaboratives = await listReadableCollaboratives(prisma, user);
  const teamCount = collaboratives.reduce((sum, collaborative) => sum + collaborative.teamCount, 0);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 mt-1 text-slate-700">{t("summary", { collaboratives: collaboratives.length, teams: teamCount })}</p>
      <CollaborativeList collaboratives={collaboratives} />
    </>
  );
}
