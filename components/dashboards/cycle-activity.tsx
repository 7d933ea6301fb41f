import { useTranslations } from "next-intl";
import type { CycleActivityMonth } from "@/lib/dashboards/types";
import { BAR_OUTLINE, fillAttribute, FillSwatch, PatternDef, useSvgId, type BarFill } from "./bar-fills";
import { cycleCsv, cycleTotals, CYCLE_SERIES, groupedBarX, largestCount, type CycleSeries } from "./cycle-data";
import { monthLong } from "./dashboard-format";
import { FigureLegend } from "./figure-legend";
import { FigureTable } from "./figure-table";
import { FigureTools } from "./figure-tools";
import { CountGrid, MonthAxis } from "./month-axis";
import { barSlots, linearScale, niceTicks } from "./scales";
import { useDashboardLocale } from "./use-dashboard-locale";

/** Abandoning a cycle is learning, not failure: grey, not the signal colours. */
const SERIES_FILLS: Record<CycleSeries, BarFill> = {
  started: { colour: "#0072B2", pattern: "none", ink: "#0072B2", text: "#0f172a" },
  completed: { colour: "#007A5A", pattern: "dots", ink: "#ffffff", text: "#0f172a" },
  abandoned: { colour: "#6b7280", pattern: "hatch", ink: "#ffffff", text: "#0f172a" },
};

const BOX = { width: 640, height: 300, left: 48, right: 16, top: 16, bottom: 248 } as const;

/** PDSA cycles started, completed and abandoned per month, as grouped bars with their counts. */
export function CycleActivity({ months }: { months: CycleActivityMonth[] }) {
  const t = useTranslations("dashboards.cycles");
  const tColumn = useTranslations("dashboards.column");
  const tLegend = useTranslations("charts.legend");
  const locale = useDashboardLocale();
  const idPrefix = useSvgId();

  const totals = cycleTotals(months);
  if (months.length === 0 || totals.started + totals.completed + totals.abandoned === 0) return <p className="text-slate-700">{t("empty")}</p>;

  const seriesName = (series: CycleSeries) => t(`series.${series}`);
  const latest = months[months.length - 1];
  const summary = [
    t("total", { months: months.length, ...totals }),
    t("latest", { month: monthLong(locale, latest.month), started: latest.started, completed: latest.completed, abandoned: latest.abandoned }),
  ];
  const csv = cycleCsv(months, { month: tColumn("month"), series: { started: seriesName("started"), completed: seriesName("completed"), abandoned: seriesName("abandoned") }, monthName: (month) => monthLong(locale, month) });

  const slots = barSlots(months.length, BOX.left, BOX.width - BOX.right, 0.8);
  const ticks = niceTicks(0, Math.max(1, largestCount(months)), 5, true);
  const y = linearScale([0, ticks[ticks.length - 1]], [BOX.bottom, BOX.top]);

  const table = (
    <FigureTable
      caption={t("tableCaption")}
      columns={csv.header.map((label, i) => ({ label, numeric: i > 0 }))}
      rows={months.map((month, i) => ({ key: month.month, cells: csv.rows[i] }))}
    />
  );

  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="flex flex-col gap-1">
        {summary.map((sentence, i) => (
          <p key={i} className={i === 0 ? "font-medium" : "text-sm text-slate-700"}>
            {sentence}
          </p>
        ))}
      </figcaption>
      <FigureLegend heading={tLegend("heading")} items={CYCLE_SERIES.map((series) => ({ key: series, icon: <FillSwatch fill={SERIES_FILLS[series]} />, label: seriesName(series) }))} />
      <FigureTools table={table} csv={csv} filenameParts={[t("filename")]} png={{ title: t("pngTitle"), subtitle: summary[0], mode: "drawing" }}>
        <div className="overflow-x-auto" role="region" aria-label={t("regionLabel")} tabIndex={0}>
          <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={t("drawingLabel", { summary: summary.join(" ") })} className="h-auto w-full max-w-3xl min-w-[30rem]" fontSize={12} data-figure-drawing="">
            <defs>
              {CYCLE_SERIES.map((series) => (
                <PatternDef key={series} id={`${idPrefix}-${series}`} fill={SERIES_FILLS[series]} />
              ))}
            </defs>
            <rect width={BOX.width} height={BOX.height} fill="#ffffff" />
            <CountGrid ticks={ticks} y={y} left={BOX.left} right={BOX.width - BOX.right} locale={locale} />
            {months.map((month, i) =>
              CYCLE_SERIES.map((series, k) => {
                const count = month[series];
                if (count === 0) return null;
                const bar = groupedBarX(slots.centre(i), slots.width, k);
                const top = y(count);
                return (
                  <g key={`${month.month}-${series}`}>
                    <rect x={bar.x} y={top} width={bar.width} height={BOX.bottom - top} fill={fillAttribute(`${idPrefix}-${series}`, SERIES_FILLS[series])} stroke={BAR_OUTLINE} strokeWidth={0.75} />
                    {bar.width >= 9 && (
                      <text x={bar.x + bar.width / 2} y={top - 3} textAnchor="middle" fontSize={10} fill={SERIES_FILLS[series].text}>
                        {count}
                      </text>
                    )}
                  </g>
                );
              }),
            )}
            <MonthAxis months={months.map((month) => month.month)} centre={slots.centre} y={BOX.bottom + 16} width={BOX.width - BOX.left - BOX.right} locale={locale} />
          </svg>
        </div>
      </FigureTools>
    </figure>
  );
}
