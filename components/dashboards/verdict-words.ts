// The catalogue keys of the verdict words (charts.summary.verdict.*), shared by every dashboard view.
import type { Verdict } from "@/lib/dashboards/types";

export const VERDICT_KEYS: Record<Verdict, "improving" | "deteriorating" | "noSignal" | "tooFewPoints"> = {
  improving: "improving",
  deteriorating: "deteriorating",
  "no-signal": "noSignal",
  "too-few-points": "tooFewPoints",
};

/** The verdicts in the order the dashboards list them: the news first. */
export const VERDICT_ORDER: readonly Verdict[] = ["improving", "deteriorating", "no-signal", "too-few-points"];
