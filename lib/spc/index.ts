/**
 * Samspil statistics: run charts, control charts, funnel plots and their verdicts. Pure TypeScript;
 * imports nothing from the database, Next or React (STYLE.md "Statistics").
 */
export { RULE_CODES } from "./types";
export type {
  ChartType,
  ControlChartOptions,
  ControlChartType,
  Direction,
  IhiPhaseStats,
  RuleCode,
  RuleSet,
  RunChartOptions,
  SeriesOptions,
  SignalSide,
  SpcAnalysis,
  SpcPhase,
  SpcPoint,
  SpcSignal,
} from "./types";

export { runChart } from "./run-chart";
export { controlChart, tChart } from "./control-chart";
export { xbarChart, sChart, type SubgroupInput } from "./subgroup-charts";
export {
  summarise,
  MIN_USEFUL_POINTS,
  type Assurance,
  type AssuranceVerdict,
  type Summary,
  type Verdict,
} from "./summarise";
export {
  funnelPlot,
  Z_95,
  Z_998,
  type FunnelCurvePoint,
  type FunnelGroup,
  type FunnelGroupResult,
  type FunnelLimits,
  type FunnelOptions,
  type FunnelResult,
  type FunnelSide,
} from "./funnel";
export { poolByPeriod, type PeriodRow, type PooledPeriod } from "./pooling";

export { anhoejLimits, crossingsMin, longestRunMax, qbinomHalf } from "./binomial";
export { runsBounds, runsProbability, trendSpans, type TrendSpan } from "./rules-ihi";
export { shiftFlags, trendFlags, twoInThreeFlags, type Flag } from "./rules-primitives";
export {
  classifyPoint,
  evaluateMdcRules,
  partOfSevenTrend,
  partOfTwoInThree,
  sevenPointOneSideMean,
  sevenPointTrend,
  twoInThree,
  type MdcRuleFlags,
  type PointType,
} from "./rules-mdc";
export {
  makingDataCount,
  type MakingDataCountOptions,
  type MdcPeriod,
  type MdcPoint,
  type MdcResult,
} from "./making-data-count";
export { IHI_SHIFT_POINTS, IHI_TREND_POINTS, MDC_SHIFT_POINTS, MDC_TREND_POINTS } from "./assemble";
