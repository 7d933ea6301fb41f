import { useTranslations } from "next-intl";
import { CHART_COLOURS } from "@/components/charts/chart-shapes";
import type { ScoreMonth } from "@/lib/dashboards/types";
import { BAR_OUTLINE, fillAttribute, FillSwatch, PatternDef, useSvgId, type BarFill } from "./bar-fills";
import { formatScore, monthLong } from "./dashboard-format";
import { FigureLegend } from "./figure-legend";
import { FigureTable } from "./figure-table";
import { FigureTools } from "./figure-tools";
import { CountGrid, MonthAxis } from "./month-axis";
import { barSlots, gappedPath, linearScale, niceTicks } from "./scales";
import { bandCounts, latestScoredMonth, medianScore, SCORE_BANDS, SCORE_STEPS, scoreCsv, scoreStack, type ScoreBand } from "./score-data";
import { useDashboardLocale } from "./use-dashboard-locale";

/** Light to dark along the scale; patterns tell the neighbours apart without colour. */
const BAND_FILLS: Record<ScoreBand, BarFill> = {
  forming: { colour: "#e6f2f1", pattern: "hatch", ink: "#5f7f7c", text: "#0f172a" },
  testing: { colour: "#a7d3cf", pattern: "dots", ink: "#1f4f4b", text: "#0f172a" },
  improving: { colour: "#2b7a73", pattern: "none", ink: "#2b7a73", text: "#ffffff" },
  sustaining: { colour: "#0b3f3b", pattern: "backHatch", ink: "#5fa39b", text: "#ffffff" },
};

const BOX = { width: 640, height: 372, left: 48, right: 16, medianTop: 26, medianBottom: 106, barsTop: 142, barsBottom: 318 } as const;

