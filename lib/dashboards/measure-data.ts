import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/relations";
import { analyseChart } from "@/lib/charts/chart-analysis";
import { measureSeriesSettings, type ChartModel, type ChartSeries } from "@/lib/charts/chart-model";
import { effectiveChart, isChartKind } from "@/lib/measures/chart-kind";
import { hasPeriodEnded, isoDay, nextPeriodStart, parseIsoDay, type Frequency } from "@/lib/measures/periods";
import { hasDenominator } from "@/lib/measures/value";
import { funnelPlot } from "@/lib/spc";
import { loadDashboardFrame } from "./collaborative-data";
import { latestQuarter } from "./periods";
import { parseSummarySeries } from "@/lib/summaries/team-measure-summary";
import { zonedDay } from "@/lib/seminars/time";
import type { FunnelData, SmallMultiplesData, SmallMultipleTeam, Verdict } from "./types";

type FrameMeasure = NonNullable<Awaited<ReturnType<typeof loadDashboardFrame>>>["measures"][number];

/** How the pooled chart combines teams: proportions and rates pool numerators and denominators, counts add up, other values average. */
export type PoolingMethod = "ratio" | "sum" | "mean";

export function poolingMethod(kind: string): PoolingMethod {
  if (hasDenominator(kind)) return "ratio";
  return kind === "COUNT" ? "sum" : "mean";
}

/**
 * The pooled series of one measure from per-period sums (PRODUCT.md §5: aggregated charts pool
 * numerators and denominators). Only periods that have ended by `today` ("YYYY-MM-DD" in the
 * collaborative's time zone) count: the current week holds the few teams that have entered it so
 * far, and as a point it would drag the centre line and widen the limits (issue 17, item 9).
 */
export function pooledSeries(
  measure: Pick<FrameMeasure, "kind" | "multiplier" | "unit" | "frequency" | "direction" | "goal" | "defaultChart" | "rules">,
  periods: readonly { periodStart: Date; numerator: number; denominator: number | null; teams: number }[],
  today: string,
): ChartSeries {
  const method = poolingMethod(measure.kind);
  const sorted = periods.filter((period) => hasPeriodEnded(measure.frequency, period.periodStart, today)).sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  const byDay = new Map(sorted.map((period) => [isoDay(period.periodStart), period]));
  const axis: string[] = [];
  if (sorted.length > 0) {
    const last = sorted[sorted.length - 1].periodStart.getTime();
    for (let start = sorted[0].periodStart; start.getTime() <= last; start = nextPeriodStart(measure.frequency, start)) axis.push(isoDay(start));
  }
  const chart = method === "mean" && isChartKind(measure.defaultChart) && measure.defaultChart === "C" ? "I" : effectiveChart(null, measure.defaultChart, method === "ratio");
  return {
    chart,
    ...measureSeriesSettings(measure),
    hasDenominator: method === "ratio",
    baselineCount: null,
    phaseSplits: [],
    periods: axis.map((start) => {
      const period = byDay.get(start);
      if (!period) return { start, numerator: null, denominator: null, value: null };
      if (method === "ratio") {
        const value = period.denominator && period.denominator > 0 ? (period.numerator / period.denominator) * measure.multiplier : null;
        return { start, numerator: period.numerator, denominator: period.denominator, value };
      }
      const value = method === "sum" ? period.numerator : period.numerator / period.teams;
      return { start, numerator: value, denominator: null, value };
    }),
    markers: [],
  };
}

/** Aligns each team's stored summary series on one common axis and finds the common y scale. */
export function buildSmallMultiples(
  measure: Pick<FrameMeasure, "id" | "name" | "unit" | "frequency" | "direction">,
  chart: SmallMultiplesData["chart"],
  teams: readonly { teamId: string; teamName: string; verdict: Verdict; series: string }[],
): SmallMultiplesData {
  const parsed = teams.map((team) => ({ ...team, series: parseSummarySeries(team.series) })).filter((team) => team.series.start !== null);
  const starts = parsed.map((team) => parseIsoDay(team.series.start!).getTime());
  const periods: string[] = [];
  if (parsed.length > 0) {
    const ends = parsed.map((team, i) => {
      let end = new Date(starts[i]);
      for (let k = 1; k < team.series.values.length; k++) end = nextPeriodStart(measure.frequency as Frequency, end);
      return end.getTime();
    });
    const last = Math.max(...ends);
    for (let start = new Date(Math.min(...starts)); start.getTime() <= last; start = nextPeriodStart(measure.frequency as Frequency, start)) periods.push(isoDay(start));
  }
  const indexOf = new Map(periods.map((period, i) => [period, i]));
  let yMin = Infinity;
  let yMax = -Infinity;
  const rows: SmallMultipleTeam[] = parsed.map((team) => {
    const offset = indexOf.get(team.series.start!) ?? 0;
    const values: (number | null)[] = periods.map(() => null);
    const centre: (number | null)[] = periods.map(() => null);
    const signals: SmallMultipleTeam["signals"] = periods.map(() => "none");
    team.series.values.forEach((value, k) => {
      values[offset + k] = value;
      centre[offset + k] = team.series.centre[k] ?? null;
      signals[offset + k] = team.series.signals[k] ?? "none";
      for (const y of [value, team.series.centre[k]]) {
        if (typeof y === "number") {
          yMin = Math.min(yMin, y);
          yMax = Math.max(yMax, y);
        }
      }
    });
    return { teamId: team.teamId, teamName: team.teamName, verdict: team.verdict, values, centre, signals };
  });
  if (!Number.isFinite(yMin)) [yMin, yMax] = [0, 1];
  if (yMin === yMax) yMax = yMin + 1;
  return {
    measureId: measure.id,
    measureName: measure.name,
    unit: measure.unit,
    frequency: measure.frequency as Frequency,
    chart,
    direction: measure.direction === "DOWN" ? "DOWN" : "UP",
    periods,
    yMin: Math.min(0, yMin),
    yMax,
    teams: rows,
  };
}

