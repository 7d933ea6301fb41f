import { averageMovingRange, orNull } from "./math";
import { evaluateMdcRules } from "./rules-mdc";
import { runsBounds, trendSpans } from "./rules-ihi";
import { runsAnalysis, runsAtLeast } from "./runs-analysis";
import type { Segments } from "./segments";
import type {
  ChartType,
  Direction,
  RuleCode,
  RuleSet,
  SignalSide,
  SpcAnalysis,
  SpcPhase,
  SpcPoint,
  SpcSignal,
} from "./types";

/** IHI rule lengths (Perla, Provost & Murray 2011): shift ≥ 6 points, trend ≥ 5 points. */
export const IHI_SHIFT_POINTS = 6;
export const IHI_TREND_POINTS = 5;
/** MDC rule lengths on control charts (NHSRplotthedots defaults): 7 on one side, 7-point trend. */
export const MDC_SHIFT_POINTS = 7;
export const MDC_TREND_POINTS = 7;

export interface AssembleInput {
  chart: ChartType;
  rules: RuleSet;
  direction: Direction | null;
  /** Plotted values on the calculation scale (NaN = missing). */
  values: Float64Array;
  /** Centre line per point (display centre; the runs analysis uses it). */
  centre: Float64Array;
  /** Limits per point or null for run charts (NaN = none). */
  lcl: Float64Array | null;
  ucl: Float64Array | null;
  /** 2-sigma lines, needed only by the MDC rules on control charts. */
  twoSigma?: () => { lower: Float64Array; upper: Float64Array };
  segments: Segments;
  /** Per phase: the centre line (display). */
  phaseCentres: number[];
  multiplier: number;
  /** False on MR charts: qicharts2 forces the runs signal off there. */
  runsSignalAllowed: boolean;
}

const SIDE_ABOVE_BELOW: Record<number, SignalSide> = { 1: "above", [-1]: "below" };
const SIDE_UP_DOWN: Record<number, SignalSide> = { 1: "up", [-1]: "down" };

/** Builds the analysis: Anhøj statistics per phase, the chosen rule set, and the output points. */
export function assemble(input: AssembleInput): SpcAnalysis {
  const { values, centre, lcl, ucl, segments, multiplier } = input;
  const len = values.length;
  const { bounds, include } = segments;
  const rules: RuleCode[][] = new Array(len);
  const signals: SpcSignal[] = [];
  const mark = (i: number, code: RuleCode) => {
    const list = rules[i];
    if (list === undefined) rules[i] = [code];
    else if (!list.includes(code)) list.push(code);
  };
  const addSignal = (rule: RuleCode, phase: number, start: number, end: number, side: SignalSide | null) => {
    signals.push({ rule, phase, start, end, side });
  };
  const markUseful = (code: RuleCode, start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const d = values[i] - centre[i];
      if (include[i] === 1 && (d > 0 || d < 0)) mark(i, code);
    }
  };

  const outside = new Uint8Array(len);
  if (lcl && ucl) {
    for (let i = 0; i < len; i++) {
      const v = values[i];
      if (v > ucl[i] || v < lcl[i]) outside[i] = 1;
    }
  }

  const phases: SpcPhase[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p];
    const end = bounds[p + 1];
    const r = runsAnalysis(values, centre, include, start, end);
    const runsSignal = input.runsSignalAllowed && r.runsSignal;
    const crossingsSignal = input.runsSignalAllowed && r.crossingsSignal;
    const phaseCentre = input.phaseCentres[p];
    const phase: SpcPhase = {
      start,
      end,
      centre: orNull(phaseCentre * multiplier),
      nObs: r.nObs,
      nUseful: r.nUseful,
      longestRun: r.longestRun,
      longestRunMax: r.longestRunMax,
      crossings: r.crossings,
      crossingsMin: r.crossingsMin,
      runsSignal,
      crossingsSignal,
      signal: runsSignal || crossingsSignal,
    };
    if (input.chart === "run") phase.median = phase.centre;

    if (input.rules === "anhoej") {
      if (runsSignal) {
        for (const span of runsAtLeast(values, centre, include, start, end, r.longestRunMax + 1)) {
          markUseful("long-run", span.start, span.end);
          addSignal("long-run", p, span.start, span.end, SIDE_ABOVE_BELOW[span.side]);
        }
      }
      if (crossingsSignal) {
        markUseful("few-crossings", start, end);
        addSignal("few-crossings", p, start, end, null);
      }
    } else if (input.rules === "ihi") {
      phase.ihi = ihiPhase(input, p, start, end, r.above, r.below, r.crossings, mark, addSignal, markUseful);
    }
    phases.push(phase);
  }

  if (input.rules === "mdc") applyMdc(input, mark, addSignal);
  if (lcl && ucl) {
    for (let i = 0; i < len; i++) {
      if (outside[i] !== 1) continue;
      mark(i, "outside-limits");
      addSignal("outside-limits", phaseOf(bounds, i), i, i + 1, values[i] > centre[i] ? "above" : "below");
    }
  }
  signals.sort((a, b) => a.start - b.start || a.end - b.end);

  const points: SpcPoint[] = new Array(len);
  for (let i = 0; i < len; i++) {
    const list = rules[i];
    const v = values[i];
    const c = centre[i];
    points[i] = {
      value: v === v ? v * multiplier : null,
      centre: c === c ? c * multiplier : null,
      lcl: lcl ? orNull(lcl[i] * multiplier) : null,
      ucl: ucl ? orNull(ucl[i] * multiplier) : null,
      outside: outside[i] === 1,
      signal: list !== undefined,
      rules: list ?? [],
    };
  }
  return { chart: input.chart, rules: input.rules, direction: input.direction, points, phases, signals };
}

