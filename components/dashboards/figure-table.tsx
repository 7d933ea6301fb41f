import type { ReactNode } from "react";

export interface FigureTableColumn {
  label: string;
  numeric?: boolean;
}

export interface FigureTableRow {
  key: string;
  /** One cell per column; the first is the row's heading. */
  cells: ReactNode[];
}

/** A figure's data as a table: the text alternative of its drawing (WCAG 1.1.1). */
export function FigureTable({ caption, columns, rows }: { caption: string; columns: FigureTableColumn[]; rows: FigureTableRow[] }) {
  return (
    // Scrolls sideways in a narrow column; focusable so keyboard users can scroll it (WCAG 2.1.1).
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table w-auto min-w-full whitespace-nowrap">
        <caption className="mb-1 text-left text-sm font-medium text-slate-700">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? "text-right" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="font-medium">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={columns[i]?.numeric ? "text-right tabular-nums" : undefined}>
                    {cell}
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
