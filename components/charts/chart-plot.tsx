"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartModel, PlacedMarker } from "@/lib/charts/chart-model";
import type { ChartFormat } from "./chart-format";
import { plotData, tickIndices, type PlotLine } from "./chart-plot-data";
import { CHART_COLOURS, PointMark } from "./chart-shapes";
import { ChartTooltip } from "./chart-tooltip";
import { staticPlotGeometry } from "./static-plot-geometry";

/** Room per axis label ("uge 52", "sep."), so ticks never overlap however narrow the chart. */
const PX_PER_TICK = 64;
const AXES_WIDTH = 90;

/** The width of an element, kept up to date as the layout changes. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

function lineStyle(line: Pick<PlotLine, "role" | "dashed">): { stroke: string; strokeWidth: number; strokeDasharray?: string; type: "linear" | "step" } {
  if (line.role === "lcl" || line.role === "ucl") return { stroke: CHART_COLOURS.limit, strokeWidth: 1.5, strokeDasharray: "5 3", type: "step" };
  if (line.role === "frozen") return { stroke: CHART_COLOURS.centre, strokeWidth: 2, strokeDasharray: "2 3", type: "linear" };
  return { stroke: CHART_COLOURS.centre, strokeWidth: 2, strokeDasharray: line.dashed ? "6 3" : undefined, type: "linear" };
}

/** A numbered badge above a vertical marker line (annotations and PDSA cycles). */
function markerShape(text: string) {
  function MarkerShape(props: { x1?: number; y1?: number; x2?: number; y2?: number }) {
    const { x1 = 0, y1 = 0, y2 = 0 } = props;
    const top = Math.min(y1, y2);
    const width = Math.max(18, text.length * 7 + 8);
    return (
      <g>
        <line x1={x1} y1={top} x2={x1} y2={Math.max(y1, y2)} stroke={CHART_COLOURS.marker} strokeWidth={1.5} strokeDasharray="2 2" />
        <rect x={x1 - width / 2} y={top - 20} width={width} height={18} rx={9} fill={CHART_COLOURS.marker} />
        <text x={x1} y={top - 7} textAnchor="middle" fill="#ffffff" fontSize={11} fontWeight={600}>
          {text}
        </text>
      </g>
    );
  }
  return MarkerShape;
}

function groupMarkers(markers: readonly PlacedMarker[]): { index: number; numbers: number[] }[] {
  const groups = new Map<number, number[]>();
  for (const marker of markers) {
    if (marker.index < 0) continue;
    groups.set(marker.index, [...(groups.get(marker.index) ?? []), marker.number]);
  }
  return [...groups].map(([index, numbers]) => ({ index, numbers }));
}

const subscribeNothing = () => () => {};

/** False on the server and while hydrating, true once the page runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/**
 * The chart as a plain SVG in Recharts' layout, for the server's HTML: Recharts 3 draws nothing
 * before it has measured itself in the browser. Same marks, colours and label; no tooltip.
 */
