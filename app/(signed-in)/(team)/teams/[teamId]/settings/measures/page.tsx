import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MeasureDefinitions } from "@/components/measures/measure-definitions";
import { NewMeasureForm } from "@/components/measures/measure-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { listTeamMeasureDefinitions } from "@/lib/measures/definitions";
import { teamPageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ teamId: string }> }) {
  const t = await getTranslations("teamNav");
  return teamPageTitle((await params).teamId, t("measureSettings"));
}

export default async function TeamMeasuresSettingsPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const definitions = await listTeamMeasureDefinitions(prisma, user, teamId);
  // Settings are for the contact person and the secretariat ("team.editMeasures"); others get 404.
  if (!definitions || !definitions.canEdit) notFound();
  const t = await getTranslations("measureDefinitions.team");
  const locale = await getLocale();
  const { team } = definitions;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/teams/${team.id}`} className="text-brand-700 underline">
            {team.name}
          </Link>{" "}
          · {team.collaborative.name}
        </p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="own-measures-heading" className="card">
        <h2 id="own-measures-heading" className="mb-2 text-lg font-semibold">
          {t("ownHeading")}
        </h2>
        <MeasureDefinitions measures={definitions.own} canEdit caption={t("ownHeading")} />
      </section>
      <section aria-labelledby="new-measure-heading" className="card">
        <h2 id="new-measure-heading" className="mb-2 text-lg font-semibold">
          {t("newHeading")}
        </h2>
        <NewMeasureForm owner={{ teamId: team.id }} decimalComma={locale !== "en"} />
      </section>
      <section aria-labelledby="shared-measures-heading" className="card">
        <h2 id="shared-measures-heading" className="mb-2 text-lg font-semibold">
          {t("sharedHeading")}
        </h2>
        <MeasureDefinitions measures={definitions.shared} canEdit={false} caption={t("sharedHeading")} />
      </section>
    </div>
  );
}
