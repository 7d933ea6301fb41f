import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CollaborativeList } from "@/components/collaboratives/collaborative-list";
import { requireUser } from "@/lib/auth/session";
import { authorizeRole } from "@/lib/authz/authorize";
import { listReadableCollaboratives } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("collaboratives") };
}

export default async function CollaborativesPage() {
  const user = await requireUser();
  const t = await getTranslations("collaboratives");
  const tSetup = await getTranslations("collaborativeSetup");
  const collaboratives = await listReadableCollaboratives(prisma, user);
  const mayCreate = authorizeRole(user, "collaborative.create").ok;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {mayCreate && (
          <Link href="/collaboratives/new" className="btn-primary inline-block">
            {tSetup("newLink")}
          </Link>
        )}
      </div>
      <CollaborativeList collaboratives={collaboratives} />
    </>
  );
}
