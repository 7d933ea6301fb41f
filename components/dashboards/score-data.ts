// Pure pieces of the score distribution: the IHI assessment scale's steps (1.0–5.0 by 0.5), the
// four bands the bars stack, counts and the median of each month's scores (PRODUCT.md §2, §6).
import type { CsvCell } from "@/components/charts/chart-csv";
import type { ScoreMonth } from "@/lib/dashboards/types";

export const SCORE_STEPS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;

/** The stacked bands, named after the IHI scale: 1.0–1.5 forming and planning, 2.0–2.5 activity and testing, 3.0–3.5 improvement, 4.0–5.0 significant and sustained improvement. */
export type ScoreBand = "forming" | "testing" | "improving" | "sustaining";
export const SCORE_BANDS: readonly { band: ScoreBand; from: number; to: number }[] = [
  { band: "forming", from: 1, to: 1.5 },
  { band: "testing", from: 2, to: 2.5 },
  { band: "improving", from: 3, to: 3.5 },
  { band: "sustaining", from: 4, to: 5 },
];

export function scoreBand(score: number): ScoreBand {
  return score < 2 ? "forming" : score < 3 ? "testing" : score < 4 ? "improving" : "sustaining";
}

/** Scores per step of the scale (index 0 = 1.0 … 8 = 5.0); a score between steps counts at the nearest, outside the scale at its end. */
export function scoreStepCounts(scores: readonly number[]): number[] {
  const counts = SCORE_STEPS.map(() => 0);
  for (const score of scores) {
    if (!Number.isFinite(score)) continue;
    const index = Math.min(SCORE_STEPS.length - 1, Math.max(0, Math.round((score - 1) * 2)));
    counts[index]++;
  }
  return counts;
}

export function bandCounts(scores: readonly number[]): Record<ScoreBand, number> {
  const counts: Record<ScoreBand, number> = { forming: 0, testing: 0, improving: 0, sustaining: 0 };
  for (const score of scores) if (Number.isFinite(score)) counts[scoreBand(score)]++;
  return counts;
}

/** The middle score, or the mean of the two middle ones; null for a month without scores. */
export function medianScore(scores: readonly number[]): number | null {
  const sorted = scores.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A month's bar: each band's count and where its segment starts (teams below it), bottom band first. */
export function scoreStack(scores: readonly number[]): { band: ScoreBand; count: number; start: number }[] {
  const counts = bandCounts(scores);
  let start = 0;
  return SCORE_BANDS.map(({ band }) => {
    const segment = { band, count: counts[band], start };
    start += counts[band];
    return segment;
  });
}

/** The last month that has any scores, or null. */
export function latestScoredMonth(months: readonly ScoreMonth[]): ScoreMonth | null {
  for (let i = months.length - 1; i >= 0; i--) if (months[i].scores.length > 0) return months[i];
  return null;
}

/** The CSV and table rows: month, count per step 1.0 … 5.0, number of scores, median. */
export function scoreCsv(months: readonly ScoreMonth[], labels: { month: string; steps: string[]; count: string; median: string; monthName: (month: string) => string }): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [labels.month, ...labels.steps, labels.count, labels.median],
    rows: months.map((month) => [labels.monthName(month.month), ...scoreStepCounts(month.scores), month.scores.length, medianScore(month.scores)]),
  };
}
