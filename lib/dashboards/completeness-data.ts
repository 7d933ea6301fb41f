import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/relations";
import { periodStartOf, type Frequency } from "@/lib/measures/periods";
import { monthKey } from "@/lib/reports/rules";
import { periodsInMonth } from "@/lib/reports/snapshot";
import { loadDashboardFrame } from "./collaborative-data";
import { recentMonths } from "./periods";
import type { CompletenessHeatMapData } from "./types";

export const HEAT_MAP_MONTHS = 12;
const DAY_MS = 86_400_000;
/** The data grid shows at most this many periods back (app/(signed-in)/(team)/teams/[teamId]/data). */
const GRID_MAX_PERIODS = 104;

/** Per month ("YYYY-MM"), the completed periods of a measure that start in it, from `teamStart` to before the current period. */
export function expectedPeriodsByMonth(frequency: Frequency, teamStart: Date, months: readonly string[], now: Date): Map<string, number> {
  const current = periodStartOf(frequency, now).getTime();
  return new Map(
    months.map((month) => [month, periodsInMonth(frequency, new Date(`${month}-01T00:00:00.000Z`), teamStart).filter((start) => start.getTime() < current).length]),
  );
}

/** How many periods the team's data grid must show to reach back to the start of `month`. */
export function gridPeriodsBackTo(month: string, now: Date): number {
  const weeks = Math.ceil((now.getTime() - new Date(`${month}-01T00:00:00.000Z`).getTime()) / (7 * DAY_MS)) + 1;
  return Math.min(GRID_MAX_PERIODS, Math.max(8, Math.ceil(weeks / 8) * 8));
}

/**
 * Teams × the last twelve months: how many of the expected shared-measure values are present,
 * each cell linking to the team's data grid reaching back to that month. One grouped count query.
 */
export async function getCompletenessHeatMap(db: Db, actor: Actor, collaborativeId: string, organisationId: string | null = null, now: Date = new Date()) {
  const frame = await loadDashboardFrame(db, actor, collaborativeId, organisationId);
  if (!frame) return null;
  const months = recentMonths(now, HEAT_MAP_MONTHS);
  const since = new Date(`${months[0]}-01T00:00:00.000Z`);
  const teams = await db.team.findMany({ where: frame.teamsWhere, select: { id: true, name: true, startDate: true }, orderBy: { name: "asc" } });
  const counts = await db.measurement.groupBy({
    by: ["teamId", "periodStart"],
    where: { teamId: { in: teams.map((team) => team.id) }, measureId: { in: frame.measures.map((measure) => measure.id) }, periodStart: { gte: since, lte: now } },
    _count: { _all: true },
  });
  const found = new Map<string, number>();
  for (const count of counts) {
    const key = `${count.teamId}|${monthKey(count.periodStart)}`;
    found.set(key, (found.get(key) ?? 0) + count._count._all);
  }
  const data: CompletenessHeatMapData = {
    months,
    rows: teams.map((team) => {
      const teamStart = team.startDate ?? frame.collaborative.startDate;
      const expected = new Map<string, number>(months.map((month) => [month, 0]));
      for (const measure of frame.measures) {
        for (const [month, count] of expectedPeriodsByMonth(measure.frequency, teamStart, months, now)) expected.set(month, expected.get(month)! + count);
      }
      return {
        teamId: team.id,
        teamName: team.name,
        cells: months.map((month) => {
          const slots = expected.get(month)!;
          return {
            month,
            expected: slots,
            found: Math.min(slots, found.get(`${team.id}|${month}`) ?? 0),
            href: `/teams/${team.id}/data?periods=${gridPeriodsBackTo(month, now)}`,
          };
        }),
      };
    }),
  };
  return { frame, heatMap: data };
}
