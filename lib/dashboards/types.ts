// The serialisable shapes the dashboard loaders (lib/dashboards/*-data.ts) hand to the dashboard
// components (components/dashboards/*). Pure types: no database, no React.
import type { ChartKind } from "@/lib/measures/chart-kind";
import type { Frequency } from "@/lib/measures/periods";
import type { Verdict } from "@/lib/spc";
import type { PointSignal } from "@/lib/charts/chart-model";

export type { PointSignal, Verdict };

/** One team's small chart of a shared measure, aligned to the common period axis of its SmallMultiples. */
export interface SmallMultipleTeam {
  teamId: string;
  teamName: string;
  verdict: Verdict;
  /** One entry per common period; null where the team has no value. */
  values: (number | null)[];
  /** The team's centre line (median of a run chart, mean of a control chart) per common period. */
  centre: (number | null)[];
  signals: PointSignal[];
}

/** Small multiples of one shared measure: one chart per team on a common scale (x and y). */
export interface SmallMultiplesData {
  measureId: string;
  measureName: string;
  unit: string;
  frequency: Frequency;
  chart: ChartKind;
  direction: "UP" | "DOWN";
  /** "YYYY-MM-DD" period starts of the common axis (oldest first). */
  periods: string[];
  /** The common y scale of every team's chart. */
  yMin: number;
  yMax: number;
  teams: SmallMultipleTeam[];
}

/** A team's place in the funnel plot of one proportion measure over the latest quarter. */
export interface FunnelTeamPoint {
  teamId: string;
  teamName: string;
  numerator: number;
  denominator: number;
  /** numerator / denominator × multiplier; null without a usable denominator. */
  value: number | null;
  /** Outside the 95 % / 99.8 % limits, and on which side; null inside. */
  outside95: "above" | "below" | null;
  outside998: "above" | "below" | null;
  /** Whether being outside is good for this measure (direction-aware); null when inside. */
  favourable: boolean | null;
}

export interface FunnelData {
  measureId: string;
  measureName: string;
  unit: string;
  direction: "UP" | "DOWN";
  /** The quarter the funnel covers, "YYYY-MM-DD" inclusive start and exclusive end. */
  from: string;
  to: string;
  /** Pooled proportion × multiplier; null when no team has a usable denominator. */
  pooled: number | null;
  teams: FunnelTeamPoint[];
  /** Limit curves by denominator, for drawing. */
  curves: { denominator: number; lower95: number; upper95: number; lower998: number; upper998: number }[];
}

/** The assessment scores given in one month ("YYYY-MM"), for the score distribution. */
export interface ScoreMonth {
  month: string;
  /** Every team's score of that month (1.0–5.0 in steps of 0.5). */
  scores: number[];
}

/** PDSA activity of the collaborative's teams in one month ("YYYY-MM"). */
export interface CycleActivityMonth {
  month: string;
  started: number;
  completed: number;
  abandoned: number;
}

/** One cell of the completeness heat map: a team's shared-measure slots in one month. */
export interface CompletenessCell {
  /** "YYYY-MM" */
  month: string;
  expected: number;
  found: number;
  /** Where the team's missing periods of that month can be filled in. */
  href: string;
}

export interface CompletenessRow {
  teamId: string;
  teamName: string;
  cells: CompletenessCell[];
}

/** Teams × months: share of expected shared-measure values present. */
export interface CompletenessHeatMapData {
  months: string[];
  rows: CompletenessRow[];
}
