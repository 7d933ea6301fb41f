"use client";

import { useLocale } from "next-intl";
import { buildCsv, downloadFilename, type CsvCell } from "@/components/charts/chart-csv";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** A button that saves a table as CSV in the reader's locale (separator, decimal comma, BOM). */
export function CsvDownloadButton({ label, header, rows, filenameParts }: { label: string; header: string[]; rows: CsvCell[][]; filenameParts: string[] }) {
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  function save() {
    const url = URL.createObjectURL(new Blob([buildCsv(locale, header, rows)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = downloadFilename(filenameParts, "csv");
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return (
    <button type="button" onClick={save} className="btn-secondary min-h-11">
      {label}
    </button>
  );
}
