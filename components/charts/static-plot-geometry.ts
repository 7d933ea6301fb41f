// Where a chart's first drawing goes when it comes with the server's HTML (issue 17, item 9):
// Recharts 3 draws nothing until it has measured itself in the browser (recharts/recharts#5997), so
// a chart that must show at once is first drawn as a plain SVG in Recharts' own layout (the margins,
// axis sizes and 800-pixel width ChartPlot gives it) and swapped for the interactive one after
// hydration. Pure: numbers and path strings only.
import type { ChartModel, PointSignal } from "@/lib/charts/chart-model";
import { plotData, tickIndices, type PlotLine } from "./chart-plot-data";

/** ChartPlot's layout: the initial width, the chart margins and the axis sizes it gives Recharts. */
export const STATIC_PLOT = { width: 800, margin: { top: 28, right: 64, bottom: 16, left: 4 }, yAxisWidth: 60, xAxisHeight: 40, pxPerTick: 64, axesWidth: 90 } as const;

export interface StaticPlotGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { value: number; y: number }[];
  xTicks: { index: number; x: number }[];
  lines: { key: string; role: PlotLine["role"]; dashed: boolean; path: string }[];
  valuePath: string;
  points: { index: number; x: number; y: number; signal: PointSignal }[];
  goalY: number | null;
  phaseXs: number[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Evenly spaced round ticks over [min, max], about `count` of them (1, 2, 2.5 or 5 times a power of ten). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) [min, max] = min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const raw = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let value = Math.floor(min / step) * step; value <= Math.ceil(max / step) * step + step / 2; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/** The drawing of `model` at ChartPlot's initial size: axes, grid, centre lines, limits, goal, phases and points. */
export function staticPlotGeometry(model: ChartModel, height: number): StaticPlotGeometry {
  const { width, margin, yAxisWidth, xAxisHeight } = STATIC_PLOT;
  const plot = { left: margin.left + yAxisWidth, right: width - margin.right, top: margin.top, bottom: height - margin.bottom - xAxisHeight };
  const { rows, lines } = plotData(model);
  const n = rows.length;
  const x = (index: number) => round1(plot.left + ((index + 0.5) / Math.max(1, n)) * (plot.right - plot.left));

  const values: number[] = [];
  for (const row of rows) for (const value of [row.value, row.centre, row.lcl, row.ucl]) if (typeof value === "number") values.push(value);
  if (model.goal !== null) values.push(model.goal);
  const ticks =
    model.valueCap === null
      ? niceTicks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1)
      : [0, 0.25, 0.5, 0.75, 1].map((share) => share * model.valueCap!);
  const low = ticks[0];
  const high = ticks[ticks.length - 1] === low ? low + 1 : ticks[ticks.length - 1];
  const y = (value: number) => round1(plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top));

  const linePaths = lines.map((line) => {
    const style = line.role === "lcl" || line.role === "ucl" ? "step" : "linear";
    const at = rows.flatMap((row, i) => (typeof row[line.key] === "number" ? [{ x: x(i), y: y(row[line.key] as number) }] : []));
    const path = at
      .map((point, k) => {
        if (k === 0) return `M${point.x} ${point.y}`;
        if (style === "linear") return `L${point.x} ${point.y}`;
        const mid = round1((at[k - 1].x + point.x) / 2);
        return `H${mid}V${point.y}H${point.x}`;
      })
      .join("");
    return { key: line.key, role: line.role, dashed: line.dashed, path };
  });

  let valuePath = "";
  let open = false;
  rows.forEach((row, i) => {
    if (row.value === null) {
      open = false;
      return;
    }
    valuePath += `${open ? "L" : "M"}${x(i)} ${y(row.value)}`;
    open = true;
  });

  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    xTicks: tickIndices(n, Math.max(2, Math.floor((width - STATIC_PLOT.axesWidth) / STATIC_PLOT.pxPerTick))).map((index) => ({ index, x: x(index) })),
    lines: linePaths,
    valuePath,
    points: rows.flatMap((row, i) => (row.value === null ? [] : [{ index: i, x: x(i), y: y(row.value), signal: row.signal }])),
    goalY: model.goal === null ? null : y(model.goal),
    phaseXs: model.phases.slice(1).map((phase) => round1(plot.left + (phase.start / Math.max(1, n)) * (plot.right - plot.left))),
  };
}
