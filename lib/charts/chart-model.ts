// From a loaded series and its lib/spc analysis to what a chart draws: rows, phases and markers.
// Pure and serialisable; the statistics come from lib/spc alone (chart-analysis.ts runs it), this file
// only reshapes its output, so client components (components/charts) import it without the
// statistics library, and the dashboards and summaries in lib use the same model.
import type { RuleCode, SpcAnalysis, Summary } from "@/lib/spc";
import type { ChartKind } from "@/lib/measures/chart-kind";
import { isoDay, parseIsoDay, periodIndexOf, type Frequency } from "@/lib/measures/periods";
import type { TeamMeasureChart } from "@/lib/measures/data";

export type Direction = "UP" | "DOWN";
export type RuleSetName = "ANHOEJ" | "IHI" | "MDC";

/** One period of a series; `value` is the plotted value (lib/measures/value.ts), null when missing. */
export interface SeriesPeriod {
  start: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  note?: string;
}

/** An annotation or a PDSA cycle shown on the chart at the period of its date. */
export interface ChartMarker {
  id: string;
  kind: "annotation" | "cycle";
  /** "YYYY-MM-DD": the annotation's date or the cycle's start. */
  date: string;
  text: string;
  /** PDSA cycles: state and completion day. */
  state?: string;
  endDate?: string | null;
}

/** Everything needed to analyse and draw one measure of one team (or one gallery example). */
export interface ChartSeries {
  chart: ChartKind;
  frequency: Frequency;
  direction: Direction;
  rules: RuleSetName;
  goal: number | null;
  multiplier: number;
  unit: string;
  hasDenominator: boolean;
  baselineCount: number | null;
  phaseSplits: number[];
  periods: SeriesPeriod[];
  markers: ChartMarker[];
}

/** How a point is drawn: ordinary, or part of a signal that is good or bad for the measure. */
export type PointSignal = "none" | "improvement" | "deterioration";

export interface ChartRow {
  index: number;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  centre: number | null;
  lcl: number | null;
  ucl: number | null;
  signal: PointSignal;
  rules: RuleCode[];
  phase: number;
  note: string;
}

export interface ChartPhase {
  start: number;
  end: number;
  centre: number | null;
  /** A runs signal without a side (few crossings, too few/many runs): the centre line is drawn dashed. */
  hasSidelessSignal: boolean;
  /** Points off the centre line (the rules need at least 10). */
  nUseful: number;
  /** Points with a value (for "no signal in n points"). */
  nPoints: number;
  /** The sideless rules that fired in this phase. */
  sidelessRules: RuleCode[];
}

export interface PlacedMarker extends ChartMarker {
  /** Number shown on the chart and in the marker list (1-based, by date). */
  number: number;
  /** Index of the period on the axis; -1 when the date lies outside the plotted periods. */
  index: number;
}

/** The serialisable model a chart component draws. */
export interface ChartModel {
  chart: ChartKind;
  rules: RuleSetName;
  frequency: Frequency;
  direction: Direction;
  goal: number | null;
  unit: string;
  hasDenominator: boolean;
  /** The largest value the chart can hold (a proportion's multiplier), for the axis; null when open. */
  valueCap: number | null;
  /** Number of points the centre line is frozen on; null when not frozen (or all points). */
  baselineCount: number | null;
  rows: ChartRow[];
  phases: ChartPhase[];
  markers: PlacedMarker[];
  summary: Summary;
}

/** Run and G charts centre on the median, the other control charts on the mean (the "centre line"). */
export function centreIsMedian(chart: ChartKind): boolean {
  return chart === "RUN" || chart === "G";
}

export function isRuleSetName(value: unknown): value is RuleSetName {
  return value === "ANHOEJ" || value === "IHI" || value === "MDC";
}

type MeasureChartFields = { frequency: Frequency; direction: string; rules: string; goal: number | null; multiplier: number; unit: string };

/** What a measure's definition gives every chart of it: the team's page, a stored summary, a pooled chart. */
export function measureSeriesSettings(measure: MeasureChartFields): Pick<ChartSeries, keyof MeasureChartFields> {
  return {
    frequency: measure.frequency,
    direction: measure.direction === "DOWN" ? "DOWN" : "UP",
    rules: isRuleSetName(measure.rules) ? measure.rules : "ANHOEJ",
    goal: measure.goal,
    multiplier: measure.multiplier,
    unit: measure.unit,
  };
}