function phaseOf(bounds: number[], i: number): number {
  let p = 0;
  while (p + 2 < bounds.length && i >= bounds[p + 1]) p++;
  return p;
}

type Mark = (i: number, code: RuleCode) => void;
type AddSignal = (rule: RuleCode, phase: number, start: number, end: number, side: SignalSide | null) => void;

/**
 * IHI run-chart rules of one phase (Perla, Provost & Murray 2011): shift, trend, too few / too many
 * runs, and the astronomical point. IHI leaves "astronomical" to judgement; here it is a point more than
 * 3 sigma from the median, sigma from the screened average moving range of the baseline (as an I chart,
 * but around the robust centre the run chart already shows, so that the outlier cannot drag the centre
 * towards itself). On control charts the chart's own limits play that part ("outside-limits").
 */
function ihiPhase(
  input: AssembleInput,
  p: number,
  start: number,
  end: number,
  above: number,
  below: number,
  crossings: number,
  mark: Mark,
  addSignal: AddSignal,
  markUseful: (code: RuleCode, start: number, end: number) => void,
) {
  const { values, centre, segments } = input;
  const { include } = segments;
  for (const span of runsAtLeast(values, centre, include, start, end, IHI_SHIFT_POINTS)) {
    markUseful("shift", span.start, span.end);
    addSignal("shift", p, span.start, span.end, SIDE_ABOVE_BELOW[span.side]);
  }
  for (const span of trendSpans(values, include, start, end, IHI_TREND_POINTS)) {
    for (let i = span.start; i < span.end; i++) if (include[i] === 1 && values[i] === values[i]) mark(i, "trend");
    addSignal("trend", p, span.start, span.end, SIDE_UP_DOWN[span.side]);
  }
  const nRuns = above + below > 0 ? crossings + 1 : 0;
  const limits = runsBounds(above, below);
  const tooFewRuns = limits !== null && nRuns < limits.runsMin;
  const tooManyRuns = limits !== null && nRuns > limits.runsMax;
  if (tooFewRuns) {
    markUseful("too-few-runs", start, end);
    addSignal("too-few-runs", p, start, end, null);
  }
  if (tooManyRuns) {
    markUseful("too-many-runs", start, end);
    addSignal("too-many-runs", p, start, end, null);
  }
  if (input.chart === "run") {
    const sigma = averageMovingRange(values, segments.base, start, end, true) / 1.128;
    for (let i = start; i < end; i++) {
      const d = values[i] - centre[i];
      if (include[i] !== 1 || !(Math.abs(d) > 3 * sigma)) continue;
      mark(i, "astronomical");
      addSignal("astronomical", p, i, i + 1, d > 0 ? "above" : "below");
    }
  }
  return {
    runs: nRuns,
    runsMin: limits?.runsMin ?? null,
    runsMax: limits?.runsMax ?? null,
    tooFewRuns,
    tooManyRuns,
  };
}

/** MDC rules across the whole series (they cross recalculations, as the MDC Single Chart Tool). */
function applyMdc(input: AssembleInput, mark: Mark, addSignal: AddSignal): void {
  const { values, centre, segments } = input;
  const len = values.length;
  const nan = new Float64Array(len).fill(NaN);
  const two = input.twoSigma ? input.twoSigma() : { lower: nan, upper: nan };
  const flags = evaluateMdcRules(
    values,
    centre,
    input.lcl ?? nan,
    input.ucl ?? nan,
    two.lower,
    two.upper,
    MDC_SHIFT_POINTS,
    MDC_TREND_POINTS,
    segments.include,
  );
  const episodes = (arr: Int8Array, rule: RuleCode, sides: Record<number, SignalSide>) => {
    let i = 0;
    while (i < len) {
      const d = arr[i];
      if (d === 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < len && arr[j] === d) mark(j++, rule);
      addSignal(rule, phaseOf(segments.bounds, i), i, j, sides[d]);
      i = j;
    }
  };
  episodes(flags.shift, "shift", SIDE_ABOVE_BELOW);
  episodes(flags.trend, "trend", SIDE_UP_DOWN);
  episodes(flags.twoOfThree, "two-of-three", SIDE_ABOVE_BELOW);
}
