import { cache } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CycleRamps } from "@/components/storyboard/cycle-ramps";
import { DriverOutline } from "@/components/storyboard/driver-outline";
import { MeasureCharts } from "@/components/storyboard/measure-charts";
import { PrintButton } from "@/components/storyboard/print-button";
import { StoryboardHeader } from "@/components/storyboard/storyboard-header";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getTeamStoryboard } from "@/lib/storyboard/data";

type Params = Promise<{ teamId: string }>;

// One load per request for the page and its title; the loader checks the user's access itself.
const loadStoryboard = cache(async (teamId: string) => getTeamStoryboard(prisma, await requireUser(), teamId));

export async function generateMetadata({ params }: { params: Params }) {
  const storyboard = await loadStoryboard((await params).teamId);
  if (!storyboard) return {};
  const t = await getTranslations("storyboard");
  return { title: t("metaTitle", { team: storyboard.team.name }) };
}

export default async function StoryboardPage({ params }: { params: Params }) {
  const { teamId } = await params;
  // Outside the user's scope the team does not exist for them: the same 404 as an unknown id.
  const storyboard = await loadStoryboard(teamId);
  if (!storyboard) notFound();
  const t = await getTranslations("storyboard");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const section = "flex flex-col gap-2 border-t border-slate-300 pt-4";

  return (
    <>
      <TeamNav teamId={teamId} current="storyboard" />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <PrintButton />
      </div>
      {/* The sheet's content is exactly as wide as an A4 page's print area (globals.css @page), on screen and in
          print, so the charts (which measure their container) are drawn at the width they are printed. */}
      <article className="mx-auto flex w-full max-w-[calc(180mm+3rem)] flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm print:max-w-[180mm] print:border-0 print:p-0 print:shadow-none">
        <StoryboardHeader storyboard={storyboard} locale={locale} printedAt={new Date()} />
        <section aria-labelledby="aim-heading" className={section}>
          <h2 id="aim-heading" className="text-xl font-semibold break-after-avoid">
            {t("aimHeading")}
          </h2>
          <p className="text-lg whitespace-pre-line">{storyboard.team.aim || t("noAim")}</p>
        </section>
        <section aria-labelledby="driver-diagram-heading" className={section}>
          <h2 id="driver-diagram-heading" className="text-xl font-semibold break-after-avoid">
            {t("driverDiagramHeading")}
          </h2>
          <DriverOutline aim={storyboard.team.aim} outline={storyboard.outline} />
        </section>
        <section aria-labelledby="measures-heading" className={section}>
          <h2 id="measures-heading" className="text-xl font-semibold break-after-avoid">
            {t("measuresHeading")}
          </h2>
          <MeasureCharts storyboard={storyboard} />
        </section>
        <section aria-labelledby="cycles-heading" className={section}>
          <h2 id="cycles-heading" className="text-xl font-semibold break-after-avoid">
            {t("cyclesHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("cyclesIntro")}</p>
          <CycleRamps storyboard={storyboard} locale={locale} />
        </section>
      </article>
    </>
  );
}
