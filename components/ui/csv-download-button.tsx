"use client";

import { useLocale } from "next-intl";
import { buildCsv, downloadFilename, type CsvCell } from "@/components/charts/chart-csv";
import { saveBlob } from "@/components/charts/figure-export";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** A button that saves a table as CSV in the reader's locale (separator, decimal comma, BOM). */
export function CsvDownloadButton({ label, header, rows, filenameParts }: { label: string; header: string[]; rows: CsvCell[][]; filenameParts: string[] }) {
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const save = () => saveBlob(new Blob([buildCsv(locale, header, rows)], { type: "text/csv;charset=utf-8" }), downloadFilename(filenameParts, "csv"));
  return (
    <button type="button" onClick={save} className="btn-secondary min-h-11">
      {label}
    </button>
  );
}
