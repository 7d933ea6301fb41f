import { assemble } from "./assemble";
import { fillLimits, type LimitModel } from "./limits";
import { c4, c5 } from "./math";
import { buildSegments } from "./segments";
import type { ControlChartOptions, SpcAnalysis } from "./types";

/** Raw subgroups (one array of measurements per period) or their summaries (PowerBI-SPC's input). */
export type SubgroupInput =
  | readonly (readonly (number | null)[] | null)[]
  | {
      /** Needed by the X̄ chart only. */
      means?: readonly (number | null)[];
      sds: readonly (number | null)[];
      sizes: readonly (number | null)[];
    };

interface SubgroupStats {
  size: Float64Array;
  mean: Float64Array;
  sd: Float64Array;
}

function finite(x: number | null | undefined): number {
  return typeof x === "number" && Number.isFinite(x) ? x : NaN;
}

/** Sizes, means and sample SDs (n − 1 denominator; NaN below two values), as qicharts2 `qic.agg`. */
function subgroupStats(input: SubgroupInput): SubgroupStats {
  if (!Array.isArray(input)) {
    const { means, sds, sizes } = input as Exclude<SubgroupInput, readonly unknown[]>;
    const len = sizes.length;
    const stats = { size: new Float64Array(len), mean: new Float64Array(len), sd: new Float64Array(len) };
    for (let i = 0; i < len; i++) {
      const n = finite(sizes[i]);
      stats.size[i] = n > 0 ? n : 0;
      stats.mean[i] = n > 0 && means ? finite(means[i]) : NaN;
      stats.sd[i] = n > 1 ? finite(sds[i]) : NaN;
    }
    return stats;
  }
  const groups = input as readonly (readonly (number | null)[] | null)[];
  const len = groups.length;
  const stats = { size: new Float64Array(len), mean: new Float64Array(len), sd: new Float64Array(len) };
  for (let i = 0; i < len; i++) {
    let n = 0;
    let sum = 0;
    for (const v of groups[i] ?? []) {
      if (typeof v === "number" && Number.isFinite(v)) {
        n++;
        sum += v;
      }
    }
    const mean = n > 0 ? sum / n : NaN;
    let ss = 0;
    for (const v of groups[i] ?? []) {
      if (typeof v === "number" && Number.isFinite(v)) ss += (v - mean) * (v - mean);
    }
    stats.size[i] = n;
    stats.mean[i] = mean;
    stats.sd[i] = n > 1 ? Math.sqrt(ss / (n - 1)) : NaN;
  }
  return stats;
}

/**
 * Process SD of a phase's baseline subgroups (Montgomery 6.29/6.31; qicharts2 `qic.xbar`): mean of the
 * SDs when every subgroup of the phase has the same size, else the pooled √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)).
 * Empty subgroups are skipped. (qicharts2 lets an empty subgroup add −1 to the pooled denominator; that
 * quirk is deliberately not copied.)
 */
function processSd(stats: SubgroupStats, base: Uint8Array, start: number, end: number): number {
  const first = stats.size[start];
  let varying = false;
  for (let i = start; i < end; i++) if (stats.size[i] !== first) varying = true;
  let num = 0;
  let den = 0;
  for (let i = start; i < end; i++) {
    const n = stats.size[i];
    const s = stats.sd[i];
    if (base[i] !== 1 || !(n > 0)) continue;
    if (varying) {
      if (s === s) num += (n - 1) * s * s;
      den += n - 1;
    } else if (s === s) {
      num += s;
      den += 1;
    }
  }
  if (den <= 0) return NaN;
  return varying ? Math.sqrt(num / den) : num / den;
}

function subgroupChart(kind: "xbar" | "s", input: SubgroupInput, options?: ControlChartOptions): SpcAnalysis {
  const stats = subgroupStats(input);
  const len = stats.size.length;
  const segments = buildSegments(len, options);
  const { bounds, base } = segments;
  const k = typeof options?.sigmas === "number" && options.sigmas > 0 ? options.sigmas : 3;
  const values = kind === "xbar" ? stats.mean : stats.sd;
  const sigma = new Float64Array(len);
  const centre = new Float64Array(len);
  const lcl = new Float64Array(len);
  const ucl = new Float64Array(len);
  const models: LimitModel[] = [];
  const phaseCentres: number[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p];
    const end = bounds[p + 1];
    const sd = processSd(stats, base, start, end);
    let cl = sd;
    if (kind === "xbar") {
      let num = 0;
      let den = 0;
      for (let i = start; i < end; i++) {
        const n = stats.size[i];
        if (base[i] === 1 && n > 0) {
          num += n * stats.mean[i];
          den += n;
        }
      }
      cl = den > 0 ? num / den : NaN;
    }
    for (let i = start; i < end; i++) {
      const n = stats.size[i];
      // xbar: A3(n)·sd / 3 = sd / (c4·√n); s: B4 − 1 = 3·c5/c4 per 3 sigmas.
      sigma[i] = kind === "xbar" ? sd / (c4(n) * Math.sqrt(n)) : (cl * c5(n)) / c4(n);
    }
    const model: LimitModel = {
      kind: "additive",
      centre: cl,
      display: cl,
      low: kind === "s" ? 0 : -Infinity,
      high: Infinity,
    };
    fillLimits(model, sigma, k, start, end, lcl, ucl);
    centre.fill(cl, start, end);
    models.push(model);
    phaseCentres.push(cl);
  }
  return assemble({
    chart: kind,
    rules: options?.rules ?? "anhoej",
    direction: options?.direction ?? null,
    values,
    centre,
    lcl,
    ucl,
    twoSigma: () => {
      const lower = new Float64Array(len);
      const upper = new Float64Array(len);
      for (let p = 0; p + 1 < bounds.length; p++) fillLimits(models[p], sigma, 2, bounds[p], bounds[p + 1], lower, upper);
      return { lower, upper };
    },
    segments,
    phaseCentres,
    multiplier: typeof options?.multiplier === "number" && options.multiplier > 0 ? options.multiplier : 1,
    runsSignalAllowed: true,
  });
}

/**
 * X̄ chart of subgroup means (qicharts2 `qic.xbar`, PowerBI-SPC `xbar`): centre Σnᵢx̄ᵢ/Σnᵢ, limits
 * centre ± A3(nᵢ)·sd with A3 = 3/(c4(n)·√n) and exact c4; no limits for subgroups of one.
 */
export function xbarChart(input: SubgroupInput, options?: ControlChartOptions): SpcAnalysis {
  return subgroupChart("xbar", input, options);
}

/**
 * S chart of subgroup SDs (qicharts2 `qic.s`, PowerBI-SPC `s`): centre = the process SD, limits
 * B3(nᵢ)·centre and B4(nᵢ)·centre with B3 = max(0, 1 − 3c5/c4), B4 = 1 + 3c5/c4.
 */
export function sChart(input: SubgroupInput, options?: ControlChartOptions): SpcAnalysis {
  return subgroupChart("s", input, options);
}
