import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { authorizeTeam } from "@/lib/authz/authorize";
import { prisma } from "@/lib/db/prisma";
import { ImportForm } from "./import-form";

export async function generateMetadata() {
  const t = await getTranslations("dataImport");
  return { title: t("title") };
}

export default async function TeamDataImportPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const access = await authorizeTeam(prisma, user, teamId, "measurement.write");
  if (!access.ok && access.code === "NOT_FOUND") notFound();
  const team = await prisma.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } });
  if (!team) notFound();
  const t = await getTranslations("dataImport");
  return (
    <div className="flex flex-col gap-6">
      <TeamNav teamId={teamId} current="data" />
      <div>
        <p className="text-sm">
          <Link href={`/teams/${teamId}/data`} className="text-brand-700 underline">
            {t("back")}
          </Link>
        </p>
        <p className="mt-2 text-sm text-slate-600">{team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{t("intro")}</p>
        <ul className="mt-1 flex flex-col gap-1">
          <li>
            <a href={`/api/teams/${teamId}/measurements-template.csv`} className="text-brand-700 underline" download>
              {t("template")}
            </a>
          </li>
          <li>
            <a href={`/teams/${teamId}/data/template.xlsx`} className="text-brand-700 underline" download>
              {t("templateXlsx")}
            </a>
          </li>
        </ul>
      </div>
      {access.ok ? <ImportForm teamId={teamId} /> : <p>{t("readOnly")}</p>}
    </div>
  );
}
