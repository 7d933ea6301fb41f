// The rows Recharts draws: each phase's centre line and limits get keys of their own, so lines stop
// at a phase split instead of joining the phases with a slanted segment, and a frozen baseline's
// extension can be drawn dashed. Pure.
import type { ChartModel, ChartRow } from "@/lib/charts/chart-model";

export interface PlotLine {
  key: string;
  role: "centre" | "frozen" | "lcl" | "ucl";
  phase: number;
  /** The phase has a runs signal without a side (few crossings): its centre line is dashed. */
  dashed: boolean;
}

export type PlotRow = ChartRow & Record<string, unknown>;

export function plotData(model: ChartModel): { rows: PlotRow[]; lines: PlotLine[] } {
  const rows: PlotRow[] = model.rows.map((row) => ({ ...row }));
  const lines: PlotLine[] = [];
  const baseline = model.baselineCount;
  model.phases.forEach((phase, p) => {
    const dashed = phase.hasSidelessSignal;
    // The frozen part ends at the last baseline point; the extension starts there so the line is unbroken.
    const split = baseline !== null && phase.start < baseline && baseline < phase.end ? baseline : null;
    const solidEnd = split ?? phase.end;
    lines.push({ key: `c${p}`, role: "centre", phase: p, dashed });
    if (split !== null) lines.push({ key: `f${p}`, role: "frozen", phase: p, dashed });
    const hasLimits = model.rows.slice(phase.start, phase.end).some((row) => row.lcl !== null || row.ucl !== null);
    if (hasLimits) lines.push({ key: `l${p}`, role: "lcl", phase: p, dashed: false }, { key: `u${p}`, role: "ucl", phase: p, dashed: false });
    for (let i = phase.start; i < phase.end; i++) {
      const row = rows[i];
      if (i < solidEnd) row[`c${p}`] = row.centre;
      if (split !== null && i >= split - 1) row[`f${p}`] = row.centre;
      if (hasLimits) {
        row[`l${p}`] = row.lcl;
        row[`u${p}`] = row.ucl;
      }
    }
  });
  return { rows, lines };
}

/** About `maxTicks` evenly spaced tick indices, always including the first period. */
export function tickIndices(count: number, maxTicks: number): number[] {
  if (count <= 0) return [];
  const step = Math.max(1, Math.ceil(count / Math.max(1, maxTicks)));
  const ticks: number[] = [];
  for (let i = 0; i < count; i += step) ticks.push(i);
  return ticks;
}
