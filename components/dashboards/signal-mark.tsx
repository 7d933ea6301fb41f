// The point marks of the SPC charts (components/charts/chart-shapes.tsx) at any size, for the small
// dashboard drawings: grey circle, blue diamond for an improvement signal, orange-red square for a
// deterioration signal. Shape and colour both carry the meaning.
import { CHART_COLOURS } from "@/components/charts/chart-shapes";
import type { PointSignal } from "@/lib/dashboards/types";

/** `size` is the circle's radius; the diamond and the square are drawn a little larger, as on the charts. */
export function SignalMark({ cx, cy, signal, size = 3.5, outline = "#ffffff" }: { cx: number; cy: number; signal: PointSignal; size?: number; outline?: string }) {
  const strokeWidth = Math.max(0.5, size / 4);
  if (signal === "improvement") {
    const r = size * (6 / 3.5);
    return <path d={`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`} fill={CHART_COLOURS.improvement} stroke={outline} strokeWidth={strokeWidth} />;
  }
  if (signal === "deterioration") {
    const half = size * (4.5 / 3.5);
    return <rect x={cx - half} y={cy - half} width={half * 2} height={half * 2} fill={CHART_COLOURS.deterioration} stroke={outline} strokeWidth={strokeWidth} />;
  }
  return <circle cx={cx} cy={cy} r={size} fill={CHART_COLOURS.point} stroke={outline} strokeWidth={strokeWidth} />;
}

/** A mark as a small legend picture (decorative: the words beside it say the same). */
export function SignalMarkIcon({ signal }: { signal: PointSignal }) {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="shrink-0">
      <SignalMark cx={8} cy={8} signal={signal} size={3.5} />
    </svg>
  );
}
