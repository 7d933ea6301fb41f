import { useTranslations } from "next-intl";
import { CHART_COLOURS } from "@/components/charts/chart-shapes";
import type { FunnelData, FunnelTeamPoint } from "@/lib/dashboards/types";
import { formatNumber } from "@/lib/i18n/format";
import { dayBefore, formatDay, formatValue, withUnit } from "./dashboard-format";
import { FigureLegend, LineIcon } from "./figure-legend";
import { FigureTable } from "./figure-table";
import { FigureTools } from "./figure-tools";
import { FUNNEL_BOX, funnelCounts, funnelCsv, funnelGeometry, funnelPosition, labelWidth, placeLabels, type FunnelMark } from "./funnel-data";
import { SignalMark, SignalMarkIcon } from "./signal-mark";
import { useDashboardLocale } from "./use-dashboard-locale";

const MARK_SIGNAL = { inside: "none", favourable: "improvement", unfavourable: "deterioration" } as const satisfies Record<FunnelMark, string>;
const DASH_95 = "6 4";
const DASH_998 = "2 3";

const MAX_LABELS = 12;

/**
 * A funnel plot of one proportion measure over the latest quarter: every team's proportion against
 * its denominator, the pooled line and the 95 % and 99.8 % limits; teams outside the limits carry
 * their name and a mark for the favourable or unfavourable side (shape and colour).
 */
