/** Two-sided 95 % and 99.8 % normal quantiles (Spiegelhalter 2005, funnel plots for institutional comparison). */
export const Z_95 = 1.959964;
export const Z_998 = 3.090232;

export interface FunnelGroup {
  id: string;
  numerator: number;
  denominator: number;
}

export interface FunnelOptions {
  /** Rescales proportions and limits (100 for percent), applied after the limits. */
  multiplier?: number;
  /** Number of points of each limit curve; default 100. */
  curvePoints?: number;
}

export type FunnelSide = "above" | "below" | null;

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export interface FunnelGroupResult extends Partial<FunnelLimits> {
  id: string;
  numerator: number;
  denominator: number;
  /** numerator / denominator × multiplier; null for a group without a usable denominator. */
  value: number | null;
  outside95: FunnelSide;
  outside998: FunnelSide;
}

export interface FunnelCurvePoint extends FunnelLimits {
  denominator: number;
}

export interface FunnelResult {
  /** Pooled proportion Σnumerators / Σdenominators × multiplier; null without usable groups. */
  pooled: number | null;
  groups: FunnelGroupResult[];
  /** Limits over geometrically spaced denominators from the smallest to the largest group. */
  curves: FunnelCurvePoint[];
}

function limitsAt(p: number, n: number, m: number): FunnelLimits {
  const se = Math.sqrt((p * (1 - p)) / n);
  const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x) * m;
  return {
    lower95: clamp(p - Z_95 * se),
    upper95: clamp(p + Z_95 * se),
    lower998: clamp(p - Z_998 * se),
    upper998: clamp(p + Z_998 * se),
  };
}

function sideOf(value: number, lower: number, upper: number): FunnelSide {
  return value > upper ? "above" : value < lower ? "below" : null;
}

/**
 * Funnel plot of proportions (Spiegelhalter 2005; PRODUCT.md §5): pooled p̄ and, per denominator n,
 * limits p̄ ± z·√(p̄(1 − p̄)/n) clamped to [0, 1] by the normal approximation, with z for 95 % and
 * 99.8 %. A group is outside when its proportion is strictly beyond a limit. Groups with a zero,
 * negative or non-finite denominator are left out of the pooling and get no limits.
 */
export function funnelPlot(groups: readonly FunnelGroup[], options: FunnelOptions = {}): FunnelResult {
  const m = typeof options.multiplier === "number" && options.multiplier > 0 ? options.multiplier : 1;
  let sumNum = 0;
  let sumDen = 0;
  let minDen = Infinity;
  let maxDen = 0;
  const usable = (g: FunnelGroup) =>
    Number.isFinite(g.denominator) && g.denominator > 0 && Number.isFinite(g.numerator);
  for (const g of groups) {
    if (!usable(g)) continue;
    sumNum += g.numerator;
    sumDen += g.denominator;
    if (g.denominator < minDen) minDen = g.denominator;
    if (g.denominator > maxDen) maxDen = g.denominator;
  }
  if (sumDen <= 0) {
    return {
      pooled: null,
      groups: groups.map((g) => ({ ...g, value: null, outside95: null, outside998: null })),
      curves: [],
    };
  }
  const p = sumNum / sumDen;
  const results: FunnelGroupResult[] = groups.map((g) => {
    if (!usable(g)) return { ...g, value: null, outside95: null, outside998: null };
    const limits = limitsAt(p, g.denominator, m);
    const value = (g.numerator / g.denominator) * m;
    return {
      ...g,
      value,
      ...limits,
      outside95: sideOf(value, limits.lower95, limits.upper95),
      outside998: sideOf(value, limits.lower998, limits.upper998),
    };
  });
  const count = Math.max(2, Math.floor(options.curvePoints ?? 100));
  const curves: FunnelCurvePoint[] = [];
  if (minDen === maxDen) {
    curves.push({ denominator: minDen, ...limitsAt(p, minDen, m) });
  } else {
    const ratio = Math.log(maxDen / minDen) / (count - 1);
    for (let k = 0; k < count; k++) {
      const n = k === count - 1 ? maxDen : minDen * Math.exp(ratio * k);
      curves.push({ denominator: n, ...limitsAt(p, n, m) });
    }
  }
  return { pooled: p * m, groups: results, curves };
}
