"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import type { ChartRow } from "./chart-data";
import type { ChartColumn } from "./chart-columns";
import { buildCsv, downloadFilename } from "./chart-csv";
import type { ChartFormat } from "./chart-format";

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The chart's SVG as a PNG at twice its size on white, with the title above it: the SVG is cloned
 * with its fonts written out (the page's CSS does not travel with it), drawn on a canvas, saved.
 */
async function svgToPng(svg: SVGSVGElement, title: string): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("font-family", style.fontFamily);
  clone.setAttribute("font-size", style.fontSize);
  const source = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("svg image"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  });
  const scale = 2;
  const header = 36;
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil((height + header) * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("canvas");
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height + header);
  context.fillStyle = "#0f172a";
  context.font = `600 16px ${style.fontFamily}`;
  context.fillText(title, 12, 24, width - 24);
  context.drawImage(image, 0, header, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("toBlob"))), "image/png"));
}

/** CSV and PNG downloads of one chart; file names from the measure and team names. */
export function ChartDownloads({
  title,
  filenameParts,
  columns,
  rows,
  format,
  plotRef,
}: {
  title: string;
  filenameParts: string[];
  columns: ChartColumn[];
  rows: ChartRow[];
  format: ChartFormat;
  plotRef: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations("charts.actions");
  const [failed, setFailed] = useState(false);

  const downloadCsv = () => {
    const csv = buildCsv(
      format.locale,
      columns.map((column) => column.label),
      rows.map((row) => columns.map((column) => column.csv(row))),
    );
    saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), downloadFilename(filenameParts, "csv"));
  };

  const downloadPng = async () => {
    setFailed(false);
    const svg = plotRef.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    try {
      if (!svg) throw new Error("no chart");
      saveBlob(await svgToPng(svg, title), downloadFilename(filenameParts, "png"));
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <button type="button" className="btn-secondary" onClick={downloadCsv}>
        {t("downloadCsv")}
      </button>
      <button type="button" className="btn-secondary" onClick={downloadPng} disabled={rows.length === 0}>
        {t("downloadPng")}
      </button>
      {failed && (
        <p role="alert" className="basis-full text-sm text-red-800">
          {t("pngFailed")}
        </p>
      )}
    </>
  );
}