export function FunnelPlot({ data }: { data: FunnelData }) {
  const t = useTranslations("dashboards.funnel");
  const tColumn = useTranslations("dashboards.column");
  const tChartColumn = useTranslations("charts.column");
  const tLegend = useTranslations("charts.legend");
  const locale = useDashboardLocale();

  const value = (number: number) => withUnit(formatValue(locale, number), data.unit);
  const counts = funnelCounts(data.teams);
  const geometry = funnelGeometry(data);
  const quarter = t("quarter", { from: formatDay(locale, data.from), to: formatDay(locale, dayBefore(data.to)) });
  const pooled = data.pooled === null ? t("noPooled") : t("pooled", { value: value(data.pooled) });
  const outside = t("outside", { above: counts.above95, below: counts.below95, outer: counts.outside998 });
  const sides = counts.above95 + counts.below95 > 0 ? t("sides", { favourable: counts.favourable, unfavourable: counts.unfavourable }) : "";
  const summary = [quarter, pooled, data.pooled === null ? "" : outside, data.pooled === null ? "" : sides].filter(Boolean);

  const positionWords = (team: FunnelTeamPoint) => {
    const position = t(`position.${funnelPosition(team)}`);
    return team.favourable === null ? position : t("positionWithSide", { position, side: team.favourable ? "favourable" : "unfavourable" });
  };
  const valueLabel = data.unit.trim() ? `${tChartColumn("value")} (${data.unit.trim()})` : tChartColumn("value");
  const header = [tColumn("team"), tChartColumn("numerator"), tChartColumn("denominator"), valueLabel, t("column.position")];
  const csv = funnelCsv(data.teams, { header, position: positionWords });
  // Names beside the points only for the teams furthest outside; with many teams the rest would bury the plot (the table has them all).
  const labelled = geometry.points
    .filter((point) => point.mark !== "inside")
    .sort((a, b) => Math.abs(b.y - (geometry.pooledY ?? 0)) - Math.abs(a.y - (geometry.pooledY ?? 0)))
    .slice(0, MAX_LABELS);
  const labels = new Map(placeLabels(labelled.map((point) => ({ id: point.teamId, x: point.x, y: point.y, width: labelWidth(point.teamName) })), { right: FUNNEL_BOX.width - FUNNEL_BOX.right }).map((label) => [label.id, label]));
  const bottom = FUNNEL_BOX.height - FUNNEL_BOX.bottom;

  const table = (
    <FigureTable
      caption={t("tableCaption", { measure: data.measureName, quarter })}
      columns={[{ label: header[0] }, { label: header[1], numeric: true }, { label: header[2], numeric: true }, { label: header[3], numeric: true }, { label: header[4] }]}
      rows={data.teams.map((team) => ({
        key: team.teamId,
        cells: [team.teamName, formatNumber(locale, team.numerator), formatNumber(locale, team.denominator), team.value === null ? "–" : formatValue(locale, team.value), positionWords(team)],
      }))}
    />
  );

  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="flex flex-col gap-1">
        {summary.map((sentence) => (
          <p key={sentence} className="first:font-medium">
            {sentence}
          </p>
        ))}
      </figcaption>
      <FigureLegend
        heading={tLegend("heading")}
        items={[
          { key: "pooled", icon: <LineIcon colour={CHART_COLOURS.centre} />, label: t("legend.pooled") },
          { key: "limits95", icon: <LineIcon colour={CHART_COLOURS.limit} dash={DASH_95} width={1.5} />, label: t("legend.limits95") },
          { key: "limits998", icon: <LineIcon colour={CHART_COLOURS.limit} dash={DASH_998} width={1.5} />, label: t("legend.limits998") },
          { key: "inside", icon: <SignalMarkIcon signal="none" />, label: t("legend.inside") },
          { key: "favourable", icon: <SignalMarkIcon signal="improvement" />, label: t("legend.favourable") },
          { key: "unfavourable", icon: <SignalMarkIcon signal="deterioration" />, label: t("legend.unfavourable") },
        ]}
      />
      <FigureTools table={table} csv={csv} filenameParts={[data.measureName, t("filename")]} png={{ title: t("pngTitle", { measure: data.measureName }), subtitle: summary.join(" "), mode: "drawing" }}>
        <div className="overflow-x-auto" role="region" aria-label={t("regionLabel", { measure: data.measureName })} tabIndex={0}>
          <svg
            viewBox={`0 0 ${FUNNEL_BOX.width} ${FUNNEL_BOX.height}`}
            role="img"
            aria-label={t("drawingLabel", { measure: data.measureName, summary: summary.join(" ") })}
            className="h-auto w-full max-w-3xl min-w-[30rem]"
            fontSize={12}
            data-figure-drawing=""
          >
            <rect x={0} y={0} width={FUNNEL_BOX.width} height={FUNNEL_BOX.height} fill="#ffffff" />
            {geometry.yTicks.map((tick) => (
              <g key={`y${tick.value}`}>
                <line x1={FUNNEL_BOX.left} x2={FUNNEL_BOX.width - FUNNEL_BOX.right} y1={tick.y} y2={tick.y} stroke={CHART_COLOURS.grid} />
                <text x={FUNNEL_BOX.left - 6} y={tick.y + 4} textAnchor="end" fill="#334155">
                  {formatValue(locale, tick.value)}
                </text>
              </g>
            ))}
            {geometry.xTicks.map((tick) => (
              <g key={`x${tick.value}`}>
                <line x1={tick.x} x2={tick.x} y1={bottom} y2={bottom + 5} stroke="#334155" />
                <text x={tick.x} y={bottom + 18} textAnchor="middle" fill="#334155">
                  {formatNumber(locale, tick.value)}
                </text>
              </g>
            ))}
            <line x1={FUNNEL_BOX.left} x2={FUNNEL_BOX.width - FUNNEL_BOX.right} y1={bottom} y2={bottom} stroke="#334155" />
            <text x={(FUNNEL_BOX.left + FUNNEL_BOX.width - FUNNEL_BOX.right) / 2} y={FUNNEL_BOX.height - 8} textAnchor="middle" fill="#0f172a">
              {t("xAxis")}
            </text>
            <text transform={`translate(14 ${(FUNNEL_BOX.top + bottom) / 2}) rotate(-90)`} textAnchor="middle" fill="#0f172a">
              {valueLabel}
            </text>
            <g fill="none" stroke={CHART_COLOURS.limit} strokeWidth={1.5}>
              <path d={geometry.curves.upper998} strokeDasharray={DASH_998} />
              <path d={geometry.curves.lower998} strokeDasharray={DASH_998} />
              <path d={geometry.curves.upper95} strokeDasharray={DASH_95} />
              <path d={geometry.curves.lower95} strokeDasharray={DASH_95} />
            </g>
            {geometry.pooledY !== null && (
              <line x1={FUNNEL_BOX.left} x2={FUNNEL_BOX.width - FUNNEL_BOX.right} y1={geometry.pooledY} y2={geometry.pooledY} stroke={CHART_COLOURS.centre} strokeWidth={2} />
            )}
            {geometry.points.map((point) => (
              <SignalMark key={point.teamId} cx={point.x} cy={point.y} signal={MARK_SIGNAL[point.mark]} size={point.mark === "inside" ? 3.5 : 4} />
            ))}
            {labelled.map((point) => {
              const label = labels.get(point.teamId);
              return label ? (
                <text key={point.teamId} x={label.x} y={label.y} textAnchor={label.anchor} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke" fontWeight={600}>
                  {point.teamName}
                </text>
              ) : null;
            })}
          </svg>
        </div>
      </FigureTools>
    </figure>
  );
}
