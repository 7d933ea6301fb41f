import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DrawnTree, ReadOnlyOutline } from "@/components/driver-diagram/drawn-tree";
import { OutlineEditor } from "@/components/driver-diagram/outline-editor";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getChangePackage } from "@/lib/driver-diagrams/data";

export async function generateMetadata() {
  const t = await getTranslations("driverDiagram");
  return { title: t("changePackageTitle") };
}

/** The collaborative's change package: its secretariat edits it; whoever may read the collaborative reads it. */
export default async function ChangePackagePage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const data = await getChangePackage(prisma, user, collaborativeId);
  if (!data) notFound();
  const t = await getTranslations("driverDiagram");
  const { collaborative, outline, canEdit } = data;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link className="text-brand-700 underline" href={`/collaboratives/${collaborative.id}`}>
            {collaborative.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("changePackageTitle")}</h1>
        <p className="mt-1">{t("changePackageIntro")}</p>
        <p className="mt-1">
          <span className="font-semibold">{t("aim")}: </span>
          {collaborative.aim || t("noAim")}
        </p>
      </div>
      <section aria-labelledby="outline-heading" className="card">
        <h2 id="outline-heading" className="mb-2 text-lg font-semibold">
          {t("outlineTitle")}
        </h2>
        {canEdit ? (
          <OutlineEditor owner={{ ownerType: "collaborative", ownerId: collaborative.id }} outline={outline} />
        ) : (
          <>
            <p className="mb-2 text-slate-700">{t("readOnly")}</p>
            <ReadOnlyOutline outline={outline} />
          </>
        )}
      </section>
      <DrawnTree aim={collaborative.aim} outline={outline} />
    </div>
  );
}
