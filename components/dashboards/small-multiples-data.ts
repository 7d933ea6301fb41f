// Pure pieces of the small multiples: where each team's points and lines go on the common scale,
// and the numbers of its table row. Counting only; the verdicts and signals come from the loader.
import type { CsvCell } from "@/components/charts/chart-csv";
import type { PointSignal, SmallMultiplesData, SmallMultipleTeam, Verdict } from "@/lib/dashboards/types";
import { gappedPath, linearScale, round1 } from "./scales";
import { VERDICT_ORDER } from "./verdict-words";

/** The drawing box of one small chart (SVG units); the width follows the grid column. */
export const TILE = { width: 160, height: 80, padX: 6, padY: 7 } as const;

export interface TileDrawing {
  valuePath: string;
  centrePath: string;
  points: { x: number; y: number; signal: PointSignal; index: number }[];
}

/** One team's line, centre line and points on the common x axis (periods) and y scale (yMin..yMax). */
export function tileDrawing(data: Pick<SmallMultiplesData, "periods" | "yMin" | "yMax">, team: Pick<SmallMultipleTeam, "values" | "centre" | "signals">): TileDrawing {
  const last = Math.max(1, data.periods.length - 1);
  const x = data.periods.length === 1 ? () => TILE.width / 2 : linearScale([0, last], [TILE.padX, TILE.width - TILE.padX]);
  const y = linearScale([data.yMin, data.yMax], [TILE.height - TILE.padY, TILE.padY]);
  const points = team.values.flatMap((value, index) =>
    value === null ? [] : [{ x: round1(x(index)), y: round1(y(value)), signal: team.signals[index] ?? "none", index }],
  );
  return { valuePath: gappedPath(team.values, x, y), centrePath: gappedPath(team.centre, x, y), points };
}

/** The team's most recent value and its period index; null when it has none. */
export function latestPoint(values: readonly (number | null)[]): { index: number; value: number } | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null) return { index: i, value };
  }
  return null;
}

export function pointCount(values: readonly (number | null)[]): number {
  return values.filter((value) => value !== null).length;
}

/** How many of the team's points carry an improvement or a deterioration signal. */
export function signalCounts(signals: readonly PointSignal[]): { improvement: number; deterioration: number } {
  return {
    improvement: signals.filter((signal) => signal === "improvement").length,
    deterioration: signals.filter((signal) => signal === "deterioration").length,
  };
}

/** Teams per verdict, every verdict present (zero when none). */
export function verdictCounts(teams: readonly Pick<SmallMultipleTeam, "verdict">[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICT_ORDER.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const team of teams) counts[team.verdict]++;
  return counts;
}

export interface SmallMultiplesLabels {
  team: string;
  verdict: string;
  latestValue: string;
  latestPeriod: string;
  points: string;
  improvementSignals: string;
  deteriorationSignals: string;
  verdictWord: (verdict: Verdict) => string;
  period: (day: string) => string;
}

/** The CSV: the table's columns (team, verdict, latest value and period, counts), then every period's value. */
export function smallMultiplesCsv(data: Pick<SmallMultiplesData, "periods" | "teams">, labels: SmallMultiplesLabels): { header: string[]; rows: CsvCell[][] } {
  const header = [labels.team, labels.verdict, labels.latestValue, labels.latestPeriod, labels.points, labels.improvementSignals, labels.deteriorationSignals, ...data.periods.map(labels.period)];
  const rows = data.teams.map((team): CsvCell[] => {
    const latest = latestPoint(team.values);
    const signals = signalCounts(team.signals);
    return [
      team.teamName,
      labels.verdictWord(team.verdict),
      latest?.value ?? null,
      latest ? labels.period(data.periods[latest.index]) : null,
      pointCount(team.values),
      signals.improvement,
      signals.deterioration,
      ...team.values,
    ];
  });
  return { header, rows };
}
