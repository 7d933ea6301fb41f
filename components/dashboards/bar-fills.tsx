// Fills of bar segments: a colour and, for most, a pattern on top, so neighbouring segments differ in
// more than colour (WCAG 1.4.1) and still read in greyscale. Every segment also gets a dark outline.
import { useId } from "react";

export interface BarFill {
  colour: string;
  pattern: "none" | "hatch" | "backHatch" | "dots";
  /** The pattern's ink. */
  ink: string;
  /** Text drawn on the fill (counts inside a segment). */
  text: string;
}

export const BAR_OUTLINE = "#334155";

/** An SVG id from React's useId (which may hold characters that break `url(#…)`). */
export function useSvgId(): string {
  return `f${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
}

function PatternMarks({ fill }: { fill: BarFill }) {
  if (fill.pattern === "hatch") return <path d="M-1 1L1 -1M0 6L6 0M5 7L7 5" stroke={fill.ink} strokeWidth={1.2} />;
  if (fill.pattern === "backHatch") return <path d="M-1 5L1 7M0 0L6 6M5 -1L7 1" stroke={fill.ink} strokeWidth={1.2} />;
  if (fill.pattern === "dots") return <circle cx={3} cy={3} r={1.2} fill={fill.ink} />;
  return null;
}

/** The <pattern> element for a fill (nothing for a plain colour); put it in the drawing's <defs>. */
export function PatternDef({ id, fill }: { id: string; fill: BarFill }) {
  if (fill.pattern === "none") return null;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6}>
      <rect width={6} height={6} fill={fill.colour} />
      <PatternMarks fill={fill} />
    </pattern>
  );
}

/** The `fill` attribute for a segment drawn with the pattern `id` defined by PatternDef. */
export function fillAttribute(id: string, fill: BarFill): string {
  return fill.pattern === "none" ? fill.colour : `url(#${id})`;
}

/** A legend swatch of a fill (decorative: the words beside it say the same). */
export function FillSwatch({ fill }: { fill: BarFill }) {
  const id = useSvgId();
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="shrink-0">
      <defs>
        <PatternDef id={id} fill={fill} />
      </defs>
      <rect x={0.5} y={0.5} width={15} height={15} fill={fillAttribute(id, fill)} stroke={BAR_OUTLINE} strokeWidth={1} />
    </svg>
  );
}
