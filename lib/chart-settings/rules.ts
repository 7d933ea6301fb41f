// Pure rules for a team's chart settings on one measure (TeamMeasureSetting): the frozen baseline
// (qicharts2 `freeze`) and the phase splits (qicharts2 `part`). Shared by the schema and the mutation.

export const MIN_POINTS = 2;
export const MAX_BASELINE = 1000;
export const MAX_PHASE_SPLITS = 5;

/**
 * The field-error key of a list of phase splits, or null when it is fine: whole numbers, each at
 * least MIN_POINTS (and at most MAX_BASELINE), strictly increasing, at most MAX_PHASE_SPLITS of them.
 */
export function phaseSplitsProblem(splits: readonly number[]): string | null {
  if (splits.length > MAX_PHASE_SPLITS) return "tooManyPhases";
  if (splits.some((split) => !Number.isInteger(split))) return "invalid";
  if (splits.some((split) => split < MIN_POINTS)) return "tooSmall";
  if (splits.some((split) => split > MAX_BASELINE)) return "tooBig";
  if (splits.some((split, index) => index > 0 && split <= splits[index - 1])) return "phasesNotIncreasing";
  return null;
}

/**
 * The workflow rule: qicharts2 applies a frozen baseline to the first part only, so a chart has
 * either a frozen baseline or phases, never both. Returns the rule id refused, or null.
 */
export function chartSettingsRuleViolation(settings: { baselineCount: number | null; phaseSplits: readonly number[] }): string | null {
  return settings.baselineCount !== null && settings.phaseSplits.length > 0 ? "chartSettings.baselineAndPhases" : null;
}

/** [12, 30] → "12,30": the stored form that lib/measures/chart-kind.ts parsePhaseSplits reads. */
export function formatPhaseSplits(splits: readonly number[]): string {
  return splits.join(",");
}
