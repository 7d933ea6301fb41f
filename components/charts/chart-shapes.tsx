// Marks shared by the plot, the legend and the caption. Colour and shape both carry the meaning, so
// the chart reads in greyscale and with colour-vision deficiency (Okabe & Ito 2008 palette; every
// colour has at least 3:1 contrast on white, WCAG 1.4.11).
import type { PointSignal } from "@/lib/charts/chart-model";

export const CHART_COLOURS = {
  point: "#404040",
  line: "#6b7280",
  improvement: "#0072B2",
  deterioration: "#D55E00",
  centre: "#1f2937",
  limit: "#4b5563",
  goal: "#007A5A",
  phase: "#334155",
  marker: "#8A3F6E",
  grid: "#e5e7eb",
} as const;

/** One data point: grey circle, blue diamond (improvement) or orange-red square (deterioration). */
export function PointMark({ cx, cy, signal, active = false }: { cx: number; cy: number; signal: PointSignal; active?: boolean }) {
  const grow = active ? 2 : 0;
  if (signal === "improvement") {
    const r = 6 + grow;
    return (
      <path
        d={`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`}
        fill={CHART_COLOURS.improvement}
        stroke="#ffffff"
        strokeWidth={1}
      />
    );
  }
  if (signal === "deterioration") {
    const half = 4.5 + grow;
    return (
      <rect
        x={cx - half}
        y={cy - half}
        width={half * 2}
        height={half * 2}
        fill={CHART_COLOURS.deterioration}
        stroke="#ffffff"
        strokeWidth={1}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={3.5 + grow} fill={CHART_COLOURS.point} stroke="#ffffff" strokeWidth={1} />;
}

export type LegendIconKind = PointSignal | "centre" | "centreDashed" | "centreFrozen" | "limits" | "goal" | "phase" | "marker";

/** A small picture of a legend entry (decorative: the text beside it says the same). */
export function LegendIcon({ kind }: { kind: LegendIconKind }) {
  const line = (stroke: string, dash?: string, width = 2) => (
    <line x1={1} y1={8} x2={23} y2={8} stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
  );
  return (
    <svg width={24} height={16} viewBox="0 0 24 16" aria-hidden="true" focusable="false" className="shrink-0">
      {kind === "none" || kind === "improvement" || kind === "deterioration" ? (
        <PointMark cx={12} cy={8} signal={kind} />
      ) : kind === "centre" ? (
        line(CHART_COLOURS.centre)
      ) : kind === "centreDashed" ? (
        line(CHART_COLOURS.centre, "6 3")
      ) : kind === "centreFrozen" ? (
        line(CHART_COLOURS.centre, "2 3")
      ) : kind === "limits" ? (
        line(CHART_COLOURS.limit, "5 3", 1.5)
      ) : kind === "goal" ? (
        line(CHART_COLOURS.goal, "10 4")
      ) : kind === "phase" ? (
        <line x1={12} y1={0} x2={12} y2={16} stroke={CHART_COLOURS.phase} strokeWidth={2} strokeDasharray="4 2" />
      ) : (
        <>
          <line x1={12} y1={6} x2={12} y2={16} stroke={CHART_COLOURS.marker} strokeWidth={1.5} strokeDasharray="2 2" />
          <circle cx={12} cy={6} r={5} fill={CHART_COLOURS.marker} />
        </>
      )}
    </svg>
  );
}

/** The verdict's icon in the caption: the same shapes as the points. */
export function VerdictIcon({ verdict }: { verdict: "improving" | "deteriorating" | "no-signal" | "too-few-points" }) {
  const signal: PointSignal = verdict === "improving" ? "improvement" : verdict === "deteriorating" ? "deterioration" : "none";
  return (
    <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="mt-0.5 shrink-0">
      {verdict === "too-few-points" ? (
        <circle cx={10} cy={10} r={6} fill="none" stroke={CHART_COLOURS.point} strokeWidth={2} strokeDasharray="3 2" />
      ) : (
        <g transform="translate(10 10) scale(1.4) translate(-10 -10)">
          <PointMark cx={10} cy={10} signal={signal} />
        </g>
      )}
    </svg>
  );
}
