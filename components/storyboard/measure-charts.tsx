import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { analyseChart } from "@/lib/charts/chart-analysis";
import { toChartSeries } from "@/lib/charts/chart-model";
import { SpcChart } from "@/components/charts/spc-chart";
import type { TeamStoryboard } from "@/lib/storyboard/data";

/**
 * Each active measure with its run or control chart, signals and verdict in words. The charts sit in
 * a column as wide as an A4 page's print area, so the drawing measured on screen is the one printed;
 * in print the chart's buttons go and a chart is never split across pages.
 */
export async function MeasureCharts({ storyboard }: { storyboard: TeamStoryboard }) {
  const t = await getTranslations("storyboard");
  const tEnums = await getTranslations("enums");
  const { team, charts } = storyboard;
  if (charts.length === 0) return <p>{t("noMeasures")}</p>;

  return (
    <div className="flex flex-col gap-8">
      {charts.map((loaded) => (
        <section
          key={loaded.measure.id}
          aria-labelledby={`measure-${loaded.measure.id}`}
          className="break-inside-avoid print:[&_button]:hidden print:[&_svg.recharts-surface]:h-auto print:[&_svg.recharts-surface]:max-w-full"
        >
          <h3 id={`measure-${loaded.measure.id}`} className="text-lg font-semibold">
            <Link href={`/teams/${team.id}/measures/${loaded.measure.id}`} className="text-brand-700 underline print:text-slate-900 print:no-underline">
              {loaded.measure.name}
            </Link>
          </h3>
          <p className="mb-2 text-sm text-slate-700">
            {t("measureFacts", {
              type: tEnums(`measureType.${loaded.measure.type}`),
              frequency: tEnums(`frequency.${loaded.measure.frequency}`),
              ownership: loaded.measure.isTeamOwn ? "own" : "shared",
            })}
          </p>
          <SpcChart model={analyseChart(toChartSeries(loaded))} title={loaded.measure.name} filenameParts={[loaded.measure.name, team.name]} height={280} />
        </section>
      ))}
    </div>
  );
}
