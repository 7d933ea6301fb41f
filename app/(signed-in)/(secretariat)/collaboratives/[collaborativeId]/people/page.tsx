import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { requireUser } from "@/lib/auth/session";
import { getCollaborativePeople } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";
import { ManagerSection, StaffSection } from "./people-forms";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return collaborativePageTitle((await params).collaborativeId, t("people"));
}

export default async function CollaborativePeoplePage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const people = await getCollaborativePeople(prisma, user, collaborativeId);
  if (!people) notFound();
  const t = await getTranslations("collaborativeSetup.people");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{people.collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborativeId} current="people" />
      <section aria-labelledby="staff-heading" className="card">
        <h2 id="staff-heading" className="mb-1 text-lg font-semibold">
          {t("staffHeading")}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t("staffIntro")}</p>
        <StaffSection collaborativeId={collaborativeId} staff={people.staff} candidates={people.secretariatCandidates} />
      </section>
      <section aria-labelledby="managers-heading" className="card">
        <h2 id="managers-heading" className="mb-1 text-lg font-semibold">
          {t("managersHeading")}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t("managersIntro")}</p>
        <ManagerSection collaborativeId={collaborativeId} managers={people.managerScopes} candidates={people.managerCandidates} />
      </section>
    </div>
  );
}
