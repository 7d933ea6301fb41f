import { getTranslations } from "next-intl/server";
import { CollaborativeList } from "@/components/collaboratives/collaborative-list";
import { requireUser } from "@/lib/auth/session";
import { listReadableCollaboratives } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("collaboratives") };
}

export default async function CollaborativesPage() {
  const user = await requireUser();
  const t = await getTranslations("collaboratives");
  const collaboratives = await listReadableCollaboratives(prisma, user);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <CollaborativeList collaboratives={collaboratives} />
    </>
  );
}
