// Pure pieces of the PDSA activity chart: the three series, their totals, bar places and the CSV.
import type { CsvCell } from "@/components/charts/chart-csv";
import type { CycleActivityMonth } from "@/lib/dashboards/types";

export const CYCLE_SERIES = ["started", "completed", "abandoned"] as const;
export type CycleSeries = (typeof CYCLE_SERIES)[number];

export function cycleTotals(months: readonly CycleActivityMonth[]): Record<CycleSeries, number> {
  const totals: Record<CycleSeries, number> = { started: 0, completed: 0, abandoned: 0 };
  for (const month of months) for (const series of CYCLE_SERIES) totals[series] += month[series];
  return totals;
}

/** The largest single bar: the top of the count axis. */
export function largestCount(months: readonly CycleActivityMonth[]): number {
  return Math.max(0, ...months.flatMap((month) => CYCLE_SERIES.map((series) => month[series])));
}

/** The left edge of each series' bar inside a month's group of width `groupWidth` centred on `centre`. */
export function groupedBarX(centre: number, groupWidth: number, seriesIndex: number, seriesCount = CYCLE_SERIES.length): { x: number; width: number } {
  const width = groupWidth / seriesCount;
  return { x: centre - groupWidth / 2 + seriesIndex * width, width };
}

/** The CSV and table rows: month, started, completed, abandoned. */
export function cycleCsv(months: readonly CycleActivityMonth[], labels: { month: string; series: Record<CycleSeries, string>; monthName: (month: string) => string }): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [labels.month, ...CYCLE_SERIES.map((series) => labels.series[series])],
    rows: months.map((month) => [labels.monthName(month.month), ...CYCLE_SERIES.map((series) => month[series])]),
  };
}
