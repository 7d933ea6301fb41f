"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { buildCsv, downloadFilename, type CsvCell } from "@/components/charts/chart-csv";
import { saveBlob, svgToPng, tilesToPng, type PngTile } from "@/components/charts/figure-export";
import { useDashboardLocale } from "./use-dashboard-locale";

export interface FigurePng {
  title: string;
  subtitle?: string;
  /**
   * "drawing": the one <svg data-figure-drawing> inside the children. "tiles": every element marked
   * data-figure-tile (with data-tile-title and data-tile-caption) holding an <svg>, as one grid.
   */
  mode: "drawing" | "tiles";
  /** Tiles per row of the grid PNG. */
  columns?: number;
}

export interface FigureCsv {
  header: string[];
  rows: CsvCell[][];
}

function findTiles(root: HTMLElement): PngTile[] {
  return [...root.querySelectorAll<HTMLElement>("[data-figure-tile]")].flatMap((element) => {
    const svg = element.querySelector("svg");
    return svg ? [{ svg, title: element.dataset.tileTitle ?? "", caption: element.dataset.tileCaption ?? "" }] : [];
  });
}

/**
 * The drawing of a dashboard figure with its tools: a button that shows the table (the drawing's
 * text alternative), the CSV download of the same data, and a PNG of the drawing. The drawing and
 * the table are rendered by the (server) component around it; only the toggling and saving live here.
 */
export function FigureTools({ children, table, csv, filenameParts, png }: { children: ReactNode; table: ReactNode; csv: FigureCsv; filenameParts: string[]; png?: FigurePng }) {
  const t = useTranslations("charts.actions");
  const locale = useDashboardLocale();
  const [isTableOpen, setTableOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const drawingRef = useRef<HTMLDivElement>(null);
  const tableId = `${useId()}-table`;

  const downloadCsv = () => {
    saveBlob(new Blob([buildCsv(locale, csv.header, csv.rows)], { type: "text/csv;charset=utf-8" }), downloadFilename(filenameParts, "csv"));
  };

  const downloadPng = async () => {
    setFailed(false);
    const root = drawingRef.current;
    try {
      if (!root || !png) throw new Error("no figure");
      let blob: Blob;
      if (png.mode === "tiles") {
        blob = await tilesToPng(findTiles(root), { title: png.title, subtitle: png.subtitle, columns: png.columns ?? 5 });
      } else {
        const svg = root.querySelector<SVGSVGElement>("svg[data-figure-drawing]");
        if (!svg) throw new Error("no drawing");
        blob = await svgToPng(svg, png.title, png.subtitle);
      }
      saveBlob(blob, downloadFilename(filenameParts, "png"));
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div ref={drawingRef} className="min-w-0">
        {children}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary min-h-11" aria-expanded={isTableOpen} aria-controls={tableId} onClick={() => setTableOpen((open) => !open)}>
          {t(isTableOpen ? "hideTable" : "showTable")}
        </button>
        <button type="button" className="btn-secondary min-h-11" onClick={downloadCsv}>
          {t("downloadCsv")}
        </button>
        {png && (
          <button type="button" className="btn-secondary min-h-11" onClick={downloadPng}>
            {t("downloadPng")}
          </button>
        )}
        {failed && (
          <p role="alert" className="basis-full text-sm text-red-800">
            {t("pngFailed")}
          </p>
        )}
      </div>
      <div id={tableId} hidden={!isTableOpen}>
        {table}
      </div>
    </div>
  );
}
