import type { Direction, RuleCode, SignalSide, SpcAnalysis, SpcSignal } from "./types";

export type Verdict = "improving" | "deteriorating" | "no-signal" | "too-few-points";
export type AssuranceVerdict = "will-meet" | "will-not-meet" | "hit-and-miss";

export interface Assurance {
  verdict: AssuranceVerdict;
  values: { goal: number; lcl: number; ucl: number };
}

export interface Summary {
  verdict: Verdict;
  /** The rule that decided the verdict; null for "no-signal" and "too-few-points". */
  rule: RuleCode | null;
  /** Numbers (and a side) for the message catalogue, e.g. { length: 9, side: "below" }. */
  values: Record<string, number | string>;
  /** Signals of the last phase without a direction that the verdict cannot use (e.g. "too-many-runs"). */
  neutral: RuleCode[];
  /** Goal against the latest limits (control charts with a goal only). */
  assurance: Assurance | null;
}

/** PRODUCT.md §5: the run-chart rules need at least 10 useful points (Anhøj 2014 tabulates from 10). */
export const MIN_USEFUL_POINTS = 10;

/** When two signals end on the same point, the more specific rule names the verdict. */
const PRIORITY: RuleCode[] = [
  "outside-limits",
  "astronomical",
  "long-run",
  "shift",
  "two-of-three",
  "trend",
  "few-crossings",
  "too-few-runs",
];

function isUseful(analysis: SpcAnalysis, i: number): boolean {
  const p = analysis.points[i];
  return p.value !== null && p.centre !== null && p.value !== p.centre;
}

function sideOf(analysis: SpcAnalysis, i: number): "above" | "below" {
  const p = analysis.points[i];
  return (p.value as number) > (p.centre as number) ? "above" : "below";
}

function isGood(side: SignalSide, direction: Direction): boolean {
  return direction === "up" ? side === "above" || side === "up" : side === "below" || side === "down";
}

/** Runs of points on one side of the centre line: the rules whose side describes a level, not a point. */
const LEVEL_RULES: RuleCode[] = ["long-run", "shift"];

/**
 * The side a signal says the process is on now. A level signal (long run, shift) that ended before the
 * latest useful point is read against the useful points after it: when most of them lie on the other
 * side, the process has moved away since (an early run of poor values followed by data on the good side
 * is a change for the better, not a deterioration); otherwise the run's side still describes it.
 */
function currentSide(analysis: SpcAnalysis, s: SpcSignal, side: SignalSide, lastUseful: number): { side: SignalSide; ended: boolean } {
  if (!LEVEL_RULES.includes(s.rule) || s.end > lastUseful || (side !== "above" && side !== "below")) return { side, ended: false };
  let above = 0;
  let below = 0;
  for (let i = s.end; i <= lastUseful; i++) {
    if (!isUseful(analysis, i)) continue;
    if (sideOf(analysis, i) === "above") above++;
    else below++;
  }
  const later = above > below ? "above" : below > above ? "below" : null;
  return later && later !== side ? { side: later, ended: true } : { side, ended: false };
}

function describe(analysis: SpcAnalysis, s: SpcSignal, side: SignalSide): Record<string, number | string> {
  const phase = analysis.phases[s.phase];
  switch (s.rule) {
    case "outside-limits":
    case "astronomical":
      return { index: s.start, side };
    case "few-crossings":
      return { crossings: phase.crossings, crossingsMin: phase.crossingsMin, side };
    case "too-few-runs":
      return { runs: phase.ihi?.runs ?? 0, runsMin: phase.ihi?.runsMin ?? 0, side };
    default: {
      let length = 0;
      for (let i = s.start; i < s.end; i++) {
        if (s.rule === "trend" || s.rule === "two-of-three" ? analysis.points[i].rules.includes(s.rule) : isUseful(analysis, i)) {
          length++;
        }
      }
      const values: Record<string, number | string> = { length, side };
      if (s.rule === "long-run") values.longestRunMax = phase.longestRunMax;
      return values;
    }
  }
}