/** The series of the measure page, from the loader's result. */
export function toChartSeries(loaded: TeamMeasureChart): ChartSeries {
  const { measure } = loaded;
  const markers: ChartMarker[] = [
    ...loaded.annotations.map((annotation) => ({ id: annotation.id, kind: "annotation" as const, date: isoDay(annotation.date), text: annotation.text })),
    ...loaded.cycles.flatMap((cycle) =>
      cycle.startedAt
        ? [{ id: cycle.id, kind: "cycle" as const, date: isoDay(cycle.startedAt), text: cycle.title, state: cycle.state, endDate: cycle.completedAt ? isoDay(cycle.completedAt) : null }]
        : [],
    ),
  ];
  return {
    chart: loaded.chart,
    ...measureSeriesSettings(measure),
    hasDenominator: loaded.points.some((point) => point.denominator !== null),
    baselineCount: loaded.setting.baselineCount,
    phaseSplits: loaded.setting.phaseSplits,
    periods: loaded.points.map((point) => ({
      start: isoDay(point.periodStart),
      numerator: point.numerator,
      denominator: point.denominator,
      value: point.value,
      note: point.note,
    })),
    markers,
  };
}

/** A frozen baseline applies only when it is shorter than the series. */
export function effectiveBaseline(series: Pick<ChartSeries, "baselineCount" | "periods">): number | null {
  const k = series.baselineCount;
  return k !== null && Number.isInteger(k) && k > 0 && k < series.periods.length ? k : null;
}

const SIDE_PRIORITY: RuleCode[] = ["outside-limits", "astronomical", "long-run", "shift", "two-of-three", "trend"];

/**
 * Good or bad signal per point, from the signals that have a side: above/up is good for a measure
 * that should rise, below/down for one that should fall. When a point takes part in several
 * signals, the most specific rule decides (a point outside the limits before the run it is part of).
 */
export function classifyPoints(analysis: SpcAnalysis, direction: Direction): PointSignal[] {
  const classes: PointSignal[] = analysis.points.map(() => "none");
  const rank: number[] = analysis.points.map(() => Infinity);
  for (const signal of analysis.signals) {
    if (signal.side === null) continue;
    const known = SIDE_PRIORITY.indexOf(signal.rule);
    const priority = known < 0 ? SIDE_PRIORITY.length : known;
    const good = direction === "UP" ? signal.side === "above" || signal.side === "up" : signal.side === "below" || signal.side === "down";
    for (let i = signal.start; i < signal.end; i++) {
      const point = analysis.points[i];
      if (!point?.rules.includes(signal.rule) || priority >= rank[i]) continue;
      rank[i] = priority;
      classes[i] = good ? "improvement" : "deterioration";
    }
  }
  return classes;
}

/** Markers numbered by date and placed on the period that contains them. */
export function placeMarkers(markers: readonly ChartMarker[], frequency: Frequency, periodStarts: readonly string[]): PlacedMarker[] {
  return [...markers]
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
    .map((marker, i) => ({ ...marker, number: i + 1, index: periodIndexOf(frequency, periodStarts, parseIsoDay(marker.date)) }));
}

/** The chart model: rows with lib/spc's centre, limits and signals, phases, markers and the verdict. */
export function buildChartModel(series: ChartSeries, analysis: SpcAnalysis, summary: Summary): ChartModel {
  const classes = classifyPoints(analysis, series.direction);
  const phaseOf = (i: number) => analysis.phases.findIndex((phase) => i >= phase.start && i < phase.end);
  const isControl = series.chart !== "RUN";
  const rows: ChartRow[] = series.periods.map((period, i) => {
    const point = analysis.points[i];
    return {
      index: i,
      period: period.start,
      value: point?.value ?? null,
      numerator: period.numerator,
      denominator: period.denominator,
      centre: point?.centre ?? null,
      lcl: isControl ? (point?.lcl ?? null) : null,
      ucl: isControl ? (point?.ucl ?? null) : null,
      signal: classes[i] ?? "none",
      rules: point?.rules ?? [],
      phase: Math.max(0, phaseOf(i)),
      note: period.note ?? "",
    };
  });
  const sidelessRules = (p: number) => [...new Set(analysis.signals.filter((signal) => signal.side === null && signal.phase === p).map((signal) => signal.rule))];
  return {
    chart: series.chart,
    rules: series.rules,
    frequency: series.frequency,
    direction: series.direction,
    goal: series.goal,
    unit: series.unit,
    hasDenominator: series.hasDenominator,
    valueCap: series.chart === "P" || series.chart === "PP" ? series.multiplier : null,
    baselineCount: effectiveBaseline(series),
    rows,
    phases: analysis.phases.map((phase, p) => {
      const rules = sidelessRules(p);
      const nPoints = rows.slice(phase.start, phase.end).filter((row) => row.value !== null).length;
      return { start: phase.start, end: phase.end, centre: phase.centre, hasSidelessSignal: rules.length > 0, nUseful: phase.nUseful, nPoints, sidelessRules: rules };
    }),
    markers: placeMarkers(series.markers, series.frequency, rows.map((row) => row.period)),
    summary,
  };
}
