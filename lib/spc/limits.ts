import { averageMovingRange, maskedMean, maskedMedian } from "./math";

/**
 * How the limits follow from a centre and a per-point sigma:
 * - additive: centre ± k·σᵢ, clamped to [low, high];
 * - mr: lcl 0, ucl = (3.267/3)·k·centre (qicharts2 `qic.mr`; D4 = 3.267 for ranges of two);
 * - power: additive on the y^(1/3.6) scale, then back-transformed with ^3.6 (t chart).
 */
export type LimitKind = "additive" | "mr" | "power";

export interface LimitModel {
  kind: LimitKind;
  /** Centre used for the limits (and, except for g, for the runs analysis). */
  centre: number;
  /** Centre line shown and used for the runs analysis (g: the median of the baseline, as qicharts2). */
  display: number;
  low: number;
  high: number;
}

/** Moving ranges of a phase, c(NA, abs(diff(y))) as qicharts2 `qic.mr`; the first point of a phase has none. */
export function fillMovingRanges(values: Float64Array, out: Float64Array, start: number, end: number): void {
  if (start < end) out[start] = NaN;
  for (let i = start + 1; i < end; i++) out[i] = Math.abs(values[i] - values[i - 1]);
}

/**
 * Limit model of one phase for the qicharts2 chart types (formulas of qicharts2 `qic.*`, which
 * PowerBI-SPC shares). `values` is on the ratio scale (y/n for p, u, pp, up), NaN where missing.
 * Fills `sigma[start..end)`; returns the model. Sums skip points whose value is missing.
 */
export function buildModel(
  type: "i" | "mr" | "p" | "u" | "c" | "g" | "pp" | "up" | "t",
  values: Float64Array,
  counts: Float64Array | null,
  denominators: Float64Array | null,
  base: Uint8Array,
  start: number,
  end: number,
  screen: boolean,
  sigma: Float64Array,
): LimitModel {
  switch (type) {
    case "i":
    case "t": {
      const centre = maskedMean(values, base, start, end);
      const s = averageMovingRange(values, base, start, end, screen) / 1.128;
      sigma.fill(s, start, end);
      if (type === "t") {
        return { kind: "power", centre, display: Math.pow(centre, 3.6), low: 0, high: Infinity };
      }
      return { kind: "additive", centre, display: centre, low: -Infinity, high: Infinity };
    }
    case "mr": {
      const centre = maskedMean(values, base, start, end);
      return { kind: "mr", centre, display: centre, low: 0, high: Infinity };
    }
    case "c": {
      const centre = maskedMean(values, base, start, end);
      sigma.fill(Math.sqrt(centre), start, end);
      return { kind: "additive", centre, display: centre, low: 0, high: Infinity };
    }
    case "g": {
      const centre = maskedMean(values, base, start, end);
      sigma.fill(Math.sqrt(centre * (centre + 1)), start, end);
      const display = maskedMedian(values, base, start, end);
      return { kind: "additive", centre, display, low: 0, high: Infinity };
    }
    default: {
      const y = counts as Float64Array;
      const n = denominators as Float64Array;
      let sy = 0;
      let sn = 0;
      for (let i = start; i < end; i++) {
        if (base[i] === 1 && values[i] === values[i]) {
          sy += y[i];
          sn += n[i];
        }
      }
      const centre = sn > 0 ? sy / sn : NaN;
      const isP = type === "p" || type === "pp";
      const spread = isP ? centre * (1 - centre) : centre;
      for (let i = start; i < end; i++) sigma[i] = n[i] > 0 ? Math.sqrt(spread / n[i]) : NaN;
      if (type === "pp" || type === "up") laneyAdjust(values, centre, base, start, end, screen, sigma);
      return { kind: "additive", centre, display: centre, low: 0, high: isP ? 1 : Infinity };
    }
  }
}

/**
 * Laney P′/U′ (Laney 2002; qicharts2 `qic.pp`/`qic.up`, PowerBI-SPC `pprime`/`uprime`): σᵢ is scaled by
 * σ_z, the (screened) average moving range of the z-scores zᵢ = (yᵢ − centre)/σᵢ of the base points
 * divided by 1.128, so that between-subgroup variation widens limits for large denominators.
 */
function laneyAdjust(
  values: Float64Array,
  centre: number,
  base: Uint8Array,
  start: number,
  end: number,
  screen: boolean,
  sigma: Float64Array,
): void {
  const z = new Float64Array(end);
  for (let i = start; i < end; i++) z[i] = (values[i] - centre) / sigma[i];
  const sigmaZ = averageMovingRange(z, base, start, end, screen) / 1.128;
  for (let i = start; i < end; i++) sigma[i] *= sigmaZ;
}

/** Writes k-sigma limits of a phase into lcl/ucl (NaN where a limit does not exist). */
export function fillLimits(
  model: LimitModel,
  sigma: Float64Array,
  k: number,
  start: number,
  end: number,
  lcl: Float64Array,
  ucl: Float64Array,
): void {
  const c = model.centre;
  if (model.kind === "mr") {
    const upper = ((3.267 / 3) * k) * c;
    for (let i = start; i < end; i++) {
      lcl[i] = c === c ? 0 : NaN;
      ucl[i] = upper;
    }
    return;
  }
  if (model.kind === "power") {
    for (let i = start; i < end; i++) {
      const s = sigma[i];
      const lo = c - k * s;
      const hi = c + k * s;
      // qicharts2 `qic.t`: a negative (NaN after the power) lower limit becomes 0.
      lcl[i] = hi === hi ? (lo > 0 ? Math.pow(lo, 3.6) : 0) : NaN;
      ucl[i] = Math.pow(hi, 3.6);
    }
    return;
  }
  const low = model.low;
  const high = model.high;
  for (let i = start; i < end; i++) {
    const s = sigma[i];
    const lo = c - k * s;
    const hi = c + k * s;
    lcl[i] = lo < low ? low : lo;
    ucl[i] = hi > high ? high : hi;
  }
}
