/**
 * NHS "Making Data Count" special-cause rules (NHS England MDC; NHSRplotthedots
 * `ptd_calculate_point_type`). The vector primitives keep NHSRplotthedots' names and 0/±1 encoding so
 * that its unit tests can be replayed; `evaluateMdcRules` is the direction-aware evaluation both the MDC
 * XmR tool and `controlChart(…, { rules: "mdc" })` use.
 */

/**
 * Flags the n-th and later point of a run of n equal, non-zero `relativeToMean` signs (NHSRplotthedots
 * `ptd_seven_point_one_side_mean`, n = 7). A point on the mean (0) breaks the run.
 */
export function sevenPointOneSideMean(relativeToMean: readonly number[], n = 7): number[] {
  const out = new Array<number>(relativeToMean.length).fill(0);
  let run = 0;
  for (let i = 0; i < relativeToMean.length; i++) {
    const s = relativeToMean[i];
    run = s !== 0 && i > 0 && s === relativeToMean[i - 1] ? run + 1 : s !== 0 ? 1 : 0;
    if (run >= n) out[i] = 1;
  }
  return out;
}

/** Back-fills a non-zero flag at i over points i − (n − 1) .. i (NHSRplotthedots `ptd_part_of_seven_trend`). */
export function partOfSevenTrend(flags: readonly number[], n = 7): number[] {
  const out = new Array<number>(flags.length).fill(0);
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === 0) continue;
    for (let j = Math.max(0, i - (n - 1)); j <= i; j++) out[j] = 1;
  }
  return out;
}

/**
 * Flags point i with 1 (−1) when the n − 1 differences ending at i all rise (fall) strictly
 * (NHSRplotthedots `ptd_seven_point_trend`, n = 7); equal values break a trend.
 */
export function sevenPointTrend(y: readonly number[], n = 7): number[] {
  const out = new Array<number>(y.length).fill(0);
  let up = 0;
  let down = 0;
  for (let i = 1; i < y.length; i++) {
    const d = y[i] - y[i - 1];
    up = d > 0 ? up + 1 : 0;
    down = d < 0 ? down + 1 : 0;
    if (up >= n - 1) out[i] = 1;
    else if (down >= n - 1) out[i] = -1;
  }
  return out;
}

/**
 * Flags every point of any 3-point window with at least 2 points close to the limits and all 3 on the same
 * side of the mean (NHSRplotthedots `ptd_two_in_three`).
 */
export function twoInThree(close: readonly number[], relativeToMean: readonly number[]): number[] {
  const len = close.length;
  const windowHit = (s: number) =>
    s >= 0 &&
    s + 2 < len &&
    Math.abs(close[s]) + Math.abs(close[s + 1]) + Math.abs(close[s + 2]) >= 2 &&
    Math.abs(relativeToMean[s] + relativeToMean[s + 1] + relativeToMean[s + 2]) === 3;
  const out = new Array<number>(len).fill(0);
  for (let i = 0; i < len; i++) {
    if (windowHit(i - 2) || windowHit(i - 1) || windowHit(i)) out[i] = 1;
  }
  return out;
}

/** Keeps only the close-to-limit points of a two-in-three window (NHSRplotthedots `ptd_part_of_two_in_three`). */
export function partOfTwoInThree(flags: readonly number[], close: readonly number[]): number[] {
  return flags.map((f, i) => (f === 1 && Math.abs(close[i]) === 1 ? 1 : 0));
}

/** Per-point directions (+1 high, −1 low, 0 none) of each MDC rule. */
export interface MdcRuleFlags {
  outside: Int8Array;
  shift: Int8Array;
  trend: Int8Array;
  twoOfThree: Int8Array;
}

