import { assemble } from "./assemble";
import { maskedMedian, toFloat } from "./math";
import { buildSegments } from "./segments";
import type { RunChartOptions, SpcAnalysis } from "./types";

/**
 * Run chart: the median of each phase's baseline points as centre line and the chosen rules on it
 * (Anhøj by default, as qicharts2 `qic(chart = "run")`). Missing values are skipped.
 */
export function runChart(values: readonly (number | null)[], options?: RunChartOptions): SpcAnalysis {
  const y = toFloat(values);
  const segments = buildSegments(y.length, options);
  const centre = new Float64Array(y.length);
  const phaseCentres: number[] = [];
  const { bounds, base } = segments;
  for (let p = 0; p + 1 < bounds.length; p++) {
    const m = maskedMedian(y, base, bounds[p], bounds[p + 1]);
    centre.fill(m, bounds[p], bounds[p + 1]);
    phaseCentres.push(m);
  }
  return assemble({
    chart: "run",
    rules: options?.rules ?? "anhoej",
    direction: options?.direction ?? null,
    values: y,
    centre,
    lcl: null,
    ucl: null,
    segments,
    phaseCentres,
    multiplier: 1,
    runsSignalAllowed: true,
  });
}
