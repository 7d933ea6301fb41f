import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getDataEntryGrid } from "@/lib/measurements/data";
import { DataGrid } from "./data-grid";

export async function generateMetadata() {
  const t = await getTranslations("dataEntry");
  return { title: t("title") };
}

const STEP = 8;
const MAX = 104;

export default async function TeamDataPage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: Promise<{ periods?: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const requested = Number((await searchParams).periods);
  const periods = Number.isInteger(requested) && requested >= STEP ? Math.min(requested, MAX) : STEP;
  const grid = await getDataEntryGrid(prisma, user, teamId, periods);
  if (!grid) notFound();
  const t = await getTranslations("dataEntry");
  return (
    <div className="flex flex-col gap-6">
      <TeamNav teamId={teamId} current="data" />
      <div>
        <p className="text-sm text-slate-600">{grid.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">{grid.canWrite ? t("intro") : t("readOnly")}</p>
        {grid.canWrite && <p className="mt-1">{t("clearHint")}</p>}
      </div>
      <ul className="flex flex-wrap gap-3">
        {grid.canWrite && (
          <li>
            <Link href={`/teams/${teamId}/data/import`} className="btn-secondary inline-flex min-h-11 items-center">
              {t("importLink")}
            </Link>
          </li>
        )}
        <li>
          <a href={`/api/teams/${teamId}/measurements.csv`} className="btn-secondary inline-flex min-h-11 items-center" download>
            {t("exportLink")}
          </a>
        </li>
        <li>
          <a href={`/api/teams/${teamId}/measurements-template.csv`} className="btn-secondary inline-flex min-h-11 items-center" download>
            {t("templateLink")}
          </a>
        </li>
        <li>
          <a href={`/teams/${teamId}/data/template.xlsx`} className="btn-secondary inline-flex min-h-11 items-center" download>
            {t("templateXlsxLink")}
          </a>
        </li>
      </ul>
      {grid.groups.length === 0 ? (
        <p>{t("noMeasures")}</p>
      ) : (
        <DataGrid key={periods} teamId={teamId} groups={grid.groups} canWrite={grid.canWrite} />
      )}
      {periods < MAX && grid.groups.length > 0 && (
        <p>
          <Link href={`/teams/${teamId}/data?periods=${periods + STEP}`} className="text-brand-700 underline" scroll={false}>
            {t("showEarlier", { count: STEP })}
          </Link>
        </p>
      )}
    </div>
  );
}
