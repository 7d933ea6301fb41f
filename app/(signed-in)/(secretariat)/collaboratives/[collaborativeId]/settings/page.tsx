import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeForm } from "@/components/collaboratives/collaborative-form";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { requireUser } from "@/lib/auth/session";
import { getCollaborativeSettings } from "@/lib/collaboratives/data";
import { collaborativeStatusRefusal } from "@/lib/collaboratives/rules";
import { COLLABORATIVE_STATUSES } from "@/lib/collaboratives/schema";
import { prisma } from "@/lib/db/prisma";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

const day = (date: Date) => date.toISOString().slice(0, 10);

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return collaborativePageTitle((await params).collaborativeId, t("settings"));
}

export default async function CollaborativeSettingsPage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const settings = await getCollaborativeSettings(prisma, user, collaborativeId);
  if (!settings) notFound();
  const t = await getTranslations("collaborativeSetup.settings");
  const { collaborative } = settings;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborative.id} current="settings" />
      <CollaborativeForm
        organisations={settings.organisations}
        statusChoices={COLLABORATIVE_STATUSES.filter((status) => collaborativeStatusRefusal(collaborative.status, status) === null)}
        values={{
          collaborativeId: collaborative.id,
          name: collaborative.name,
          topic: collaborative.topic,
          aim: collaborative.aim,
          startDate: day(collaborative.startDate),
          endDate: day(collaborative.endDate),
          organisationId: collaborative.organisationId,
          status: collaborative.status,
        }}
      />
    </div>
  );
}
