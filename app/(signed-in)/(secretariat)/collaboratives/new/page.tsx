import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeForm } from "@/components/collaboratives/collaborative-form";
import { requireUser } from "@/lib/auth/session";
import { getNewCollaborativeForm } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";

export async function generateMetadata() {
  const t = await getTranslations("collaborativeSetup.new");
  return { title: t("title") };
}

export default async function NewCollaborativePage() {
  const user = await requireUser();
  const form = await getNewCollaborativeForm(prisma, user);
  if (!form) notFound();
  const t = await getTranslations("collaborativeSetup.new");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl text-slate-700">{t("intro")}</p>
      <CollaborativeForm organisations={form.organisations} />
    </>
  );
}
