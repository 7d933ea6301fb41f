import { assemble } from "./assemble";
import { buildModel, fillLimits, fillMovingRanges, type LimitModel } from "./limits";
import { toFloat } from "./math";
import { buildSegments, type Segments } from "./segments";
import type { ControlChartOptions, ControlChartType, SpcAnalysis } from "./types";

function validMultiplier(m: number | undefined): number {
  return typeof m === "number" && Number.isFinite(m) && m > 0 ? m : 1;
}

const RATIO_TYPES = new Set<string>(["p", "u", "pp", "up"]);

/** Plotted values on the calculation scale: y/n for p, u, P′, U′ (and for i, mr, g when n is given). */
function chartValues(
  type: ControlChartType | "t",
  y: readonly (number | null)[],
  n: readonly (number | null)[] | undefined,
): { values: Float64Array; counts: Float64Array | null; denominators: Float64Array | null } {
  const len = y.length;
  const counts = toFloat(y);
  const useRatio = RATIO_TYPES.has(type) || (n !== undefined && n.length > 0 && type !== "c" && type !== "t");
  if (!useRatio) return { values: counts, counts: null, denominators: null };
  const denominators = new Float64Array(len);
  const values = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const d = n?.[i];
    denominators[i] = typeof d === "number" && Number.isFinite(d) && d > 0 ? d : NaN;
    // A zero or missing denominator makes the point missing rather than infinite.
    values[i] = denominators[i] > 0 ? counts[i] / denominators[i] : NaN;
  }
  return { values, counts, denominators };
}

/**
 * Shewhart control chart with qicharts2's formulas (`qic.i`, `qic.mr`, `qic.p`, `qic.u`, `qic.c`,
 * `qic.g`, `qic.pp`, `qic.up`): centre and limits from each phase's baseline points, limits per point
 * for varying denominators, lower limits clamped at 0 (and p/P′ upper at 1), `multiplier` applied
 * after the limits, the runs analysis on the chart's own centre line (the median for g), and points
 * strictly beyond a limit flagged as outside.
 */
export function controlChart(
  type: ControlChartType,
  y: readonly (number | null)[],
  n?: readonly (number | null)[],
  options?: ControlChartOptions,
): SpcAnalysis {
  const { values, counts, denominators } = chartValues(type, y, n);
  const segments = buildSegments(values.length, options);
  let plotted = values;
  if (type === "mr") {
    plotted = new Float64Array(values.length);
    const { bounds } = segments;
    for (let p = 0; p + 1 < bounds.length; p++) fillMovingRanges(values, plotted, bounds[p], bounds[p + 1]);
  }
  return finishControl(type, plotted, plotted, counts, denominators, segments, options);
}

/**
 * T chart for time between rare events (qicharts2 `qic.t`, Montgomery 7.6): an individuals chart of
 * y^(1/3.6), back-transformed with ^3.6; a negative lower limit becomes 0. Values ≤ 0 are treated as
 * missing (qicharts2 refuses them).
 */
export function tChart(y: readonly (number | null)[], options?: ControlChartOptions): SpcAnalysis {
  const raw = toFloat(y);
  const transformed = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    if (!(raw[i] > 0)) raw[i] = NaN;
    transformed[i] = Math.pow(raw[i], 1 / 3.6);
  }
  const segments = buildSegments(raw.length, options);
  return finishControl("t", raw, transformed, null, null, segments, options);
}

function finishControl(
  type: ControlChartType | "t",
  plotted: Float64Array,
  calc: Float64Array,
  counts: Float64Array | null,
  denominators: Float64Array | null,
  segments: Segments,
  options: ControlChartOptions | undefined,
): SpcAnalysis {
  const len = plotted.length;
  const screen = options?.screenMovingRanges ?? true;
  const k = typeof options?.sigmas === "number" && options.sigmas > 0 ? options.sigmas : 3;
  const sigma = new Float64Array(len);
  const centre = new Float64Array(len);
  const lcl = new Float64Array(len);
  const ucl = new Float64Array(len);
  const models: LimitModel[] = [];
  const phaseCentres: number[] = [];
  const { bounds, base } = segments;
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p];
    const end = bounds[p + 1];
    const model = buildModel(type, calc, counts, denominators, base, start, end, screen, sigma);
    fillLimits(model, sigma, k, start, end, lcl, ucl);
    centre.fill(model.display, start, end);
    models.push(model);
    phaseCentres.push(model.display);
  }
  const twoSigma = () => {
    const lower = new Float64Array(len);
    const upper = new Float64Array(len);
    for (let p = 0; p + 1 < bounds.length; p++) {
      fillLimits(models[p], sigma, 2, bounds[p], bounds[p + 1], lower, upper);
    }
    return { lower, upper };
  };
  return assemble({
    chart: type,
    rules: options?.rules ?? "anhoej",
    direction: options?.direction ?? null,
    values: plotted,
    centre,
    lcl,
    ucl,
    twoSigma,
    segments,
    phaseCentres,
    multiplier: validMultiplier(options?.multiplier),
    runsSignalAllowed: type !== "mr",
  });
}
