import { tickIndices } from "@/components/charts/chart-plot-data";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";
import { monthAxisLabels } from "./dashboard-format";

/** Room per month label ("sep." with the year below), so labels never overlap. */
const UNITS_PER_LABEL = 44;

/** Month labels under bar slots: the short month, with the year where it changes. */
export function MonthAxis({ months, centre, y, width, locale }: { months: readonly string[]; centre: (index: number) => number; y: number; width: number; locale: Locale }) {
  const labels = monthAxisLabels(locale, months, tickIndices(months.length, Math.max(2, Math.floor(width / UNITS_PER_LABEL))));
  return (
    <g fill="#334155" textAnchor="middle">
      {labels.map((label) => (
        <text key={label.index} x={centre(label.index)} y={y}>
          <tspan>{label.label}</tspan>
          {label.year !== null && (
            <tspan x={centre(label.index)} dy={14}>
              {label.year}
            </tspan>
          )}
        </text>
      ))}
    </g>
  );
}

/** Horizontal grid lines with their counts at the left. */
export function CountGrid({ ticks, y, left, right, locale }: { ticks: readonly number[]; y: (value: number) => number; left: number; right: number; locale: Locale }) {
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#334155" : "#e5e7eb"} />
          <text x={left - 6} y={y(tick) + 4} textAnchor="end" fill="#334155">
            {formatNumber(locale, tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
