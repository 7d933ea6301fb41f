import { averageMovingRange, maskedMean, orNull, toFloat } from "./math";
import { classifyPoint, evaluateMdcRules, type PointType } from "./rules-mdc";
import { buildSegments } from "./segments";
import type { RuleCode } from "./types";

export interface MakingDataCountOptions {
  /** Which way is better; "neither" classifies every special cause as neutral. Default "increase". */
  improvement?: "increase" | "decrease" | "neither";
  /** Points on one side of the mean for a shift: 7 (NHSRplotthedots) or 6 (MDC tool's test data). */
  shiftPoints?: number;
  /** Points in a trend: 7 (NHSRplotthedots) or 6 (MDC tool's test data). */
  trendPoints?: number;
  /** Limits = mean ± limitConstant × average moving range; 2.66 in the NHS tools (≈ 3/1.128). */
  limitConstant?: number;
  /** Drop moving ranges ≥ 3.267 × their mean once; true in NHSRplotthedots, false in the MDC Excel tool. */
  screenMovingRanges?: boolean;
  /** Compute mean and limits on the first k points and extend them (MDC baseline, NHSR fix_after_n_points). */
  baseline?: number;
  /** Recalculations: a new period starts after k1, k2, … points. Ignored when a baseline is set (MDC). */
  phases?: number[];
  /** Fewer non-missing points than this: no limits and no special causes (MDC Single Chart Tool: 13). */
  minPoints?: number;
}

export interface MdcPoint {
  value: number | null;
  mean: number | null;
  upl: number | null;
  lpl: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  pointType: PointType;
  rules: RuleCode[];
}

export interface MdcPeriod {
  start: number;
  end: number;
  mean: number | null;
  averageMovingRange: number | null;
}

export interface MdcResult {
  points: MdcPoint[];
  periods: MdcPeriod[];
  /** False when there are fewer than `minPoints` values: then no limits and no icons (MDC). */
  limitsShown: boolean;
  /** The MDC variation icon is the class of the last point; null without limits or points. */
  variation: PointType | null;
}

/**
 * XmR chart with the NHS "Making Data Count" rules (NHS England MDC Single Chart Tool; NHSRplotthedots
 * `ptd_spc`): limits mean ± 2.66·AMR, 2-sigma lines at two thirds of that, and per point the rules
 * outside limits, shift, trend and two-of-three (see `evaluateMdcRules`), classified by the improvement
 * direction (see `classifyPoint`). The rules cross recalculations, as the Single Chart Tool.
 */
export function makingDataCount(values: readonly (number | null)[], options: MakingDataCountOptions = {}): MdcResult {
  const y = toFloat(values);
  const len = y.length;
  const constant = options.limitConstant ?? 2.66;
  const screen = options.screenMovingRanges ?? true;
  const segments = buildSegments(len, {
    baseline: options.baseline,
    phases: options.baseline ? undefined : options.phases,
  });
  let count = 0;
  for (let i = 0; i < len; i++) if (y[i] === y[i]) count++;
  const limitsShown = count >= (options.minPoints ?? 0) && count > 0;

  const mean = new Float64Array(len);
  const upl = new Float64Array(len).fill(NaN);
  const lpl = new Float64Array(len).fill(NaN);
  const up2 = new Float64Array(len).fill(NaN);
  const lo2 = new Float64Array(len).fill(NaN);
  const periods: MdcPeriod[] = [];
  const { bounds, base } = segments;
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p];
    const end = bounds[p + 1];
    const m = maskedMean(y, base, start, end);
    const amr = averageMovingRange(y, base, start, end, screen);
    mean.fill(m, start, end);
    if (limitsShown) {
      upl.fill(m + constant * amr, start, end);
      lpl.fill(m - constant * amr, start, end);
      up2.fill(m + ((2 * constant) / 3) * amr, start, end);
      lo2.fill(m - ((2 * constant) / 3) * amr, start, end);
    }
    periods.push({ start, end, mean: orNull(m), averageMovingRange: orNull(amr) });
  }

  const flags = evaluateMdcRules(
    y,
    mean,
    lpl,
    upl,
    lo2,
    up2,
    options.shiftPoints ?? 7,
    options.trendPoints ?? 7,
  );
  const improvement = options.improvement === "decrease" ? -1 : options.improvement === "neither" ? 0 : 1;
  const points: MdcPoint[] = new Array(len);
  for (let i = 0; i < len; i++) {
    const rules: RuleCode[] = [];
    if (limitsShown) {
      if (flags.outside[i] !== 0) rules.push("outside-limits");
      if (flags.shift[i] !== 0) rules.push("shift");
      if (flags.trend[i] !== 0) rules.push("trend");
      if (flags.twoOfThree[i] !== 0) rules.push("two-of-three");
    }
    points[i] = {
      value: orNull(y[i]),
      mean: orNull(mean[i]),
      upl: orNull(upl[i]),
      lpl: orNull(lpl[i]),
      upperTwoSigma: orNull(up2[i]),
      lowerTwoSigma: orNull(lo2[i]),
      pointType: limitsShown ? classifyPoint(flags, i, improvement) : "common_cause",
      rules,
    };
  }
  let variation: PointType | null = null;
  if (limitsShown) {
    for (let i = len - 1; i >= 0; i--) {
      if (y[i] === y[i]) {
        variation = points[i].pointType;
        break;
      }
    }
  }
  return { points, periods, limitsShown, variation };
}