/**
 * The four MDC rules over a whole series, each point judged against its own centre and lines (so the
 * shift, trend and 2-of-3 rules cross recalculations, as the MDC Single Chart Tool):
 * - outside: strictly beyond a process limit;
 * - shift: `shiftPoints` or more consecutive points on one side of the centre (a point on it breaks);
 * - trend: `trendPoints` or more strictly rising or falling points (the only rule that crosses the mean);
 * - two-of-three: 2 or 3 of 3 consecutive points beyond a 2-sigma line but not beyond the limit, all 3 on
 *   the same side of the centre; only the points beyond the line are flagged.
 * A missing value breaks every rule. NaN limits disable the limit rules at that point.
 */
export function evaluateMdcRules(
  values: Float64Array,
  centre: Float64Array,
  lcl: Float64Array,
  ucl: Float64Array,
  lower2: Float64Array,
  upper2: Float64Array,
  shiftPoints: number,
  trendPoints: number,
  include?: Uint8Array,
): MdcRuleFlags {
  const len = values.length;
  const outside = new Int8Array(len);
  const shift = new Int8Array(len);
  const trend = new Int8Array(len);
  const twoOfThree = new Int8Array(len);
  const side = new Int8Array(len);
  const close = new Int8Array(len);
  for (let i = 0; i < len; i++) {
    const v = values[i];
    if (v !== v || (include && include[i] !== 1)) continue;
    const d = v - centre[i];
    side[i] = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (v > ucl[i]) outside[i] = 1;
    else if (v < lcl[i]) outside[i] = -1;
    else if (v > upper2[i]) close[i] = 1;
    else if (v < lower2[i]) close[i] = -1;
  }
  let runStart = 0;
  for (let i = 1; i <= len; i++) {
    if (i < len && side[i] !== 0 && side[i] === side[runStart]) continue;
    if (side[runStart] !== 0 && i - runStart >= shiftPoints) shift.fill(side[runStart], runStart, i);
    runStart = i;
  }
  let dir = 0;
  let trendStart = 0;
  for (let i = 1; i <= len; i++) {
    const step = i < len && hasValue(values, include, i) && hasValue(values, include, i - 1)
      ? Math.sign(values[i] - values[i - 1])
      : 0;
    if (step !== 0 && step === dir) continue;
    if (dir !== 0 && i - trendStart >= trendPoints) trend.fill(dir, trendStart, i);
    dir = step;
    trendStart = i - 1;
  }
  for (let s = 0; s + 2 < len; s++) {
    const sides = side[s] + side[s + 1] + side[s + 2];
    if (sides !== 3 && sides !== -3) continue;
    const hits = Math.abs(close[s]) + Math.abs(close[s + 1]) + Math.abs(close[s + 2]);
    if (hits < 2) continue;
    for (let j = s; j < s + 3; j++) if (close[j] !== 0) twoOfThree[j] = close[j];
  }
  return { outside, shift, trend, twoOfThree };
}

function hasValue(values: Float64Array, include: Uint8Array | undefined, i: number): boolean {
  return values[i] === values[i] && (!include || include[i] === 1);
}

export type PointType =
  | "common_cause"
  | "special_cause_improvement"
  | "special_cause_concern"
  | "special_cause_neutral";

/**
 * MDC point classification: a point any rule flags in the improvement direction is improvement; else
 * one flagged in the other direction is concern (the Excel tool shows blue on a conflict, MDC XmR
 * testing document "Special cause conflict"); with no direction ("neither") any flag is neutral.
 */
export function classifyPoint(flags: MdcRuleFlags, i: number, improvement: 1 | -1 | 0): PointType {
  const a = flags.outside[i];
  const b = flags.shift[i];
  const c = flags.trend[i];
  const d = flags.twoOfThree[i];
  if (a === 0 && b === 0 && c === 0 && d === 0) return "common_cause";
  if (improvement === 0) return "special_cause_neutral";
  if (a === improvement || b === improvement || c === improvement || d === improvement) {
    return "special_cause_improvement";
  }
  return "special_cause_concern";
}
