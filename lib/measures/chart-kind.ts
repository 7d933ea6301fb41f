// The chart a measure is drawn with (Measure.defaultChart, overridden per team by
// TeamMeasureSetting.chart) and the team's phase splits. Pure: shared by the loader and the charts.

export const CHART_KINDS = ["RUN", "I", "P", "U", "C", "G", "PP", "UP"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export function isChartKind(value: unknown): value is ChartKind {
  return typeof value === "string" && (CHART_KINDS as readonly string[]).includes(value);
}

/** P, U and Laney's P′/U′ need a denominator per point (PRODUCT.md §5). */
export function chartNeedsDenominator(chart: ChartKind): boolean {
  return chart === "P" || chart === "U" || chart === "PP" || chart === "UP";
}

/**
 * The chart to draw: the team's choice, else the measure's default; a chart that needs denominators
 * falls back to a run chart for a measure without them, and so does an unknown value.
 */
export function effectiveChart(settingChart: string | null | undefined, defaultChart: string, hasDenominator: boolean): ChartKind {
  const chosen = settingChart ?? defaultChart;
  return isChartKind(chosen) && (hasDenominator || !chartNeedsDenominator(chosen)) ? chosen : "RUN";
}

/** "12,30" → [12, 30]: phase splits as qicharts2 `part`; anything but a positive whole number is dropped. */
export function parsePhaseSplits(text: string): number[] {
  const splits = text
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((value) => Number.isInteger(value) && value > 0);
  return [...new Set(splits)].sort((a, b) => a - b);
}
