// Runs lib/spc on a chart series and builds the model the chart draws. Called where the data are
// loaded (server components), so the browser receives the finished analysis and never computes it.
import { controlChart, runChart, summarise, type ControlChartType, type SpcAnalysis } from "@/lib/spc";
import { chartNeedsDenominator, type ChartKind } from "@/lib/measures/chart-kind";
import { buildChartModel, effectiveBaseline, type ChartModel, type ChartSeries, type RuleSetName } from "./chart-model";

const RULE_SETS: Record<RuleSetName, "anhoej" | "ihi" | "mdc"> = { ANHOEJ: "anhoej", IHI: "ihi", MDC: "mdc" };
const CONTROL_TYPES: Record<Exclude<ChartKind, "RUN">, ControlChartType> = { I: "i", P: "p", U: "u", C: "c", G: "g", PP: "pp", UP: "up" };

/**
 * lib/spc's analysis of the series: a run chart of the plotted values, P/U (and Laney's P′/U′) charts
 * of numerators over denominators with the measure's multiplier, other control charts of the values.
 * The team's frozen baseline and phase splits are passed through as qicharts2 `freeze` and `part`.
 */
export function analyseSeries(series: ChartSeries): SpcAnalysis {
  const options = {
    baseline: effectiveBaseline(series) ?? undefined,
    phases: series.phaseSplits,
    rules: RULE_SETS[series.rules],
    direction: series.direction === "DOWN" ? ("down" as const) : ("up" as const),
  };
  if (series.chart === "RUN") return runChart(series.periods.map((period) => period.value), options);
  const type = CONTROL_TYPES[series.chart];
  if (chartNeedsDenominator(series.chart)) {
    return controlChart(
      type,
      series.periods.map((period) => period.numerator),
      series.periods.map((period) => period.denominator),
      { ...options, multiplier: series.multiplier },
    );
  }
  return controlChart(type, series.periods.map((period) => period.value), undefined, options);
}

/** The analysed model of a series: lib/spc's points, phases, signals and direction-aware verdict. */
export function analyseChart(series: ChartSeries): ChartModel {
  const analysis = analyseSeries(series);
  const summary = summarise(analysis, series.direction === "DOWN" ? "down" : "up", series.goal ?? undefined);
  return buildChartModel(series, analysis, summary);
}
