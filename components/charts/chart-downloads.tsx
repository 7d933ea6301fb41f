"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import type { ChartRow } from "@/lib/charts/chart-model";
import type { ChartColumn } from "./chart-columns";
import { buildCsv, downloadFilename } from "./chart-csv";
import type { ChartFormat } from "./chart-format";
import { saveBlob, svgToPng } from "./figure-export";

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
