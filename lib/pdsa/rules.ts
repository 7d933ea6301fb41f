// Pure rules of a PDSA cycle (PRODUCT.md §2 "PDSA cycle", §4 "PDSA states"). No database, no Next.

export const CYCLE_STATES = ["PLAN", "DO", "STUDY", "ACT", "DONE", "ABANDONED"] as const;
export type CycleState = (typeof CYCLE_STATES)[number];
export const OPEN_STATES = ["PLAN", "DO", "STUDY", "ACT"] as const;
export type OpenState = (typeof OPEN_STATES)[number];
export const DECISIONS = ["ADOPT", "ADAPT", "ABANDON"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The one step forward from each open state. */
export const NEXT_STATE: Record<OpenState, Exclude<CycleState, "PLAN" | "ABANDONED">> = { PLAN: "DO", DO: "STUDY", STUDY: "ACT", ACT: "DONE" };

export function isCycleState(value: unknown): value is CycleState {
  return typeof value === "string" && (CYCLE_STATES as readonly string[]).includes(value);
}
export function isOpenState(value: unknown): value is OpenState {
  return typeof value === "string" && (OPEN_STATES as readonly string[]).includes(value);
}

/** What a step still lacks; `question` is the 1-based number of the question concerned. */
export type MissingItem =
  | { code: "objectiveMissing" }
  | { code: "questionMissing" }
  | { code: "predictionMissing"; question: number }
  | { code: "whoMissing" }
  | { code: "whatMissing" }
  | { code: "whereMissing" }
  | { code: "whenMissing" }
  | { code: "dataCollectionPlanMissing" }
  | { code: "observationsMissing" }
  | { code: "outcomeMissing"; question: number }
  | { code: "heldMissing"; question: number }
  | { code: "learningSummaryMissing" }
  | { code: "decisionMissing" };

export type CycleForRules = {
  state: string;
  objective: string;
  who: string;
  what: string;
  where: string;
  whenText: string;
  dataCollectionPlan: string;
  observations: string;
  learningSummary: string;
  decision: string | null;
  predictions: { position: number; question: string; prediction: string; outcome: string; held: boolean | null }[];
};

const blank = (text: string | null | undefined) => !text || text.trim() === "";
const ordered = (predictions: CycleForRules["predictions"]) => [...predictions].sort((a, b) => a.position - b.position);

/** Everything entering `to` still needs (empty when it may be entered). */
export function missingFor(cycle: CycleForRules, to: CycleState): MissingItem[] {
  const missing: MissingItem[] = [];
  const predictions = ordered(cycle.predictions);
  if (to === "DO") {
    if (blank(cycle.objective)) missing.push({ code: "objectiveMissing" });
    if (predictions.length === 0) missing.push({ code: "questionMissing" });
    predictions.forEach((p, index) => {
      if (blank(p.prediction)) missing.push({ code: "predictionMissing", question: index + 1 });
    });
    if (blank(cycle.who)) missing.push({ code: "whoMissing" });
    if (blank(cycle.what)) missing.push({ code: "whatMissing" });
    if (blank(cycle.where)) missing.push({ code: "whereMissing" });
    if (blank(cycle.whenText)) missing.push({ code: "whenMissing" });
    if (blank(cycle.dataCollectionPlan)) missing.push({ code: "dataCollectionPlanMissing" });
  } else if (to === "STUDY") {
    if (blank(cycle.observations)) missing.push({ code: "observationsMissing" });
  } else if (to === "ACT") {
    predictions.forEach((p, index) => {
      if (blank(p.outcome)) missing.push({ code: "outcomeMissing", question: index + 1 });
      if (p.held === null) missing.push({ code: "heldMissing", question: index + 1 });
    });
    if (blank(cycle.learningSummary)) missing.push({ code: "learningSummaryMissing" });
  } else if (to === "DONE") {
    if (!(DECISIONS as readonly string[]).includes(cycle.decision ?? "")) missing.push({ code: "decisionMissing" });
  }
  return missing;
}

export type TransitionCheck = { ok: true } | { ok: false; rule: "invalidTransition" } | { ok: false; rule: "stepIncomplete"; missing: MissingItem[] };

/** May the cycle move to `to`? Only one step forward from an open state, and only when the step is complete. */
export function checkTransition(cycle: CycleForRules, to: CycleState): TransitionCheck {
  if (!isOpenState(cycle.state) || NEXT_STATE[cycle.state] !== to) return { ok: false, rule: "invalidTransition" };
  const missing = missingFor(cycle, to);
  return missing.length > 0 ? { ok: false, rule: "stepIncomplete", missing } : { ok: true };
}

/** Abandoning is possible from any open state (with a reason, checked by the schema). */
export function canAbandon(state: string): boolean {
  return isOpenState(state);
}

/** Only the current step of an open cycle is edited; DONE and ABANDONED cycles are read-only. */
export function canEditStep(state: string, step: string): boolean {
  return isOpenState(state) && state === step;
}

/** The change idea's status after a decision (ADOPT and ABANDON update it; ADAPT keeps it in testing). */
export function changeIdeaStatusAfter(decision: Decision): "ADOPTED" | "ABANDONED" | "TESTING" {
  return decision === "ADOPT" ? "ADOPTED" : decision === "ABANDON" ? "ABANDONED" : "TESTING";
}

/** The next cycle of the ramp may be opened only after a DONE cycle decided ADAPT, and only once. */
export function checkNextCycle(cycle: { state: string; decision: string | null; hasNext: boolean }): { ok: true } | { ok: false; rule: string } {
  if (cycle.state !== "DONE" || cycle.decision !== "ADAPT") return { ok: false, rule: "nextCycleNeedsAdapt" };
  if (cycle.hasNext) return { ok: false, rule: "nextCycleExists" };
  return { ok: true };
}

/** The longest cycle title (the plan's schema and the next cycle's numbered title keep to it). */
export const CYCLE_TITLE_MAX = 200;

/**
 * The title of the next cycle of a ramp: the previous cycle's title numbered with the new cycle's
 * place in the ramp ("Tjekliste (2)", then "Tjekliste (3)"), so a ramp never lists two cycles with
 * one name (issue 17). A previous title that already ends in its own place loses that number first;
 * the base is shortened so the numbered title stays within CYCLE_TITLE_MAX.
 */
export function nextCycleTitle(previousTitle: string, previousPlace: number, max: number = CYCLE_TITLE_MAX): string {
  const own = new RegExp(`\\s*\\(${previousPlace}\\)$`);
  const base = previousTitle.replace(own, "").trim() || previousTitle.trim();
  const suffix = ` (${previousPlace + 1})`;
  return `${base.slice(0, Math.max(0, max - suffix.length)).trimEnd()}${suffix}`;
}

/** The missing items of a refused step, read back from a failure's details (plain JSON from the server). */
export function missingItemsOf(details: Readonly<Record<string, unknown>> | undefined): MissingItem[] {
  const missing = details?.missing;
  if (!Array.isArray(missing)) return [];
  return missing.filter(
    (item): item is MissingItem =>
      typeof item === "object" && item !== null && typeof (item as { code?: unknown }).code === "string" && (!("question" in item) || typeof item.question === "number"),
  );
}
