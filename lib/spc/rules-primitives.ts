/**
 * Parameterised rule primitives with PowerBI-SPC semantics (`src/Outlier Flagging`), so that other
 * toolkits' settings (shift n = 7, trend n = 5, IHI 6/5, MDC 6/6 or 7/7) can be reproduced and checked.
 * A flag is "upper", "lower" or "none"; a later window overwrites an earlier one while back-filling.
 */
export type Flag = "upper" | "lower" | "none";

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** Back-fills each flagged index i over the `span` points before it (PowerBI-SPC order: later wins). */
function backfill(flags: Flag[], span: number): Flag[] {
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === "none") continue;
    for (let j = i - 1; j >= i - span && j >= 0; j--) flags[j] = flags[i];
  }
  return flags;
}

/**
 * Shift: n consecutive points on the same side of their centre (PowerBI-SPC `shift`): the trailing
 * window of n signs sums to ±n. A point exactly on the centre (sign 0) or missing breaks the shift.
 */
export function shiftFlags(values: readonly (number | null)[], centre: readonly number[] | number, n: number): Flag[] {
  const len = values.length;
  const signs = new Int8Array(len);
  for (let i = 0; i < len; i++) {
    const v = values[i];
    const c = typeof centre === "number" ? centre : centre[i];
    signs[i] = v === null ? 0 : sign(v - c);
  }
  const flags: Flag[] = new Array<Flag>(len);
  let sum = 0;
  for (let i = 0; i < len; i++) {
    sum += signs[i];
    if (i >= n) sum -= signs[i - n];
    flags[i] = sum >= n ? "upper" : sum <= -n ? "lower" : "none";
  }
  return backfill(flags, n - 1);
}

/**
 * Trend: n points (n − 1 consecutive differences) all increasing or all decreasing (PowerBI-SPC
 * `trend`). Equal consecutive values (difference sign 0) break a trend.
 */
export function trendFlags(values: readonly (number | null)[], n: number): Flag[] {
  const len = values.length;
  if (len === 0) return [];
  const steps = new Int8Array(len);
  for (let i = 1; i < len; i++) {
    const a = values[i - 1];
    const b = values[i];
    steps[i] = a === null || b === null ? 0 : sign(b - a);
  }
  const window = n - 1;
  const flags: Flag[] = new Array<Flag>(len);
  let sum = 0;
  for (let i = 0; i < len; i++) {
    sum += steps[i];
    if (i >= window) sum -= steps[i - window];
    flags[i] = sum >= window ? "upper" : sum <= -window ? "lower" : "none";
  }
  return backfill(flags, n - 1);
}

/**
 * Two in three: at least 2 of 3 consecutive points strictly beyond the same 2-sigma line (PowerBI-SPC
 * `twoInThree`; a point beyond 3 sigma counts, unlike the NHS rule). Only the points beyond the line are
 * flagged unless `highlightSeries` is set.
 */
export function twoInThreeFlags(
  values: readonly (number | null)[],
  lower95: readonly number[],
  upper95: readonly number[],
  highlightSeries = false,
): Flag[] {
  const len = values.length;
  const beyond = new Int8Array(len);
  for (let i = 0; i < len; i++) {
    const v = values[i];
    beyond[i] = v === null ? 0 : v > upper95[i] ? 1 : v < lower95[i] ? -1 : 0;
  }
  const flags: Flag[] = new Array<Flag>(len);
  for (let i = 0; i < len; i++) {
    const sum = beyond[i] + (i >= 1 ? beyond[i - 1] : 0) + (i >= 2 ? beyond[i - 2] : 0);
    flags[i] = sum >= 2 ? "upper" : sum <= -2 ? "lower" : "none";
  }
  for (let i = 0; i < len; i++) {
    if (flags[i] === "none") continue;
    for (let j = i - 1; j >= i - 2 && j >= 0; j--) {
      if (beyond[j] !== 0 || highlightSeries) flags[j] = flags[i];
    }
    if (beyond[i] === 0 && !highlightSeries) flags[i] = "none";
  }
  return flags;
}
