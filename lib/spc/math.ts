/**
 * Small numeric helpers. Hot paths work on Float64Array with NaN for "missing" so that the loops stay
 * monomorphic; conversion to `null` happens once, when the result is built.
 */

let scratch = new Float64Array(256);

/** Converts user input to a Float64Array with NaN for null/undefined/non-finite entries. */
export function toFloat(values: readonly (number | null | undefined)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === "number" && Number.isFinite(v) ? v : NaN;
  }
  return out;
}

/** NaN becomes null at the boundary of the library. */
export function orNull(x: number): number | null {
  return Number.isNaN(x) || !Number.isFinite(x) ? null : x;
}

/** Median of the non-NaN values at the indices where `mask` is 1 (R `median(na.rm = TRUE)`); NaN if none. */
export function maskedMedian(values: Float64Array, mask: Uint8Array, start: number, end: number): number {
  let n = 0;
  if (scratch.length < end - start) scratch = new Float64Array(end - start);
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (mask[i] === 1 && v === v) scratch[n++] = v;
  }
  if (n === 0) return NaN;
  const sorted = scratch.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Mean of the non-NaN values at the indices where `mask` is 1 (R `mean(na.rm = TRUE)`); NaN if none. */
export function maskedMean(values: Float64Array, mask: Uint8Array, start: number, end: number): number {
  let sum = 0;
  let n = 0;
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (mask[i] === 1 && v === v) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}

/**
 * Average moving range of the base points taken in order, as qicharts2 `mean(abs(diff(y[base])))`:
 * consecutive base points (an excluded point is skipped over), but a missing value breaks the pair.
 * With `screen`, ranges ≥ 3.267 × the first average are dropped once and the average recomputed
 * (Nelson 1982; qicharts2 `qic.screenedmr`, PowerBI-SPC `outliers_in_limits = false`).
 */
export function averageMovingRange(
  values: Float64Array,
  base: Uint8Array,
  start: number,
  end: number,
  screen: boolean,
): number {
  let sum = 0;
  let n = 0;
  let prev = NaN;
  let hasPrev = false;
  for (let i = start; i < end; i++) {
    if (base[i] !== 1) continue;
    const v = values[i];
    if (hasPrev) {
      const mr = Math.abs(v - prev);
      if (mr === mr) {
        sum += mr;
        n++;
      }
    }
    prev = v;
    hasPrev = true;
  }
  if (n === 0) return NaN;
  const amr = sum / n;
  if (!screen) return amr;
  const cut = 3.267 * amr;
  let kept = 0;
  let keptSum = 0;
  hasPrev = false;
  for (let i = start; i < end; i++) {
    if (base[i] !== 1) continue;
    const v = values[i];
    if (hasPrev) {
      const mr = Math.abs(v - prev);
      if (mr === mr && mr < cut) {
        keptSum += mr;
        kept++;
      }
    }
    prev = v;
    hasPrev = true;
  }
  return kept === 0 ? NaN : keptSum / kept;
}

const gammaRatioCache: number[] = [NaN, NaN, 1 / Math.sqrt(Math.PI)];

/** Γ(n/2) / Γ((n−1)/2) for integer n ≥ 2, by the exact recurrence r(n+1) = (n−1) / (2·r(n)). */
function gammaHalfRatio(n: number): number {
  for (let k = gammaRatioCache.length; k <= n; k++) {
    gammaRatioCache[k] = (k - 2) / (2 * gammaRatioCache[k - 1]);
  }
  return gammaRatioCache[n];
}

/** Bias constant c4(n) = √(2/(n−1))·Γ(n/2)/Γ((n−1)/2); NaN for n ≤ 1 (as qicharts2 `c4`). */
export function c4(n: number): number {
  if (!(n > 1) || !Number.isInteger(n)) return NaN;
  return Math.sqrt(2 / (n - 1)) * gammaHalfRatio(n);
}

/** c5(n) = √(1 − c4²). */
export function c5(n: number): number {
  const c = c4(n);
  return Math.sqrt(1 - c * c);
}