/**
 * One shared measure across the collaborative's teams in the actor's scope: the pooled chart, the
 * funnel plot of the latest quarter (proportions and rates) and the small multiples from the stored
 * summaries. A fixed number of queries whatever the number of teams. Null when the actor may not
 * read the collaborative's teams or the measure is not one of its active shared measures.
 */
export async function getMeasureDashboard(db: Db, actor: Actor, collaborativeId: string, measureId: string | null, organisationId: string | null = null, now: Date = new Date()) {
  const frame = await loadDashboardFrame(db, actor, collaborativeId, organisationId);
  if (!frame) return null;
  const measure = measureId ? frame.measures.find((candidate) => candidate.id === measureId) : frame.measures[0];
  if (!measure) return measureId ? null : { frame, measure: null, pooled: null, pooling: null, funnel: null, smallMultiples: null, teamCount: 0 };
  const teams = await db.team.findMany({ where: frame.teamsWhere, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const teamIds = teams.map((team) => team.id);
  const quarter = latestQuarter(now);
  const withDenominator = hasDenominator(measure.kind);
  const [periodSums, quarterSums, summaries] = await Promise.all([
    db.measurement.groupBy({
      by: ["periodStart"],
      where: { measureId: measure.id, teamId: { in: teamIds }, periodStart: { lte: now } },
      _sum: { numerator: true, denominator: true },
      _count: { _all: true },
    }),
    withDenominator
      ? db.measurement.groupBy({
          by: ["teamId"],
          where: { measureId: measure.id, teamId: { in: teamIds }, periodStart: { gte: quarter.from, lt: quarter.to } },
          _sum: { numerator: true, denominator: true },
        })
      : Promise.resolve([]),
    db.teamMeasureSummary.findMany({ where: { measureId: measure.id, teamId: { in: teamIds } }, select: { teamId: true, verdict: true, chart: true, series: true } }),
  ]);

  const pooled: ChartModel = analyseChart(
    pooledSeries(
      measure,
      periodSums.map((row) => ({ periodStart: row.periodStart, numerator: row._sum.numerator ?? 0, denominator: row._sum.denominator, teams: row._count._all })),
      zonedDay(now, frame.collaborative.timeZone),
    ),
  );
  const names = new Map(teams.map((team) => [team.id, team.name]));
  const funnel: FunnelData | null = withDenominator ? buildFunnel(measure, quarter, quarterSums, names) : null;
  const summaryByTeam = new Map(summaries.map((summary) => [summary.teamId, summary]));
  const smallMultiples = buildSmallMultiples(
    measure,
    isChartKind(summaries[0]?.chart) ? summaries[0].chart : effectiveChart(null, measure.defaultChart, withDenominator),
    teams.flatMap((team) => {
      const summary = summaryByTeam.get(team.id);
      return summary ? [{ teamId: team.id, teamName: team.name, verdict: summary.verdict as Verdict, series: summary.series }] : [];
    }),
  );
  return { frame, measure, pooled, pooling: poolingMethod(measure.kind), funnel, smallMultiples, teamCount: teams.length };
}

function buildFunnel(
  measure: FrameMeasure,
  quarter: { from: Date; to: Date },
  sums: readonly { teamId: string; _sum: { numerator: number | null; denominator: number | null } }[],
  names: Map<string, string>,
): FunnelData {
  const groups = sums.map((row) => ({ id: row.teamId, numerator: row._sum.numerator ?? 0, denominator: row._sum.denominator ?? 0 }));
  const result = funnelPlot(groups, { multiplier: measure.multiplier });
  const up = measure.direction !== "DOWN";
  return {
    measureId: measure.id,
    measureName: measure.name,
    unit: measure.unit,
    direction: up ? "UP" : "DOWN",
    from: isoDay(quarter.from),
    to: isoDay(quarter.to),
    pooled: result.pooled,
    teams: result.groups
      .map((group) => {
        const side = group.outside95;
        return {
          teamId: group.id,
          teamName: names.get(group.id) ?? "",
          numerator: group.numerator,
          denominator: group.denominator,
          value: group.value,
          outside95: group.outside95,
          outside998: group.outside998,
          favourable: side === null ? null : (side === "above") === up,
        };
      })
      .sort((a, b) => a.teamName.localeCompare(b.teamName)),
    curves: result.curves,
  };
}
