import { crossingsMin, longestRunMax } from "./binomial";

export interface RunSpan {
  /** First and one-past-last index of the run's useful points. */
  start: number;
  end: number;
  side: 1 | -1;
  length: number;
}

export interface RunsResult {
  nObs: number;
  nUseful: number;
  longestRun: number;
  longestRunMax: number;
  crossings: number;
  crossingsMin: number;
  runsSignal: boolean;
  crossingsSignal: boolean;
  /** Useful points above / below the centre line. */
  above: number;
  below: number;
  /** Side of the last useful point (the process's current side); 0 when there is none. */
  lastSide: -1 | 0 | 1;
}

/**
 * Anhøj runs analysis of one phase (Anhøj & Olesen 2014; qicharts2 `runs.analysis`): signs of
 * value − centre over the included points; points on the centre line and missing values are dropped,
 * so they neither break nor extend a run; crossings = runs − 1. Signals: longest run >
 * round(log2(n)) + 3, or crossings < qbinom(0.05, n − 1, ½).
 */
export function runsAnalysis(
  values: Float64Array,
  centre: Float64Array,
  include: Uint8Array,
  start: number,
  end: number,
): RunsResult {
  let nObs = 0;
  let nUseful = 0;
  let above = 0;
  let runs = 0;
  let longest = 0;
  let current = 0;
  let prevSide = 0;
  for (let i = start; i < end; i++) {
    if (include[i] !== 1) continue;
    nObs++;
    const d = values[i] - centre[i];
    if (!(d > 0 || d < 0)) continue;
    const side = d > 0 ? 1 : -1;
    nUseful++;
    if (side > 0) above++;
    if (side === prevSide) {
      current++;
    } else {
      runs++;
      current = 1;
      prevSide = side;
    }
    if (current > longest) longest = current;
  }
  const lrMax = longestRunMax(nUseful);
  const crMin = crossingsMin(nUseful);
  const crossings = runs > 0 ? runs - 1 : 0;
  return {
    nObs,
    nUseful,
    longestRun: longest,
    longestRunMax: lrMax,
    crossings,
    crossingsMin: crMin,
    runsSignal: nUseful > 0 && longest > lrMax,
    crossingsSignal: nUseful > 0 && crossings < crMin,
    above,
    below: nUseful - above,
    lastSide: prevSide as -1 | 0 | 1,
  };
}

/**
 * The runs (maximal same-side stretches of useful points) at least `minLength` long. Points on the
 * centre line inside a run are skipped, as in the runs analysis.
 */
export function runsAtLeast(
  values: Float64Array,
  centre: Float64Array,
  include: Uint8Array,
  start: number,
  end: number,
  minLength: number,
): RunSpan[] {
  const spans: RunSpan[] = [];
  let runStart = -1;
  let runEnd = -1;
  let side = 0;
  let length = 0;
  for (let i = start; i <= end; i++) {
    let s = 0;
    if (i < end) {
      if (include[i] !== 1) continue;
      const d = values[i] - centre[i];
      if (!(d > 0 || d < 0)) continue;
      s = d > 0 ? 1 : -1;
    }
    if (s === side && i < end) {
      length++;
      runEnd = i + 1;
      continue;
    }
    if (side !== 0 && length >= minLength) {
      spans.push({ start: runStart, end: runEnd, side: side as 1 | -1, length });
    }
    side = s;
    length = 1;
    runStart = i;
    runEnd = i + 1;
  }
  return spans;
}
