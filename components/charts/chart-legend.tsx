"use client";

import { useTranslations } from "next-intl";
import { centreIsMedian, type ChartModel } from "@/lib/charts/chart-model";
import type { ChartFormat } from "./chart-format";
import { RULE_KEYS } from "./chart-summary";
import { LegendIcon, type LegendIconKind } from "./chart-shapes";

/** The key to the drawing: only the entries this chart uses. */
export function ChartLegend({ model, format }: { model: ChartModel; format: ChartFormat }) {
  const t = useTranslations("charts");
  const tEnums = useTranslations("enums");
  const entries: { kind: LegendIconKind; text: string }[] = [{ kind: "none", text: t("legend.point") }];
  if (model.rows.some((row) => row.signal === "improvement")) entries.push({ kind: "improvement", text: t("legend.improvement") });
  if (model.rows.some((row) => row.signal === "deterioration")) entries.push({ kind: "deterioration", text: t("legend.deterioration") });
  if (model.phases.some((phase) => !phase.hasSidelessSignal)) {
    entries.push({ kind: "centre", text: t(centreIsMedian(model.chart) ? "legend.median" : "legend.centre") });
  }
  const sideless = [...new Set(model.phases.flatMap((phase) => phase.sidelessRules))];
  if (sideless.length > 0) {
    const rules = sideless.map((rule) => t(`rules.${RULE_KEYS[rule]}`)).join(", ");
    entries.push({ kind: "centreDashed", text: t("legend.sideless", { centre: centreIsMedian(model.chart) ? "median" : "centre", rules }) });
  }
  if (model.baselineCount !== null) entries.push({ kind: "centreFrozen", text: t("legend.baseline", { count: model.baselineCount }) });
  if (model.rows.some((row) => row.lcl !== null || row.ucl !== null)) entries.push({ kind: "limits", text: t("legend.limits") });
  if (model.goal !== null) {
    const direction = tEnums(`direction.${model.direction}`);
    entries.push({ kind: "goal", text: `${t("legend.goal")} ${format.number(model.goal)}${model.unit ? ` ${model.unit}` : ""} (${direction})` });
  }
  if (model.phases.length > 1) entries.push({ kind: "phase", text: t("legend.phase") });
  if (model.markers.some((marker) => marker.index >= 0)) entries.push({ kind: "marker", text: t("legend.marker") });
  return (
    <ul aria-label={t("legend.heading")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {entries.map((entry) => (
        <li key={entry.kind} className="flex items-center gap-1.5">
          <LegendIcon kind={entry.kind} />
          {entry.text}
        </li>
      ))}
    </ul>
  );
}

/** The numbered list of annotations and PDSA cycles that the chart marks. */
export function MarkerList({ model, format }: { model: ChartModel; format: ChartFormat }) {
  const t = useTranslations("charts.markers");
  const tState = useTranslations("enums.cycleState");
  if (model.markers.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-medium">{t("heading")}</p>
      <ol className="mt-1 flex flex-col gap-0.5">
        {model.markers.map((marker) => (
          <li key={`${marker.kind}-${marker.id}`} className="flex gap-2">
            <span className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-[#8A3F6E] px-1 text-xs font-semibold text-white">
              {marker.number}
            </span>
            <span>
              <span className="font-medium">{marker.index >= 0 ? format.period(model.rows[marker.index].period) : format.date(marker.date)}</span>
              {" · "}
              {t(marker.kind === "cycle" ? "cycle" : "annotation")}
              {": "}
              {marker.kind === "cycle" && marker.state ? t("cycleState", { title: marker.text, state: tState(marker.state) }) : marker.text}
              {marker.endDate ? ` · ${t("cycleCompleted", { date: format.date(marker.endDate) })}` : ""}
              {marker.index < 0 ? ` · ${t("outside")}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