/** Per month how many teams got each band of the IHI assessment scale (stacked bars), and the month's median score above them. */
export function ScoreDistribution({ months }: { months: ScoreMonth[] }) {
  const t = useTranslations("dashboards.scores");
  const tColumn = useTranslations("dashboards.column");
  const tLegend = useTranslations("charts.legend");
  const locale = useDashboardLocale();
  const idPrefix = useSvgId();

  const latest = latestScoredMonth(months);
  if (!latest) return <p className="text-slate-700">{t("empty")}</p>;

  const bandName = (band: ScoreBand) => t(`band.${band}`);
  const latestBands = bandCounts(latest.scores);
  const summary = [
    t("latest", { month: monthLong(locale, latest.month), count: latest.scores.length, median: formatScore(locale, medianScore(latest.scores)!) }),
    t("bands", { list: SCORE_BANDS.map(({ band }) => `${bandName(band)}: ${latestBands[band]}`).join("; ") }),
  ];
  const csv = scoreCsv(months, {
    month: tColumn("month"),
    steps: SCORE_STEPS.map((step) => formatScore(locale, step)),
    count: t("column.count"),
    median: t("column.median"),
    monthName: (month) => monthLong(locale, month),
  });

  const slots = barSlots(months.length, BOX.left, BOX.width - BOX.right);
  const medians = months.map((month) => medianScore(month.scores));
  const yMedian = linearScale([1, 5], [BOX.medianBottom, BOX.medianTop]);
  const countTicks = niceTicks(0, Math.max(1, ...months.map((month) => month.scores.length)), 5, true);
  const yCount = linearScale([0, countTicks[countTicks.length - 1]], [BOX.barsBottom, BOX.barsTop]);
  const showMedianText = months.length <= 12;

  const table = (
    <FigureTable
      caption={t("tableCaption")}
      columns={csv.header.map((label, i) => ({ label, numeric: i > 0 }))}
      rows={months.map((month, i) => ({
        key: month.month,
        cells: csv.rows[i].map((cell, k) => (k === csv.rows[i].length - 1 ? (cell === null ? "–" : formatScore(locale, cell as number)) : cell)),
      }))}
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
      <FigureLegend
        heading={tLegend("heading")}
        items={[
          ...SCORE_BANDS.map(({ band }) => ({ key: band, icon: <FillSwatch fill={BAND_FILLS[band]} />, label: bandName(band) })),
          {
            key: "median",
            icon: (
              <svg width={24} height={16} viewBox="0 0 24 16" aria-hidden="true" focusable="false" className="shrink-0">
                <line x1={1} y1={8} x2={23} y2={8} stroke={CHART_COLOURS.centre} strokeWidth={2} />
                <circle cx={12} cy={8} r={4} fill="#ffffff" stroke={CHART_COLOURS.centre} strokeWidth={2} />
              </svg>
            ),
            label: t("legendMedian"),
          },
        ]}
      />
      <FigureTools table={table} csv={csv} filenameParts={[t("filename")]} png={{ title: t("pngTitle"), subtitle: summary[0], mode: "drawing" }}>
        <div className="overflow-x-auto" role="region" aria-label={t("regionLabel")} tabIndex={0}>
          <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={t("drawingLabel", { summary: summary.join(" ") })} className="h-auto w-full max-w-3xl min-w-[30rem]" fontSize={12} data-figure-drawing="">
            <defs>
              {SCORE_BANDS.map(({ band }) => (
                <PatternDef key={band} id={`${idPrefix}-${band}`} fill={BAND_FILLS[band]} />
              ))}
            </defs>
            <rect width={BOX.width} height={BOX.height} fill="#ffffff" />
            <text x={BOX.left} y={BOX.medianTop - 12} fill="#0f172a" fontWeight={600}>
              {t("medianAxis")}
            </text>
            {[1, 2, 3, 4, 5].map((score) => (
              <g key={score}>
                <line x1={BOX.left} x2={BOX.width - BOX.right} y1={yMedian(score)} y2={yMedian(score)} stroke={CHART_COLOURS.grid} />
                <text x={BOX.left - 6} y={yMedian(score) + 4} textAnchor="end" fill="#334155">
                  {formatScore(locale, score)}
                </text>
              </g>
            ))}
            <path d={gappedPath(medians, slots.centre, yMedian)} fill="none" stroke={CHART_COLOURS.centre} strokeWidth={2} />
            {medians.map((median, i) =>
              median === null ? null : (
                <g key={months[i].month}>
                  <circle cx={slots.centre(i)} cy={yMedian(median)} r={4} fill="#ffffff" stroke={CHART_COLOURS.centre} strokeWidth={2} />
                  {showMedianText && (
                    <text x={slots.centre(i)} y={yMedian(median) - 8} textAnchor="middle" fontSize={10} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                      {formatScore(locale, median)}
                    </text>
                  )}
                </g>
              ),
            )}
            <text x={BOX.left} y={BOX.barsTop - 12} fill="#0f172a" fontWeight={600}>
              {t("countAxis")}
            </text>
            <CountGrid ticks={countTicks} y={yCount} left={BOX.left} right={BOX.width - BOX.right} locale={locale} />
            {months.map((month, i) =>
              scoreStack(month.scores)
                .filter((segment) => segment.count > 0)
                .map((segment) => {
                  const top = yCount(segment.start + segment.count);
                  const height = yCount(segment.start) - top;
                  const fill = BAND_FILLS[segment.band];
                  return (
                    <g key={`${month.month}-${segment.band}`}>
                      <rect x={slots.centre(i) - slots.width / 2} y={top} width={slots.width} height={height} fill={fillAttribute(`${idPrefix}-${segment.band}`, fill)} stroke={BAR_OUTLINE} strokeWidth={0.75} />
                      {height >= 14 && slots.width >= 14 && (
                        <text x={slots.centre(i)} y={top + height / 2 + 4} textAnchor="middle" fontSize={10} fontWeight={600} fill={fill.text} stroke={fill.colour} strokeWidth={3} paintOrder="stroke">
                          {segment.count}
                        </text>
                      )}
                    </g>
                  );
                }),
            )}
            <MonthAxis months={months.map((month) => month.month)} centre={slots.centre} y={BOX.barsBottom + 16} width={BOX.width - BOX.left - BOX.right} locale={locale} />
          </svg>
        </div>
      </FigureTools>
    </figure>
  );
}
