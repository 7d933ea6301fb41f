// Pure pieces of the funnel plot: each team's position in words, the counts of the caption, and
// where the pooled line, the limit curves, the points and their labels go. The limits themselves
// come from lib/spc funnelPlot via the loader.
import type { CsvCell } from "@/components/charts/chart-csv";
import type { FunnelData, FunnelTeamPoint } from "@/lib/dashboards/types";
import { linearScale, niceTicks, polylinePath, round1 } from "./scales";

export type FunnelPosition = "inside" | "above95" | "above998" | "below95" | "below998" | "noDenominator";

/** A team's place against the limits; the 99.8 % limits win over the 95 % ones. */
export function funnelPosition(team: Pick<FunnelTeamPoint, "value" | "outside95" | "outside998">): FunnelPosition {
  if (team.value === null) return "noDenominator";
  if (team.outside998) return team.outside998 === "above" ? "above998" : "below998";
  if (team.outside95) return team.outside95 === "above" ? "above95" : "below95";
  return "inside";
}

/** The caption's counts: outside the 95 % limits per side (including those beyond 99.8 %), beyond 99.8 %, and on which side of good. */
export function funnelCounts(teams: readonly Pick<FunnelTeamPoint, "outside95" | "outside998" | "favourable">[]) {
  return {
    above95: teams.filter((team) => team.outside95 === "above").length,
    below95: teams.filter((team) => team.outside95 === "below").length,
    outside998: teams.filter((team) => team.outside998 !== null).length,
    favourable: teams.filter((team) => team.outside95 !== null && team.favourable === true).length,
    unfavourable: teams.filter((team) => team.outside95 !== null && team.favourable === false).length,
  };
}

export type FunnelMark = "inside" | "favourable" | "unfavourable";

export const FUNNEL_BOX = { width: 640, height: 380, left: 60, right: 20, top: 16, bottom: 52 } as const;

export interface FunnelGeometry {
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  pooledY: number | null;
  curves: { upper95: string; lower95: string; upper998: string; lower998: string };
  points: { teamId: string; teamName: string; x: number; y: number; mark: FunnelMark }[];
}

/** Everything the funnel drawing places, in SVG units of FUNNEL_BOX. */
export function funnelGeometry(data: Pick<FunnelData, "teams" | "curves" | "pooled">): FunnelGeometry {
  const drawn = data.teams.filter((team): team is FunnelTeamPoint & { value: number } => team.value !== null);
  const denominators = [...drawn.map((team) => team.denominator), ...data.curves.map((point) => point.denominator)];
  const ys = [
    ...drawn.map((team) => team.value),
    ...data.curves.flatMap((point) => [point.lower998, point.upper998]),
    ...(data.pooled === null ? [] : [data.pooled]),
  ].filter(Number.isFinite);
  const largest = Math.max(1, ...denominators);
  const smallest = denominators.length > 0 ? Math.min(...denominators) : 0;
  // From zero, unless every team has about the same denominator: then zero would squeeze them into a corner.
  const xValues = smallest > largest / 3 ? niceTicks(smallest, largest, 6, true) : niceTicks(0, largest, 6, true);
  const yValues = ys.length > 0 ? niceTicks(Math.min(...ys), Math.max(...ys), 6) : [0, 1];
  const x = linearScale([xValues[0], xValues[xValues.length - 1]], [FUNNEL_BOX.left, FUNNEL_BOX.width - FUNNEL_BOX.right]);
  const y = linearScale([yValues[0], yValues[yValues.length - 1]], [FUNNEL_BOX.height - FUNNEL_BOX.bottom, FUNNEL_BOX.top]);

  // A single denominator gives a single limit point: draw it as a short level stroke.
  const curvePoints = (key: "upper95" | "lower95" | "upper998" | "lower998") =>
    data.curves.length === 1
      ? [-8, 8].map((dx) => ({ x: x(data.curves[0].denominator) + dx, y: y(data.curves[0][key]) }))
      : data.curves.map((point) => ({ x: x(point.denominator), y: y(point[key]) }));

  return {
    xTicks: xValues.map((value) => ({ value, x: round1(x(value)) })),
    yTicks: yValues.map((value) => ({ value, y: round1(y(value)) })),
    pooledY: data.pooled === null ? null : round1(y(data.pooled)),
    curves: {
      upper95: polylinePath(curvePoints("upper95")),
      lower95: polylinePath(curvePoints("lower95")),
      upper998: polylinePath(curvePoints("upper998")),
      lower998: polylinePath(curvePoints("lower998")),
    },
    points: drawn.map((team) => ({
      teamId: team.teamId,
      teamName: team.teamName,
      x: round1(x(team.denominator)),
      y: round1(y(team.value)),
      mark: team.outside95 === null ? "inside" : team.favourable ? "favourable" : "unfavourable",
    })),
  };
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: "start" | "end";
}

/** About how wide a bold 12-unit label is: a generous average glyph width, so estimates err on the wide side. */
export function labelWidth(text: string): number {
  return text.length * 7.2;
}

/**
 * Labels beside their points: to the right unless they would pass `right`, then to the left. A
 * label whose box would overlap one already placed (either side) is pushed down a line until free.
 */
export function placeLabels(
  points: readonly { id: string; x: number; y: number; width: number }[],
  options: { right: number; lineHeight?: number; offset?: number },
): PlacedLabel[] {
  const lineHeight = options.lineHeight ?? 13;
  const offset = options.offset ?? 8;
  const placed: (PlacedLabel & { left: number; width: number })[] = [];
  for (const point of [...points].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const anchor = point.x + offset + point.width > options.right ? "end" : "start";
    const x = anchor === "start" ? point.x + offset : point.x - offset;
    const left = anchor === "start" ? x : x - point.width;
    let y = point.y + 4;
    // y only grows, so this ends once the label is below every neighbour it touched.
    for (let moved = true; moved; ) {
      moved = false;
      for (const other of placed) {
        const overlapsAcross = left < other.left + other.width && other.left < left + point.width;
        // The tolerance keeps rounding from bouncing a label between two neighbours for ever.
        if (overlapsAcross && Math.abs(y - other.y) < lineHeight - 1e-6) {
          y = Math.max(y, other.y + lineHeight);
          moved = true;
        }
      }
    }
    placed.push({ id: point.id, x: round1(x), y: round1(y), anchor, left, width: point.width });
  }
  return placed.map(({ id, x, y, anchor }) => ({ id, x, y, anchor }));
}

/** The CSV: team, numerator, denominator, value, position in words. */
export function funnelCsv(
  teams: readonly FunnelTeamPoint[],
  labels: { header: string[]; position: (team: FunnelTeamPoint) => string },
): { header: string[]; rows: CsvCell[][] } {
  return { header: labels.header, rows: teams.map((team) => [team.teamName, team.numerator, team.denominator, team.value, labels.position(team)]) };
}
