// The summary of one team's chart of one measure, computed the same way as the measure page draws it
// (the team's chart kind, frozen baseline and phases; lib/spc through chart-analysis), so the
// dashboards and the team's own page never disagree. Pure: no database.
import { analyseChart } from "@/lib/charts/chart-analysis";
import { measureSeriesSettings, type ChartSeries, type PointSignal } from "@/lib/charts/chart-model";
import { effectiveChart, parsePhaseSplits, type ChartKind } from "@/lib/measures/chart-kind";
import { buildPeriodAxis, isoDay, type Frequency } from "@/lib/measures/periods";
import { hasDenominator, measurementValue } from "@/lib/measures/value";
import type { Verdict } from "@/lib/spc";

export type SummaryMeasure = {
  kind: string;
  multiplier: number;
  unit: string;
  frequency: Frequency;
  direction: string;
  goal: number | null;
  defaultChart: string;
  rules: string;
};
export type SummarySetting = { baselineCount: number | null; phaseSplits: string; chart: string | null } | null;
export type SummaryRow = { periodStart: Date; numerator: number; denominator: number | null };

/** The stored series of a summary: the team's whole period axis with values, centre and signals. */
export type SummarySeries = { start: string | null; values: (number | null)[]; centre: (number | null)[]; signals: PointSignal[] };

export type TeamMeasureSummaryValues = {
  verdict: Verdict;
  chart: ChartKind;
  pointCount: number;
  firstPeriod: Date | null;
  latestPeriod: Date | null;
  latestValue: number | null;
  series: SummarySeries;
};

const ROUND = 1e6;
const rounded = (value: number | null) => (value === null ? null : Math.round(value * ROUND) / ROUND);

/** Summarises one series; rows need not be sorted. */
export function summariseTeamMeasure(measure: SummaryMeasure, setting: SummarySetting, rows: readonly SummaryRow[]): TeamMeasureSummaryValues {
  const withDenominator = hasDenominator(measure.kind);
  const chart = effectiveChart(setting?.chart, measure.defaultChart, withDenominator);
  const axis = buildPeriodAxis(measure.frequency, rows);
  const series: ChartSeries = {
    chart,
    ...measureSeriesSettings(measure),
    hasDenominator: withDenominator,
    baselineCount: setting?.baselineCount ?? null,
    phaseSplits: parsePhaseSplits(setting?.phaseSplits ?? ""),
    periods: axis.map(({ periodStart, row }) => ({
      start: isoDay(periodStart),
      numerator: row?.numerator ?? null,
      denominator: withDenominator ? (row?.denominator ?? null) : null,
      value: row ? measurementValue(measure.kind, measure.multiplier, row.numerator, row.denominator) : null,
    })),
    markers: [],
  };
  const model = analyseChart(series);
  const present = model.rows.filter((row) => row.value !== null);
  const latest = present[present.length - 1];
  return {
    verdict: model.summary.verdict,
    chart,
    pointCount: rows.length,
    firstPeriod: axis[0]?.periodStart ?? null,
    latestPeriod: latest ? new Date(`${latest.period}T00:00:00.000Z`) : null,
    latestValue: rounded(latest?.value ?? null),
    series: {
      start: axis[0] ? isoDay(axis[0].periodStart) : null,
      values: model.rows.map((row) => rounded(row.value)),
      centre: model.rows.map((row) => rounded(row.centre)),
      signals: model.rows.map((row) => row.signal),
    },
  };
}

const SIGNALS: readonly PointSignal[] = ["none", "improvement", "deterioration"];

/** Reads a stored series leniently (an empty or unreadable one is an empty series). */
export function parseSummarySeries(json: string): SummarySeries {
  try {
    const raw = JSON.parse(json) as Partial<SummarySeries>;
    const values = Array.isArray(raw.values) ? raw.values.map((value) => (typeof value === "number" ? value : null)) : [];
    const centre = Array.isArray(raw.centre) ? raw.centre.map((value) => (typeof value === "number" ? value : null)) : [];
    const signals = Array.isArray(raw.signals) ? raw.signals.map((signal) => (SIGNALS.includes(signal) ? signal : "none")) : [];
    return { start: typeof raw.start === "string" ? raw.start : null, values, centre, signals };
  } catch {
    return { start: null, values: [], centre: [], signals: [] };
  }
}
