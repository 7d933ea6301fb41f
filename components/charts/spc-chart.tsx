"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { centreIsMedian, type ChartModel } from "@/lib/charts/chart-model";
import { useChartColumns } from "./chart-columns";
import { ChartDownloads } from "./chart-downloads";
import { useChartFormat } from "./chart-format";
import { ChartLegend, MarkerList } from "./chart-legend";
import { ChartPlot } from "./chart-plot";
import { VerdictIcon } from "./chart-shapes";
import { summaryExtras, summaryText, type SummaryContext } from "./chart-summary";
import { ChartTable } from "./chart-table";

export interface SpcChartProps {
  /** The analysed chart (components/charts/chart-analysis.ts `analyseChart`, run on the server). */
  model: ChartModel;
  /** The chart's name: the PNG's heading and the table's caption (measure name or example title). */
  title: string;
  /** Words of the download file names, e.g. [measure name, team name]. */
  filenameParts: string[];
  /** Height of the drawing in CSS pixels; the width follows the container. */
  height?: number;
  /** Send a drawing with the server's HTML (a plain SVG until the page runs) instead of an empty box. */
  drawOnServer?: boolean;
}

/**
 * A run or control chart as a figure: the verdict in words (caption), the drawing with signals,
 * centre lines, limits, goal, phases and markers, its key, the table view and CSV/PNG downloads.
 * The table is the text alternative; the drawing's label repeats the verdict.
 */
export function SpcChart({ model, title, filenameParts, height = 360, drawOnServer = false }: SpcChartProps) {
  const t = useTranslations("charts");
  const format = useChartFormat(model.frequency);
  const columns = useChartColumns(model, format);
  const [isTableOpen, setTableOpen] = useState(false);
  const plotRef = useRef<HTMLDivElement>(null);
  const tableId = `${useId()}-table`;

  const lastPhase = model.phases[model.phases.length - 1];
  const context: SummaryContext = {
    centre: centreIsMedian(model.chart) ? "median" : "centre",
    nPoints: lastPhase?.nPoints ?? 0,
    periodLabel: (index) => (model.rows[index] ? format.period(model.rows[index].period) : ""),
    formatNumber: (value) => format.number(value),
  };
  const main = summaryText(model.summary, context);
  const sentence = t(`summary.${main.key}`, main.values);
  const extras = summaryExtras(model.summary, context).map((extra) => t(`summary.${extra.key}`, extra.values));
  const kind = t(`kind.${model.chart}`);

  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="flex flex-col gap-1">
        <p className="flex items-start gap-2 text-base font-semibold" data-verdict={model.summary.verdict}>
          <VerdictIcon verdict={model.summary.verdict} />
          <span>{sentence}</span>
        </p>
        {extras.map((extra) => (
          <p key={extra} className="text-sm text-slate-800">
            {extra}
          </p>
        ))}
        <p className="text-sm text-slate-600">
          {kind} · {t(`ruleSet.${model.rules}`)}
        </p>
      </figcaption>

      {model.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-700">{t("empty")}</p>
      ) : (
        <div ref={plotRef} className="w-full min-w-0">
          <ChartPlot model={model} format={format} height={height} ariaLabel={t("chartLabel", { kind, summary: sentence })} drawOnServer={drawOnServer} />
        </div>
      )}

      {model.rows.length > 0 && <ChartLegend model={model} format={format} />}
      <MarkerList model={model} format={format} />

      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={isTableOpen}
          aria-controls={tableId}
          onClick={() => setTableOpen((open) => !open)}
        >
          {t(isTableOpen ? "actions.hideTable" : "actions.showTable")}
        </button>
        <ChartDownloads title={title} filenameParts={filenameParts} columns={columns} rows={model.rows} format={format} plotRef={plotRef} />
      </div>
      <div id={tableId} hidden={!isTableOpen}>
        <ChartTable caption={t("table.caption", { title })} columns={columns} rows={model.rows} />
      </div>
    </figure>
  );
}

/** A run chart (median, Anhøj or IHI rules). */
export function RunChart(props: SpcChartProps) {
  return <SpcChart {...props} />;
}

/** A Shewhart control chart (I, P, U, C, G, P′, U′) with its limits. */
export function ControlChart(props: SpcChartProps) {
  return <SpcChart {...props} />;
}
