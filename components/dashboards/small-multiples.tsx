"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useChartFormat } from "@/components/charts/chart-format";
import { CHART_COLOURS } from "@/components/charts/chart-shapes";
import type { SmallMultiplesData, SmallMultipleTeam } from "@/lib/dashboards/types";
import { formatValue, withUnit } from "./dashboard-format";
import { FigureLegend, LineIcon } from "./figure-legend";
import { FigureTable } from "./figure-table";
import { FigureTools } from "./figure-tools";
import { SignalMark, SignalMarkIcon } from "./signal-mark";
import { dotsPath } from "./scales";
import { latestPoint, pointCount, signalCounts, smallMultiplesCsv, TILE, tileDrawing, verdictCounts } from "./small-multiples-data";
import { useDashboardLocale } from "./use-dashboard-locale";
import { VerdictBadge } from "./verdict-badge";
import { VERDICT_KEYS } from "./verdict-words";

export interface SmallMultiplesProps {
  data: SmallMultiplesData;
  /** The team's page is `teamHrefBase + teamId`, e.g. "/teams/". */
  teamHrefBase: string;
}

/** One team's small chart: its line and centre line on the common scale, signals by shape and colour. */
function TeamTile({ data, team, label }: { data: SmallMultiplesData; team: SmallMultipleTeam; label: string }) {
  const drawing = tileDrawing(data, team);
  return (
    <svg viewBox={`0 0 ${TILE.width} ${TILE.height}`} role="img" aria-label={label} className="h-auto w-full">
      <rect x={0.5} y={0.5} width={TILE.width - 1} height={TILE.height - 1} fill="#ffffff" stroke={CHART_COLOURS.grid} />
      <line x1={TILE.padX} x2={TILE.width - TILE.padX} y1={TILE.padY} y2={TILE.padY} stroke={CHART_COLOURS.grid} />
      <line x1={TILE.padX} x2={TILE.width - TILE.padX} y1={TILE.height - TILE.padY} y2={TILE.height - TILE.padY} stroke={CHART_COLOURS.grid} />
      <path d={drawing.centrePath} fill="none" stroke={CHART_COLOURS.centre} strokeWidth={1.2} />
      <path d={drawing.valuePath} fill="none" stroke={CHART_COLOURS.line} strokeWidth={1} />
      <path d={dotsPath(drawing.points.filter((point) => point.signal === "none"), 1.8)} fill={CHART_COLOURS.point} />
      {drawing.points
        .filter((point) => point.signal !== "none")
        .map((point) => (
          <SignalMark key={point.index} cx={point.x} cy={point.y} signal={point.signal} size={2.4} />
        ))}
    </svg>
  );
}

/**
 * A shared measure as one small chart per team, all on the same time axis and the same y scale, so
 * the teams compare at a glance; each name links to the team. Plain SVG: a hundred teams stay cheap.
 */
