/**
 * Shared types of the statistics library. Values stay numbers; a missing value is `null`, never NaN,
 * in everything that leaves the library.
 */

/** Control-chart types reachable through `controlChart` (qicharts2 names; pp/up are Laney's P′/U′). */
export type ControlChartType = "i" | "mr" | "p" | "u" | "c" | "g" | "pp" | "up";

/** Every chart an analysis can describe, including the extra peers' types (t, xbar, s). */
export type ChartType = "run" | ControlChartType | "t" | "xbar" | "s";

/** Rule sets applied on the centre line: Anhøj (default, qicharts2), IHI run-chart rules, NHS Making Data Count. */
export type RuleSet = "anhoej" | "ihi" | "mdc";

/** The desired direction of a measure. */
export type Direction = "up" | "down";

/**
 * Stable machine-readable rule codes. The UI turns them into words from its message catalogues; the
 * library never produces sentences.
 */
export const RULE_CODES = [
  "long-run",
  "few-crossings",
  "outside-limits",
  "shift",
  "trend",
  "too-many-runs",
  "too-few-runs",
  "astronomical",
  "two-of-three",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** Where a signal lies: above/below the centre line, or a trend going up/down; null when it has no side. */
export type SignalSide = "above" | "below" | "up" | "down";

export interface SpcPoint {
  /** The plotted value (after `multiplier`); null for a missing input or an unusable denominator. */
  value: number | null;
  /** The centre line at this point (median for run and g charts). */
  centre: number | null;
  /** Lower/upper control limits; null for run charts and where the peer has none. */
  lcl: number | null;
  ucl: number | null;
  /** Strictly beyond a control limit (qicharts2 `sigma.signal`); always false on run charts. */
  outside: boolean;
  /** Part of any signal of the chosen rule set (including `outside`). */
  signal: boolean;
  /** Codes of the rules this point takes part in. */
  rules: RuleCode[];
}

/** The IHI run-chart statistics of a phase (only when `rules: "ihi"`). */
export interface IhiPhaseStats {
  /** Number of runs = crossings + 1 among useful points. */
  runs: number;
  /** Fewer runs than this is "too few"; null when the test does not apply (one side empty). */
  runsMin: number | null;
  /** More runs than this is "too many"; null when the test does not apply. */
  runsMax: number | null;
  tooFewRuns: boolean;
  tooManyRuns: boolean;
}

export interface SpcPhase {
  /** Index of the first point (inclusive). */
  start: number;
  /** Index after the last point (exclusive). */
  end: number;
  /** Run charts: the phase's median (= centre). */
  median?: number | null;
  /** The centre line of the phase (from its baseline points). */
  centre: number | null;
  /** Included points of the phase, nulls too (qicharts2 `n.obs`). */
  nObs: number;
  /** Points off the centre line (qicharts2 `n.useful`). */
  nUseful: number;
  longestRun: number;
  longestRunMax: number;
  crossings: number;
  crossingsMin: number;
  /** Anhøj: longestRun > longestRunMax (forced false on MR charts, as qicharts2). */
  runsSignal: boolean;
  /** Anhøj: crossings < crossingsMin (forced false on MR charts, as qicharts2). */
  crossingsSignal: boolean;
  /** runsSignal || crossingsSignal. */
  signal: boolean;
  ihi?: IhiPhaseStats;
}

/** One episode of a rule firing: the points start..end-1 take part. */
export interface SpcSignal {
  rule: RuleCode;
  phase: number;
  start: number;
  end: number;
  side: SignalSide | null;
}

export interface SpcAnalysis {
  chart: ChartType;
  rules: RuleSet;
  direction: Direction | null;
  points: SpcPoint[];
  phases: SpcPhase[];
  signals: SpcSignal[];
}

/** Options shared by every chart function. Indices are 0-based. */
export interface SeriesOptions {
  /**
   * Freeze the centre line (and limits) on the first k points, as qicharts2 `freeze = k`. With phases,
   * each phase uses its own points among the first k; a phase that starts after them uses all of its
   * points (qicharts2 would leave it without a centre).
   */
  baseline?: number;
  /** Split the series after k1, k2, … points, as qicharts2 `part = c(k1, k2)`; each phase is recalculated. */
  phases?: number[];
  /** Points left out of the centre line, the limits and the runs analysis (qicharts2 `exclude`), 0-based. */
  exclude?: number[];
  /**
   * Rules on the centre line; default "anhoej". "ihi": shift ≥ 6, trend ≥ 5, too few/many runs,
   * astronomical point. "mdc": shift ≥ 7, trend ≥ 7, two of three beyond 2 sigma (with outside limits on
   * control charts). The Anhøj statistics of every phase are reported whatever the choice.
   */
  rules?: RuleSet;
  /** The measure's desired direction; kept on the analysis for callers (the verdict takes it in `summarise`). */
  direction?: Direction;
}

export type RunChartOptions = SeriesOptions;

export interface ControlChartOptions extends SeriesOptions {
  /** Rescales value, centre and limits after the limits are computed (qicharts2 `multiply`). */
  multiplier?: number;
  /** Drop moving ranges ≥ 3.267 × their mean once before the limits (Nelson 1982); default true. */
  screenMovingRanges?: boolean;
  /** Width of the limits in sigmas; default 3 (2 gives the peers' "95 %" lines). */
  sigmas?: number;
}
