import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { analyseChart } from "@/lib/charts/chart-analysis";
import { toChartSeries } from "@/lib/charts/chart-model";
import { ControlChart, RunChart } from "@/components/charts/spc-chart";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getTeamMeasureChart } from "@/lib/measures/data";
import { authorizeTeam } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/i18n/format";
import { AnnotationForm } from "./annotation-form";
import { ChartSettingsForm } from "./chart-settings-form";
import { MeasureDefinition } from "./measure-definition";

type Params = Promise<{ teamId: string; measureId: string }>;

// One load per request for the page and its title; the loader checks the user's access itself.
const loadChart = cache(async (teamId: string, measureId: string) => {
  const user = await requireUser();
  return getTeamMeasureChart(prisma, user, teamId, measureId);
});

export async function generateMetadata({ params }: { params: Params }) {
  const { teamId, measureId } = await params;
  const loaded = await loadChart(teamId, measureId);
  if (!loaded) return {};
  const t = await getTranslations("measurePage");
  return { title: t("metaTitle", { measure: loaded.measure.name, team: loaded.team.name }) };
}

export default async function TeamMeasurePage({ params }: { params: Params }) {
  const { teamId, measureId } = await params;
  // Outside the user's scope, or a measure the team does not use: the same 404 as an unknown id.
  const loaded = await loadChart(teamId, measureId);
  if (!loaded) notFound();
  const t = await getTranslations("measurePage");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const model = analyseChart(toChartSeries(loaded));
  const Chart = model.chart === "RUN" ? RunChart : ControlChart;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href={`/teams/${loaded.team.id}`} className="text-brand-700 underline">
            {t("backToTeam", { team: loaded.team.name })}
          </Link>
        </p>
        <p className="mt-2 text-sm text-slate-600">{t("context", { team: loaded.team.name, collaborative: loaded.team.collaborativeName })}</p>
        <h1 className="text-2xl font-semibold">{loaded.measure.name}</h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="chart-heading" className="card min-w-0">
          <h2 id="chart-heading" className="sr-only">
            {t("chart")}
          </h2>
          <Chart model={model} title={loaded.measure.name} filenameParts={[loaded.measure.name, loaded.team.name]} />
        </section>
        <MeasureDefinition loaded={loaded} locale={locale} />
      </div>
      {(await authorizeTeam(prisma, await requireUser(), loaded.team.id, "team.editChartSettings")).ok && (
        <ChartSettingsForm
          teamId={loaded.team.id}
          measureId={loaded.measure.id}
          baselineCount={loaded.setting.baselineCount}
          phaseSplits={loaded.setting.phaseSplits}
        />
      )}
      <AnnotationForm
        teamId={loaded.team.id}
        measureId={loaded.measure.id}
        canWrite={(await authorizeTeam(prisma, await requireUser(), loaded.team.id, "annotation.write")).ok}
        annotations={loaded.annotations.map((annotation) => ({
          id: annotation.id,
          date: annotation.date.toISOString().slice(0, 10),
          label: formatDate(locale, annotation.date, "UTC"),
          text: annotation.text,
        }))}
      />
    </div>
  );
}