export function SmallMultiples({ data, teamHrefBase }: SmallMultiplesProps) {
  const t = useTranslations("dashboards.smallMultiples");
  const tColumn = useTranslations("dashboards.column");
  const tLegend = useTranslations("charts.legend");
  const tVerdict = useTranslations("charts.summary.verdict");
  const locale = useDashboardLocale();
  const format = useChartFormat(data.frequency);

  const value = (number: number) => withUnit(formatValue(locale, number), data.unit);
  const counts = verdictCounts(data.teams);
  const summary = t("summary", { teams: data.teams.length, improving: counts.improving, deteriorating: counts.deteriorating, noSignal: counts["no-signal"], tooFew: counts["too-few-points"] });
  const scale =
    data.periods.length > 0
      ? t("scale", { min: value(data.yMin), max: value(data.yMax), first: format.period(data.periods[0]), last: format.period(data.periods[data.periods.length - 1]) })
      : "";
  const verdictWord = (verdict: SmallMultipleTeam["verdict"]) => tVerdict(VERDICT_KEYS[verdict]);
  const labels = {
    team: tColumn("team"),
    verdict: tColumn("verdict"),
    latestValue: t("column.latestValue"),
    latestPeriod: t("column.latestPeriod"),
    points: t("column.points"),
    improvementSignals: t("column.improvementSignals"),
    deteriorationSignals: t("column.deteriorationSignals"),
    verdictWord,
    period: format.period,
  };
  const csv = smallMultiplesCsv(data, labels);
  const rows = data.teams.map((team) => {
    const latest = latestPoint(team.values);
    const signals = signalCounts(team.signals);
    return { team, latest, signals, points: pointCount(team.values) };
  });
  const title = t("pngTitle", { measure: data.measureName });

  const table = (
    <FigureTable
      caption={t("tableCaption", { measure: data.measureName })}
      columns={[
        { label: labels.team },
        { label: labels.verdict },
        { label: labels.latestValue, numeric: true },
        { label: labels.latestPeriod },
        { label: labels.points, numeric: true },
        { label: labels.improvementSignals, numeric: true },
        { label: labels.deteriorationSignals, numeric: true },
      ]}
      rows={rows.map(({ team, latest, signals, points }) => ({
        key: team.teamId,
        cells: [
          team.teamName,
          <VerdictBadge key="verdict" verdict={team.verdict} />,
          latest ? value(latest.value) : "–",
          latest ? format.period(data.periods[latest.index]) : "–",
          points,
          signals.improvement,
          signals.deterioration,
        ],
      }))}
    />
  );

  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="flex flex-col gap-1">
        <p className="font-medium">{summary}</p>
        {scale && <p className="text-sm text-slate-700">{scale}</p>}
      </figcaption>
      <FigureLegend
        heading={tLegend("heading")}
        items={[
          { key: "point", icon: <SignalMarkIcon signal="none" />, label: tLegend("point") },
          { key: "improvement", icon: <SignalMarkIcon signal="improvement" />, label: tLegend("improvement") },
          { key: "deterioration", icon: <SignalMarkIcon signal="deterioration" />, label: tLegend("deterioration") },
          { key: "centre", icon: <LineIcon colour={CHART_COLOURS.centre} />, label: tLegend(data.chart === "RUN" ? "median" : "centre") },
        ]}
      />
      <FigureTools table={table} csv={csv} filenameParts={[data.measureName, t("filename")]} png={data.teams.length > 0 ? { title, subtitle: scale, mode: "tiles", columns: 5 } : undefined}>
        <div className="@container">
          {/* Each tile spans three rows of a subgrid, so the drawings line up however long the team names are. */}
          <ul className="grid grid-cols-2 gap-x-3 @xl:grid-cols-3 @3xl:grid-cols-4 @5xl:grid-cols-5" aria-label={t("gridLabel", { measure: data.measureName })}>
            {rows.map(({ team, latest, signals, points }) => (
              <li key={team.teamId} className="row-span-3 grid min-w-0 grid-rows-subgrid gap-y-1 pb-4" data-figure-tile="" data-tile-title={team.teamName} data-tile-caption={verdictWord(team.verdict)}>
                <Link href={`${teamHrefBase}${team.teamId}`} className="inline-flex min-h-11 items-end self-end font-medium break-words text-brand-700 underline hover:text-brand-900">
                  {team.teamName}
                </Link>
                <TeamTile
                  data={data}
                  team={team}
                  label={t("tileLabel", {
                    team: team.teamName,
                    verdict: verdictWord(team.verdict),
                    points,
                    improvement: signals.improvement,
                    deterioration: signals.deterioration,
                    latest: latest ? value(latest.value) : t("noValue"),
                  })}
                />
                <p className="text-sm">
                  <VerdictBadge verdict={team.verdict} />
                </p>
              </li>
            ))}
          </ul>
        </div>
      </FigureTools>
    </figure>
  );
}
