import type { ReactNode } from "react";

/** The key of a drawing: a small picture and its words per entry (the pictures are decorative). */
export function FigureLegend({ heading, items }: { heading: string; items: { key: string; icon: ReactNode; label: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={heading}>
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          {item.icon}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A legend picture of a line: solid, dashed or dotted. */
export function LineIcon({ colour, dash, width = 2 }: { colour: string; dash?: string; width?: number }) {
  return (
    <svg width={24} height={16} viewBox="0 0 24 16" aria-hidden="true" focusable="false" className="shrink-0">
      <line x1={1} y1={8} x2={23} y2={8} stroke={colour} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
