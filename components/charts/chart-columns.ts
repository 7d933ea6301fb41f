// The columns of a chart's table view and its CSV file: one definition, so the download holds
// exactly what the table shows (plus the period's start date for spreadsheets).
import { useTranslations } from "next-intl";
import { centreIsMedian, type ChartModel, type ChartRow } from "@/lib/charts/chart-model";
import type { CsvCell } from "./chart-csv";
import type { ChartFormat } from "./chart-format";
import { useSignalWords } from "./chart-tooltip";

export interface ChartColumn {
  id: string;
  label: string;
  /** Right-aligned numbers in the table. */
  numeric: boolean;
  /** Only in the CSV file. */
  csvOnly?: boolean;
  text: (row: ChartRow) => string;
  csv: (row: ChartRow) => CsvCell;
}

export function useChartColumns(model: ChartModel, format: ChartFormat): ChartColumn[] {
  const t = useTranslations("charts.column");
  const signalWords = useSignalWords();
  const numberColumn = (id: string, label: string, pick: (row: ChartRow) => number | null): ChartColumn => ({
    id,
    label,
    numeric: true,
    text: (row) => format.number(pick(row)),
    csv: (row) => pick(row),
  });
  const columns: ChartColumn[] = [
    { id: "period", label: t("period"), numeric: false, text: (row) => format.period(row.period), csv: (row) => format.period(row.period) },
    { id: "periodStart", label: t("periodStart"), numeric: false, csvOnly: true, text: (row) => row.period, csv: (row) => row.period },
    numberColumn("value", t("value"), (row) => row.value),
  ];
  if (model.hasDenominator) {
    columns.push(numberColumn("numerator", t("numerator"), (row) => row.numerator), numberColumn("denominator", t("denominator"), (row) => row.denominator));
  }
  columns.push(numberColumn("centre", t(centreIsMedian(model.chart) ? "median" : "centre"), (row) => row.centre));
  if (model.chart !== "RUN") {
    columns.push(numberColumn("lcl", t("lcl"), (row) => row.lcl), numberColumn("ucl", t("ucl"), (row) => row.ucl));
  }
  columns.push(
    { id: "signal", label: t("signal"), numeric: false, text: (row) => signalWords(row).signal, csv: (row) => signalWords(row).signal },
    { id: "rules", label: t("rules"), numeric: false, text: (row) => signalWords(row).rules, csv: (row) => signalWords(row).rules },
  );
  if (model.rows.some((row) => row.note)) {
    columns.push({ id: "note", label: t("note"), numeric: false, text: (row) => row.note, csv: (row) => row.note });
  }
  return columns;
}
