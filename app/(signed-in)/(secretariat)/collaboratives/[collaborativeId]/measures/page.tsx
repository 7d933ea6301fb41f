import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { MeasureDefinitions } from "@/components/measures/measure-definitions";
import { NewMeasureForm } from "@/components/measures/measure-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { listSharedMeasures } from "@/lib/measures/definitions";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return collaborativePageTitle((await params).collaborativeId, t("measures"));
}

export default async function SharedMeasuresPage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const shared = await listSharedMeasures(prisma, user, collaborativeId);
  // The set-up pages belong to the collaborative's secretariat; for anyone else they do not exist.
  if (!shared || !shared.canManage) notFound();
  const t = await getTranslations("measureDefinitions.shared");
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{shared.collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborativeId} current="measures" />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="shared-measures-heading" className="card">
        <h2 id="shared-measures-heading" className="mb-2 text-lg font-semibold">
          {t("listHeading")}
        </h2>
        <MeasureDefinitions measures={shared.measures} canEdit caption={t("listHeading")} />
      </section>
      <section aria-labelledby="new-measure-heading" className="card">
        <h2 id="new-measure-heading" className="mb-2 text-lg font-semibold">
          {t("newHeading")}
        </h2>
        <NewMeasureForm owner={{ collaborativeId }} decimalComma={locale !== "en"} />
      </section>
    </div>
  );
}
