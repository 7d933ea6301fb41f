"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CHART_COLOURS } from "@/components/charts/chart-shapes";
import { CsvDownloadButton } from "@/components/ui/csv-download-button";
import type { TeamRow } from "@/lib/dashboards/collaborative-data";
import { sortTeamRows, filterTeamRows, type TeamSortKey, type VerdictFilter } from "@/lib/dashboards/team-table";
import type { Verdict } from "@/lib/dashboards/types";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** Rows per page: a region's hundred teams stay quick to draw and to read; sorting and filtering cover all of them. */
const PAGE_SIZE = 25;

const VERDICT_KEYS: Record<Verdict, string> = { improving: "improving", deteriorating: "deteriorating", "no-signal": "noSignal", "too-few-points": "tooFewPoints" };

// The chart's point shapes as text (blue diamond, orange-red square, grey circle, dashed ring): a table of
// a hundred teams by ten measures would otherwise carry a thousand SVG icons.
const GLYPHS: Record<Verdict, { glyph: string; colour: string }> = {
  improving: { glyph: "◆", colour: CHART_COLOURS.improvement },
  deteriorating: { glyph: "■", colour: CHART_COLOURS.deterioration },
  "no-signal": { glyph: "●", colour: CHART_COLOURS.point },
  "too-few-points": { glyph: "◌", colour: CHART_COLOURS.point },
};

function VerdictGlyph({ verdict }: { verdict: Verdict }) {
  const { glyph, colour } = GLYPHS[verdict];
  return (
    <span aria-hidden="true" className="mr-1" style={{ color: colour }}>
      {glyph}
    </span>
  );
}

/** The collaborative dashboard's teams table: sortable by every column, filterable by name and verdict, with a CSV download. */
export function TeamsTable({ rows, measures, collaborativeName }: { rows: TeamRow[]; measures: { id: string; name: string }[]; collaborativeName: string }) {
  const t = useTranslations("dashboardPages.teams");
  const tVerdict = useTranslations("charts.summary.verdict");
  const tStatus = useTranslations("enums.teamStatus");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const [sort, setSort] = useState<{ key: TeamSortKey; descending: boolean }>({ key: "name", descending: false });
  const [query, setQuery] = useState("");
  const [verdictFilter, setVerdictFilter] = useState<VerdictFilter>("all");
  const [page, setPage] = useState(0);

  const shown = useMemo(
    () => sortTeamRows(filterTeamRows(rows, query, verdictFilter), sort.key, sort.descending, locale),
    [rows, query, verdictFilter, sort, locale],
  );
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const visible = shown.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);
  const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(locale, value * 100, 0)} %`);
  const verdictWord = (verdict: Verdict) => tVerdict(VERDICT_KEYS[verdict]);

  const columns: { key: TeamSortKey; label: string }[] = [
    { key: "name", label: t("team") },
    { key: "organisation", label: t("organisation") },
    { key: "status", label: t("status") },
    { key: "score", label: t("latestScore") },
    { key: "completeness", label: t("completeness") },
    { key: "cycles", label: t("cyclesRecently") },
    ...measures.map((measure) => ({ key: `measure:${measure.id}` as TeamSortKey, label: measure.name })),
  ];

  const csvHeader = columns.map((column) => column.label);
  const csvRows = shown.map((row) => [
    row.name,
    row.organisationName,
    tStatus(row.status),
    row.latestScore?.score ?? null,
    row.completeness === null ? null : Math.round(row.completeness * 100),
    row.cyclesCompletedRecently,
    ...measures.map((measure) => verdictWord(row.verdicts[measure.id])),
  ]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("search")}</span>
          <input type="search" value={query} onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }} className="input min-h-11" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("verdictFilter")}</span>
          <select value={verdictFilter} onChange={(event) => {
              setVerdictFilter(event.target.value as VerdictFilter);
              setPage(0);
            }} className="input min-h-11">
            <option value="all">{t("filter.all")}</option>
            <option value="improving">{t("filter.improving")}</option>
            <option value="deteriorating">{t("filter.deteriorating")}</option>
            <option value="none">{t("filter.none")}</option>
          </select>
        </label>
        <CsvDownloadButton label={t("downloadCsv")} header={csvHeader} rows={csvRows} filenameParts={[collaborativeName, t("filename")]} />
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("shown", { shown: shown.length, total: rows.length })}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort.key === column.key;
                const state = active ? (sort.descending ? "descending" : "ascending") : "none";
                return (
                  <th key={column.key} scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : undefined}>
                    <button
                      type="button"
                      className="inline-flex min-h-11 items-center gap-1 text-left font-semibold underline-offset-2 hover:underline"
                      onClick={() => {
                        setSort({ key: column.key, descending: active ? !sort.descending : false });
                        setPage(0);
                      }}
                    >
                      {column.label}
                      {/* The arrow is for the eye; the button's name says the sort state in words ("Team, sorteret stigende"). */}
                      <span aria-hidden="true">{state === "descending" ? "▼" : state === "ascending" ? "▲" : "↕"}</span>
                      <span className="sr-only">, {t("sortState", { state })}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={`/teams/${row.id}`} className="text-brand-700 underline">
                    {row.name}
                  </Link>
                </th>
                <td>{row.organisationName}</td>
                <td>{tStatus(row.status)}</td>
                <td>{row.latestScore ? formatNumber(locale, row.latestScore.score, 1) : "—"}</td>
                <td>{percent(row.completeness)}</td>
                <td>{row.cyclesCompletedRecently}</td>
                {measures.map((measure) => (
                  <td key={measure.id}>
                    <VerdictGlyph verdict={row.verdicts[measure.id]} />
                    {verdictWord(row.verdicts[measure.id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label={t("pagesLabel")} className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn-secondary min-h-11" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>
            {t("previousPage")}
          </button>
          <span aria-live="polite">{t("page", { page: currentPage + 1, pages: pageCount })}</span>
          <button type="button" className="btn-secondary min-h-11" disabled={currentPage === pageCount - 1} onClick={() => setPage(currentPage + 1)}>
            {t("nextPage")}
          </button>
        </nav>
      )}
    </div>
  );
}
