"use client";

import { useTranslations } from "next-intl";
import { centreIsMedian, type ChartModel, type ChartRow } from "@/lib/charts/chart-model";
import type { ChartFormat } from "./chart-format";
import { RULE_KEYS } from "./chart-summary";
import { PointMark } from "./chart-shapes";

/** Words for the signal of a row: "Forbedring (usædvanligt lang serie)". Empty when there is none. */
export function useSignalWords() {
  const t = useTranslations("charts");
  return (row: Pick<ChartRow, "signal" | "rules">) => {
    const rules = row.rules.map((rule) => t(`rules.${RULE_KEYS[rule]}`)).join(", ");
    if (row.signal === "none" && rules === "") return { signal: "", rules: "" };
    return { signal: t(`signal.${row.signal === "none" ? "other" : row.signal}`), rules };
  };
}

/** The tooltip of a point: period, value, numerator/denominator, centre, limits, signal and markers. */
export function ChartTooltip({
  model,
  format,
  active,
  payload,
}: {
  model: ChartModel;
  format: ChartFormat;
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}) {
  const t = useTranslations("charts");
  const signalWords = useSignalWords();
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const words = signalWords(row);
  const markers = model.markers.filter((marker) => marker.index === row.index);
  const item = (label: string, value: string) => (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-700">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
  return (
    <div className="max-w-xs rounded border border-slate-300 bg-white p-2 text-sm text-slate-900 shadow">
      <p className="flex items-center gap-2 font-semibold">
        {row.value !== null && (
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
            <PointMark cx={7} cy={7} signal={row.signal} />
          </svg>
        )}
        {format.period(row.period)}
      </p>
      <dl className="mt-1">
        {item(t("column.value"), row.value === null ? "—" : `${format.number(row.value)}${model.unit ? ` ${model.unit}` : ""}`)}
        {model.hasDenominator && row.numerator !== null && row.denominator !== null && (
          <>
            {item(t("column.numerator"), format.number(row.numerator))}
            {item(t("column.denominator"), format.number(row.denominator))}
          </>
        )}
        {row.centre !== null && item(t(centreIsMedian(model.chart) ? "column.median" : "column.centre"), format.number(row.centre))}
        {row.ucl !== null && item(t("column.ucl"), format.number(row.ucl))}
        {row.lcl !== null && item(t("column.lcl"), format.number(row.lcl))}
        {words.signal && item(t("column.signal"), words.rules ? `${words.signal}: ${words.rules}` : words.signal)}
        {row.note && item(t("column.note"), row.note)}
      </dl>
      {markers.length > 0 && (
        <ul className="mt-1 border-t border-slate-200 pt-1">
          {markers.map((marker) => (
            <li key={marker.id}>
              {marker.number}. {t(marker.kind === "cycle" ? "markers.cycle" : "markers.annotation")}: {marker.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
