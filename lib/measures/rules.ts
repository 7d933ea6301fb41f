// Pure rules of a measure's definition (PRODUCT.md §3 Measure, §5 charts). No Prisma, no Next.
import type { ChartKind } from "./chart-kind";

export const MEASURE_TYPES = ["OUTCOME", "PROCESS", "BALANCING"] as const;
export const COMPASS_POINTS = ["CLINICAL", "FUNCTIONAL", "SATISFACTION", "COSTS"] as const;
export const MEASURE_KINDS = ["PROPORTION", "RATE", "COUNT", "CONTINUOUS", "DAYS_BETWEEN"] as const;
export const MEASURE_FREQUENCIES = ["WEEKLY", "MONTHLY"] as const;
export const DIRECTIONS = ["UP", "DOWN"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export type MeasureRule = "kindOrFrequencyLocked" | "archived" | "alreadyArchived";

const CHARTS_BY_KIND: Record<MeasureKind, readonly ChartKind[]> = {
  PROPORTION: ["RUN", "I", "P", "PP"],
  RATE: ["RUN", "I", "U", "UP"],
  COUNT: ["RUN", "I", "C"],
  CONTINUOUS: ["RUN", "I"],
  DAYS_BETWEEN: ["RUN", "I", "G"],
};

/**
 * The default charts that fit a kind (PRODUCT.md §5): P and Laney P′ need proportions, U and U′
 * rates, C counts, G days between rare events; a run chart and an I chart fit any measure.
 */
export function chartsForKind(kind: MeasureKind): readonly ChartKind[] {
  return CHARTS_BY_KIND[kind];
}

export function isChartAllowedForKind(kind: MeasureKind, chart: ChartKind): boolean {
  return CHARTS_BY_KIND[kind].includes(chart);
}

/** Proportions and rates are numerator / denominator, so both need an operational definition. */
export function needsNumeratorAndDenominator(kind: MeasureKind): boolean {
  return kind === "PROPORTION" || kind === "RATE";
}

/** The multiplier a new measure of this kind starts with: per cent for proportions, per 1000 for rates. */
export function defaultMultiplier(kind: MeasureKind): number {
  if (kind === "PROPORTION") return 100;
  if (kind === "RATE") return 1000;
  return 1;
}

/**
 * Editing a measure: an archived measure is read-only, and once data are entered its kind and
 * frequency are fixed, because the stored numerators and periods would no longer mean the same.
 */
export function measureEditRefusal(
  current: { kind: string; frequency: string; archivedAt: Date | null },
  next: { kind: string; frequency: string },
  measurementCount: number,
): MeasureRule | null {
  if (current.archivedAt) return "archived";
  if (measurementCount > 0 && (current.kind !== next.kind || current.frequency !== next.frequency)) return "kindOrFrequencyLocked";
  return null;
}

/** Archiving hides a measure from new data entry; its measurements stay. Archiving twice is refused. */
export function archiveRefusal(current: { archivedAt: Date | null }): MeasureRule | null {
  return current.archivedAt ? "alreadyArchived" : null;
}
