// The verdict of lib/spc `summarise` in words: each verdict and rule code maps to a message key under
// `charts.summary` in the catalogues, with the numbers it needs. No sentence lives in code.
import type { RuleCode, Summary } from "@/lib/spc";

/** A catalogue key (relative to `charts.summary`) and its ICU arguments. */
export interface SummaryText {
  key: string;
  values: Record<string, string | number>;
}

/** Message keys of the rules that can decide a verdict. */
export const RULE_KEYS: Record<RuleCode, string> = {
  "long-run": "longRun",
  "few-crossings": "fewCrossings",
  "outside-limits": "outsideLimits",
  shift: "shift",
  trend: "trend",
  "too-many-runs": "tooManyRuns",
  "too-few-runs": "tooFewRuns",
  astronomical: "astronomical",
  "two-of-three": "twoOfThree",
};

const ASSURANCE_KEYS = { "will-meet": "willMeet", "will-not-meet": "willNotMeet", "hit-and-miss": "hitAndMiss" } as const;

export interface SummaryContext {
  /** Which centre line the words name: the median (run and G charts) or the centre line (mean). */
  centre: "median" | "centre";
  /** Points with a value in the last phase (for "no signal in n points"). */
  nPoints: number;
  /** The label of the period at an index of the series ("uge 12, 2026"). */
  periodLabel: (index: number) => string;
  /** A number in the reader's locale. */
  formatNumber: (value: number) => string;
}

/** The key of the verdict alone (for icons, table headings and the legend). */
export function verdictKey(verdict: Summary["verdict"]): "improving" | "deteriorating" | "noSignal" | "tooFewPoints" {
  return verdict === "no-signal" ? "noSignal" : verdict === "too-few-points" ? "tooFewPoints" : verdict;
}

/** The main sentence of the caption, e.g. da "Forbedring: 9 punkter i træk under medianen". */
export function summaryText(summary: Summary, context: SummaryContext): SummaryText {
  if (summary.verdict === "too-few-points") {
    return { key: "tooFewPoints", values: { nUseful: Number(summary.values.nUseful ?? 0), required: Number(summary.values.required ?? 10) } };
  }
  if (summary.verdict === "no-signal" || summary.rule === null) {
    return { key: "noSignal", values: { count: context.nPoints } };
  }
  // timing "ended": the run lies before a change (lib/spc summarise), so the words add where the process is now.
  const values: Record<string, string | number> = { timing: "latest", ...summary.values, verdict: summary.verdict, centre: context.centre };
  if (typeof summary.values.index === "number") {
    values.period = context.periodLabel(summary.values.index);
    delete values.index;
  }
  return { key: `rule.${RULE_KEYS[summary.rule]}`, values };
}

/** Further sentences: signals without a direction, and whether the goal will be met (control charts). */
export function summaryExtras(summary: Summary, context: SummaryContext): SummaryText[] {
  const extras: SummaryText[] = summary.neutral.map((rule) => ({ key: `neutral.${RULE_KEYS[rule]}`, values: {} }));
  if (summary.assurance) {
    const { goal, lcl, ucl } = summary.assurance.values;
    extras.push({
      key: `assurance.${ASSURANCE_KEYS[summary.assurance.verdict]}`,
      values: { goal: context.formatNumber(goal), lcl: context.formatNumber(lcl), ucl: context.formatNumber(ucl) },
    });
  }
  return extras;
}
