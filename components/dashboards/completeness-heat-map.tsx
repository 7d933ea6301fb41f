"use client";

import Link from "next/link";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { CsvDownloadButton } from "@/components/ui/csv-download-button";
import type { CompletenessCell, CompletenessHeatMapData } from "@/lib/dashboards/types";
import { formatNumber } from "@/lib/i18n/format";
import { monthLong, monthShort, withUnit } from "./dashboard-format";
import { cellShade, cellShare, COMPLETENESS_SHADES, hasMissing, heatMapCsv, heatMapSummary, percentOf, type CompletenessShade } from "./heat-map-cells";
import { useDashboardLocale } from "./use-dashboard-locale";

/** Warm where values are missing, a cool tint with a tick where all are in; the text always says the share. */
const SHADE_CLASSES: Record<CompletenessShade, string> = {
  complete: "bg-[#e6f2f1]",
  most: "bg-[#fef3e2]",
  half: "bg-[#fde2c4]",
  little: "bg-[#fbcfa6]",
  none: "bg-[#f6b48b]",
  notExpected: "bg-slate-50",
};

function CellContent({ cell, teamName, monthName }: { cell: CompletenessCell; teamName: string; monthName: string }) {
  const t = useTranslations("dashboards.completeness");
  const locale = useDashboardLocale();
  const share = cellShare(cell);
  if (share === null) {
    return (
      <span className="flex min-h-11 items-center justify-center text-slate-600">
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t("notExpected")}</span>
      </span>
    );
  }
  const percent = withUnit(formatNumber(locale, percentOf(share), 0), "%");
  const counts = (
    <span aria-hidden="true" className="text-xs text-slate-700">
      {cell.found}/{cell.expected}
    </span>
  );
  if (!hasMissing(cell)) {
    return (
      <span className="flex min-h-11 flex-col items-center justify-center">
        <span>
          <span aria-hidden="true">✓ </span>
          {percent}
        </span>
        {counts}
        <span className="sr-only">{t("cellComplete", { expected: cell.expected })}</span>
      </span>
    );
  }
  return (
    <Link href={cell.href} className="flex min-h-11 min-w-11 flex-col items-center justify-center rounded font-medium text-slate-900 underline hover:bg-white/60">
      <span>{percent}</span>
      {counts}
      <span className="sr-only">{t("cellLink", { team: teamName, month: monthName, found: cell.found, expected: cell.expected })}</span>
    </Link>
  );
}

/**
 * Teams × months as a real table: each cell shaded by the share of expected shared-measure values
 * present, with the percentage in words; a cell with missing values links to where they are entered.
 */
export function CompletenessHeatMap({ data }: { data: CompletenessHeatMapData }) {
  const t = useTranslations("dashboards.completeness");
  const tColumn = useTranslations("dashboards.column");
  const tActions = useTranslations("charts.actions");
  const locale = useDashboardLocale();
  const captionId = `${useId()}-caption`;

  const summary = heatMapSummary(data);
  const csv = heatMapCsv(data, {
    header: [tColumn("team"), tColumn("month"), t("column.found"), t("column.expected"), t("column.percent")],
    monthName: (month) => monthLong(locale, month),
  });

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <p className="font-medium">{t("summary", { complete: summary.complete, cells: summary.cells, missing: summary.missingValues })}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={t("legendHeading")}>
        {COMPLETENESS_SHADES.map((shade) => (
          <li key={shade} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-4 w-4 shrink-0 border border-slate-600 ${SHADE_CLASSES[shade]}`} />
            <span>{t(`shade.${shade}`)}</span>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded border border-slate-200" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table w-auto min-w-full">
          <caption id={captionId} className="sr-only">
            {t("caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 min-w-32 bg-slate-100">
                {tColumn("team")}
              </th>
              {data.months.map((month) => {
                const short = monthShort(locale, month);
                return (
                  <th key={month} scope="col" className="text-center whitespace-nowrap">
                    <span className="block">{short.label}</span>
                    <span className="block text-xs font-normal">{short.year}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.teamId}>
                <th scope="row" className="sticky left-0 z-10 max-w-56 min-w-32 bg-white align-middle font-medium">
                  {row.teamName}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.month} className={`p-0.5 text-center whitespace-nowrap tabular-nums ${SHADE_CLASSES[cellShade(cell)]}`}>
                    <CellContent cell={cell} teamName={row.teamName} monthName={monthLong(locale, cell.month)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <CsvDownloadButton label={tActions("downloadCsv")} header={csv.header} rows={csv.rows} filenameParts={[t("filename")]} />
      </div>
    </div>
  );
}
