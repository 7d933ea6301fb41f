"use client";

import type { ChartRow } from "@/lib/charts/chart-model";
import type { ChartColumn } from "./chart-columns";

/** The chart's data as a table: the text alternative of the drawing (WCAG 1.1.1). */
export function ChartTable({ caption, columns, rows }: { caption: string; columns: ChartColumn[]; rows: ChartRow[] }) {
  const shown = columns.filter((column) => !column.csvOnly);
  return (
    // Scrolls sideways in a narrow column; focusable so keyboard users can scroll it (WCAG 2.1.1).
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table w-auto min-w-full whitespace-nowrap">
        <caption className="mb-1 text-left text-sm font-medium text-slate-700">{caption}</caption>
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.id} scope="col" className={column.numeric ? "text-right" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period} className={row.signal === "none" ? undefined : "bg-slate-50"}>
              {shown.map((column, i) =>
                i === 0 ? (
                  <th key={column.id} scope="row" className="font-medium whitespace-nowrap">
                    {column.text(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.numeric ? "text-right tabular-nums" : undefined}>
                    {column.text(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