function assurance(analysis: SpcAnalysis, direction: Direction, goal: number | undefined): Assurance | null {
  if (analysis.chart === "run" || typeof goal !== "number" || !Number.isFinite(goal)) return null;
  for (let i = analysis.points.length - 1; i >= 0; i--) {
    const { lcl, ucl } = analysis.points[i];
    if (lcl === null || ucl === null) continue;
    const meets = direction === "up" ? lcl >= goal : ucl <= goal;
    const fails = direction === "up" ? ucl < goal : lcl > goal;
    const verdict: AssuranceVerdict = meets ? "will-meet" : fails ? "will-not-meet" : "hit-and-miss";
    return { verdict, values: { goal, lcl, ucl } };
  }
  return null;
}

/**
 * Direction-aware verdict of the last phase (PRODUCT.md §5), plus the MDC assurance verdict when a goal
 * is given on a control chart (NHS MDC: goal against the latest process limits).
 * - Fewer than 10 useful points in the last phase: "too-few-points".
 * - Anhøj and IHI rule sets: the most recent directional signal of the last phase decides (ties go to
 *   the more specific rule). A long run or shift that ended before the latest useful point, with most
 *   later points on the other side, counts for that other side (the process has moved away since);
 *   `values.timing` is then "ended" and `values.side` stays the side of the run. A signal without a side (few crossings, too few runs) takes the side of the
 *   process now, i.e. of the last useful point's run: few crossings means the points cluster in long
 *   stretches, and the latest stretch is where the process is. "too-many-runs" has no direction and is
 *   only listed in `neutral`.
 * - MDC rule set: the class of the last point (the MDC variation icon); on a conflict improvement wins,
 *   as the MDC Excel tool.
 */
export function summarise(analysis: SpcAnalysis, direction: Direction, goal?: number): Summary {
  const last = analysis.phases[analysis.phases.length - 1];
  if (!last || last.nUseful < MIN_USEFUL_POINTS) {
    return {
      verdict: "too-few-points",
      rule: null,
      values: { nUseful: last?.nUseful ?? 0, required: MIN_USEFUL_POINTS },
      neutral: [],
      assurance: null,
    };
  }
  const phaseIndex = analysis.phases.length - 1;
  let lastValue = -1;
  let lastUseful = -1;
  for (let i = last.end - 1; i >= last.start; i--) {
    if (lastValue < 0 && analysis.points[i].value !== null) lastValue = i;
    if (isUseful(analysis, i)) {
      lastUseful = i;
      break;
    }
  }
  // MDC episodes may start in an earlier phase (its rules cross recalculations); they count if they
  // reach the last point.
  const candidates = analysis.signals.filter((s) =>
    analysis.rules === "mdc" ? s.start <= lastValue && lastValue < s.end : s.phase === phaseIndex,
  );
  const neutral = [...new Set(candidates.filter((s) => s.rule === "too-many-runs").map((s) => s.rule))];
  const ranked = candidates
    .filter((s) => s.rule !== "too-many-runs")
    .map((s) => ({ s, side: s.side ?? (lastUseful >= 0 ? sideOf(analysis, lastUseful) : null) }))
    .filter((c): c is { s: SpcSignal; side: SignalSide } => c.side !== null)
    .sort((a, b) => {
      if (analysis.rules === "mdc") {
        const good = Number(isGood(b.side, direction)) - Number(isGood(a.side, direction));
        if (good !== 0) return good;
      }
      const directional = Number(b.s.side !== null) - Number(a.s.side !== null);
      if (directional !== 0) return directional;
      return b.s.end - a.s.end || PRIORITY.indexOf(a.s.rule) - PRIORITY.indexOf(b.s.rule);
    });
  const chosen = ranked[0];
  const assured = assurance(analysis, direction, goal);
  if (!chosen) return { verdict: "no-signal", rule: null, values: {}, neutral, assurance: assured };
  const now = analysis.rules === "mdc" ? { side: chosen.side, ended: false } : currentSide(analysis, chosen.s, chosen.side, lastUseful);
  const values = describe(analysis, chosen.s, chosen.side);
  if (now.ended) values.timing = "ended";
  return {
    verdict: isGood(now.side, direction) ? "improving" : "deteriorating",
    rule: chosen.s.rule,
    values,
    neutral,
    assurance: assured,
  };
}
