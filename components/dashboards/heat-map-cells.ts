// Pure pieces of the completeness heat map: each cell's share and shade, the summary counts and the
// CSV (one line per team and month, so a spreadsheet can filter and pivot it).
import type { CsvCell } from "@/components/charts/chart-csv";
import type { CompletenessCell, CompletenessHeatMapData } from "@/lib/dashboards/types";

/** Found ÷ expected, at most 1; null when no value was expected that month. */
export function cellShare(cell: Pick<CompletenessCell, "expected" | "found">): number | null {
  if (cell.expected <= 0) return null;
  return Math.min(1, Math.max(0, cell.found / cell.expected));
}

export type CompletenessShade = "complete" | "most" | "half" | "little" | "none" | "notExpected";
export const COMPLETENESS_SHADES: readonly CompletenessShade[] = ["complete", "most", "half", "little", "none", "notExpected"];

/** The cell's shade: all in, at least 75 %, at least 50 %, some, none, or nothing expected. */
export function cellShade(cell: Pick<CompletenessCell, "expected" | "found">): CompletenessShade {
  const share = cellShare(cell);
  if (share === null) return "notExpected";
  if (share >= 1) return "complete";
  if (share >= 0.75) return "most";
  if (share >= 0.5) return "half";
  return share > 0 ? "little" : "none";
}

/** Whether the cell has values to fill in (and so links to the team's data entry). */
export function hasMissing(cell: Pick<CompletenessCell, "expected" | "found">): boolean {
  return cell.expected > cell.found;
}

/** The whole-percent share shown in the cell ("75"); rounds down so a cell short of a value never shows 100. */
export function percentOf(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

export function heatMapSummary(data: Pick<CompletenessHeatMapData, "rows">): { cells: number; complete: number; missingValues: number } {
  let cells = 0;
  let complete = 0;
  let missingValues = 0;
  for (const row of data.rows) {
    for (const cell of row.cells) {
      if (cell.expected <= 0) continue;
      cells++;
      if (!hasMissing(cell)) complete++;
      missingValues += Math.max(0, cell.expected - cell.found);
    }
  }
  return { cells, complete, missingValues };
}

/** The CSV: team, month, values found, values expected, percent (empty when nothing was expected). */
export function heatMapCsv(data: CompletenessHeatMapData, labels: { header: string[]; monthName: (month: string) => string }): { header: string[]; rows: CsvCell[][] } {
  return {
    header: labels.header,
    rows: data.rows.flatMap((row) =>
      row.cells.map((cell): CsvCell[] => {
        const share = cellShare(cell);
        return [row.teamName, labels.monthName(cell.month), cell.found, cell.expected, share === null ? null : percentOf(share)];
      }),
    ),
  };
}