function StaticPlot({ model, format, ariaLabel, height }: { model: ChartModel; format: ChartFormat; ariaLabel: string; height: number }) {
  const t = useTranslations("charts");
  const geometry = staticPlotGeometry(model, height);
  const { plot } = geometry;
  const tickLabels = geometry.xTicks.flatMap((tick) => (model.rows[tick.index] ? [{ ...tick, ...format.periodShort(model.rows[tick.index].period) }] : []));
  return (
    <svg
      className="spc-static-plot block"
      width="100%"
      height={height}
      viewBox={`0 0 ${geometry.width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={ariaLabel}
      data-static-plot=""
    >
      {geometry.yTicks.map((tick) => (
        <g key={`y-${tick.value}`}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke={CHART_COLOURS.grid} />
          <text x={plot.left - 8} y={tick.y} dy={4} textAnchor="end" fill="#374151" fontSize={12}>
            {format.number(tick.value)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#6b7280" />
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#6b7280" />
      {tickLabels.map((tick, k) => (
        <g key={`x-${tick.index}`} transform={`translate(${tick.x},${plot.bottom + 8})`}>
          <text dy={14} textAnchor="middle" fill="#374151" fontSize={12}>
            {tick.label}
          </text>
          {(k === 0 || tickLabels[k - 1].year !== tick.year) && (
            <text dy={29} textAnchor="middle" fill="#374151" fontSize={12}>
              {tick.year}
            </text>
          )}
        </g>
      ))}
      {geometry.lines.map((line) => {
        const style = lineStyle(line);
        return <path key={line.key} d={line.path} fill="none" stroke={style.stroke} strokeWidth={style.strokeWidth} strokeDasharray={style.strokeDasharray} />;
      })}
      {geometry.phaseXs.map((x, p) => (
        <g key={`phase-${x}`}>
          <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke={CHART_COLOURS.phase} strokeWidth={2} strokeDasharray="4 2" />
          <text x={x + 4} y={plot.top + 14} fill="#1f2937" fontSize={12}>
            {t("legend.phaseLabel", { number: p + 2 })}
          </text>
        </g>
      ))}
      {geometry.goalY !== null && model.goal !== null && (
        <g>
          <line x1={plot.left} x2={plot.right} y1={geometry.goalY} y2={geometry.goalY} stroke={CHART_COLOURS.goal} strokeWidth={2} strokeDasharray="10 4" />
          <text x={plot.right + 5} y={geometry.goalY} dy={4} fill="#00573f" fontSize={12}>
            {`${t("legend.goal")} ${format.number(model.goal)}`}
          </text>
        </g>
      )}
      <path d={geometry.valuePath} fill="none" stroke={CHART_COLOURS.line} strokeWidth={1.5} />
      {geometry.points.map((point) => (
        <PointMark key={`p-${point.index}`} cx={point.x} cy={point.y} signal={point.signal} />
      ))}
    </svg>
  );
}

/**
 * The Recharts drawing of a chart model. Draws only what the model holds: no statistics here.
 * With `drawOnServer`, the server's HTML and the hydrating render carry StaticPlot, so the chart is
 * there with the page, and the interactive drawing takes its place once the page runs.
 */
export function ChartPlot({ model, format, ariaLabel, height, drawOnServer = false }: { model: ChartModel; format: ChartFormat; ariaLabel: string; height: number; drawOnServer?: boolean }) {
  const t = useTranslations("charts");
  const hydrated = useHydrated();
  const { ref, width } = useWidth(800);
  const { rows, lines } = plotData(model);
  const ticks = tickIndices(rows.length, Math.max(2, Math.floor((width - AXES_WIDTH) / PX_PER_TICK)));
  const tickYears = new Map(ticks.map((index) => [index, format.periodShort(rows[index].period).year]));

  const renderTick = (props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const index = Number(props.payload?.value);
    const row = rows[index];
    if (!row) return <g />;
    const { label, year } = format.periodShort(row.period);
    const previous = ticks[ticks.indexOf(index) - 1];
    const showYear = previous === undefined || tickYears.get(previous) !== year;
    return (
      <g transform={`translate(${props.x},${props.y})`}>
        <text dy={14} textAnchor="middle" fill="#374151" fontSize={12}>
          {label}
        </text>
        {showYear && (
          <text dy={29} textAnchor="middle" fill="#374151" fontSize={12}>
            {year}
          </text>
        )}
      </g>
    );
  };

  const renderDot = (props: { cx?: number; cy?: number; index?: number; payload?: { signal?: string } }) => {
    const { cx, cy, index = 0 } = props;
    if (typeof cx !== "number" || typeof cy !== "number" || rows[index]?.value == null) return <g key={`dot-${index}`} />;
    return (
      <g key={`dot-${index}`}>
        <PointMark cx={cx} cy={cy} signal={rows[index].signal} />
      </g>
    );
  };

  const renderActiveDot = (props: { cx?: number; cy?: number; index?: number }) => {
    const { cx, cy, index = 0 } = props;
    if (typeof cx !== "number" || typeof cy !== "number" || !rows[index]) return <g />;
    return <PointMark cx={cx} cy={cy} signal={rows[index].signal} active />;
  };

  if (drawOnServer && !hydrated) {
    return (
      <div ref={ref} className="w-full">
        <StaticPlot model={model} format={format} ariaLabel={ariaLabel} height={height} />
      </div>
    );
  }

  return (
    <div ref={ref} className="w-full">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <ComposedChart
          data={rows}
          margin={{ top: 28, right: 64, bottom: 16, left: 4 }}
          accessibilityLayer
          role="img"
          aria-label={ariaLabel}
        >
          <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
          <XAxis
            type="number"
            dataKey="index"
            domain={[-0.5, rows.length - 0.5]}
            ticks={ticks}
            interval={0}
            tick={renderTick}
            height={40}
            allowDecimals={false}
            stroke="#6b7280"
          />
          <YAxis
            // Proportions use their whole scale (0–100 %), so that changes are not exaggerated.
          domain={model.valueCap === null ? ["auto", "auto"] : [0, model.valueCap]}
          ticks={model.valueCap === null ? undefined : [0, 0.25, 0.5, 0.75, 1].map((share) => share * model.valueCap!)}
            tickFormatter={(value: number) => format.number(value)}
            width={60}
            tick={{ fill: "#374151", fontSize: 12 }}
            stroke="#6b7280"
          />
          <Tooltip content={<ChartTooltip model={model} format={format} />} isAnimationActive={false} />
          {lines.map((line) => {
            const style = lineStyle(line);
            return (
              <Line
                key={line.key}
                dataKey={line.key}
                type={style.type}
                stroke={style.stroke}
                strokeWidth={style.strokeWidth}
                strokeDasharray={style.strokeDasharray}
                dot={false}
                activeDot={false}
                connectNulls
                isAnimationActive={false}
                legendType="none"
              />
            );
          })}
          {model.phases.slice(1).map((phase, p) => (
            <ReferenceLine
              key={`phase-${phase.start}`}
              x={phase.start - 0.5}
              stroke={CHART_COLOURS.phase}
              strokeWidth={2}
              strokeDasharray="4 2"
              label={{ value: t("legend.phaseLabel", { number: p + 2 }), position: "insideTopLeft", fill: "#1f2937", fontSize: 12 }}
            />
          ))}
          {model.goal !== null && (
            <ReferenceLine
              y={model.goal}
              stroke={CHART_COLOURS.goal}
              strokeWidth={2}
              strokeDasharray="10 4"
              ifOverflow="extendDomain"
              label={{ value: `${t("legend.goal")} ${format.number(model.goal)}`, position: "right", fill: "#00573f", fontSize: 12 }}
            />
          )}
          {groupMarkers(model.markers).map((group) => (
            <ReferenceLine key={`marker-${group.index}`} x={group.index} shape={markerShape(group.numbers.join(", "))} />
          ))}
          <Line
            dataKey="value"
            type="linear"
            stroke={CHART_COLOURS.line}
            strokeWidth={1.5}
            dot={renderDot}
            activeDot={renderActiveDot}
            connectNulls={false}
            isAnimationActive={false}
            legendType="none"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
