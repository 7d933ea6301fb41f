// Keeps TeamMeasureSummary up to date on write: every mutation that changes what a team's chart
// shows (its measurements, its chart settings, the measure's definition) calls a refresh inside its
// own transaction, so dashboards read one small row per team and measure instead of years of data.
import { Prisma } from "@/generated/prisma/client";
import type { Db, DbTransaction } from "@/lib/db/client";
import { MEASURE_CHART_COLUMNS } from "@/lib/measures/columns";
import { isFrequency } from "@/lib/measures/periods";
import { summariseTeamMeasure, type SummaryMeasure, type SummaryRow, type SummarySetting } from "./team-measure-summary";

type Client = Db | DbTransaction;

/** The measure fields a summary needs (a save reads the same columns: lib/measurements/series-sql.ts). */
export const SUMMARY_MEASURE_FIELDS = { id: true, ...MEASURE_CHART_COLUMNS } as const;

export type SummaryMeasureRow = Omit<SummaryMeasure, "frequency"> & { id: string; frequency: string };
export type SummarySettingRow = NonNullable<SummarySetting> & { measureId: string };
export type SummaryMeasurementRow = SummaryRow & { measureId: string };

/**
 * Summarises and stores one team's measures from rows the caller has in hand (a save reads the
 * series once, before it writes, and passes the series as it stands after the write).
 */
export async function storeTeamMeasureSummaries(
  db: Client,
  teamId: string,
  measures: readonly SummaryMeasureRow[],
  settings: readonly SummarySettingRow[],
  rows: readonly SummaryMeasurementRow[],
): Promise<void> {
  const rowsByMeasure = new Map<string, SummaryMeasurementRow[]>();
  for (const row of rows) {
    const list = rowsByMeasure.get(row.measureId);
    if (list) list.push(row);
    else rowsByMeasure.set(row.measureId, [row]);
  }
  const now = new Date();
  const values = measures.flatMap((measure) => {
    if (!isFrequency(measure.frequency)) return [];
    const setting = settings.find((candidate) => candidate.measureId === measure.id) ?? null;
    const summary = summariseTeamMeasure({ ...measure, frequency: measure.frequency }, setting, rowsByMeasure.get(measure.id) ?? []);
    return [
      Prisma.sql`(${teamId}, ${measure.id}, ${summary.verdict}, ${summary.chart}, ${summary.pointCount}, ${summary.firstPeriod},
                  ${summary.latestPeriod}, ${summary.latestValue}, ${JSON.stringify(summary.series)}, ${now})`,
    ];
  });
  if (values.length === 0) return;
  // Plain SQL, one statement for all the measures: a save runs this while it holds the write lock.
  await db.$executeRaw`
    INSERT INTO "TeamMeasureSummary" ("teamId", "measureId", "verdict", "chart", "pointCount", "firstPeriod", "latestPeriod", "latestValue", "series", "updatedAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("teamId", "measureId") DO UPDATE SET
      "verdict" = excluded."verdict", "chart" = excluded."chart", "pointCount" = excluded."pointCount",
      "firstPeriod" = excluded."firstPeriod", "latestPeriod" = excluded."latestPeriod", "latestValue" = excluded."latestValue",
      "series" = excluded."series", "updatedAt" = excluded."updatedAt"`;
}

/**
 * Makes concurrent writes of one team's data and summaries take turns until commit. Without it, two saves on
 * PostgreSQL (READ COMMITTED) could each read the series without the other's new row and store a
 * summary that misses it. The no-op update takes the team row's lock; on SQLite, BEGIN IMMEDIATE has
 * serialised writers already (lib/db/sqlite-immediate.ts).
 */
export async function lockTeamSummaries(db: Client, teamId: string): Promise<void> {
  await db.$executeRaw`UPDATE "Team" SET "updatedAt" = "updatedAt" WHERE "id" = ${teamId}`;
}

/** Recomputes the summaries of a team's active measures (all of them, or those in `measureIds`). */
export async function refreshTeamMeasureSummaries(db: Client, teamId: string, measureIds?: readonly string[]): Promise<void> {
  await lockTeamSummaries(db, teamId);
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, collaborativeId: true } });
  if (!team) return;
  const measures = await db.measure.findMany({
    where: {
      archivedAt: null,
      OR: [{ collaborativeId: team.collaborativeId }, { teamId }],
      ...(measureIds ? { id: { in: [...measureIds] } } : {}),
    },
    select: SUMMARY_MEASURE_FIELDS,
  });
  if (measures.length === 0) return;
  const ids = measures.map((measure) => measure.id);
  const [rows, settings] = await Promise.all([
    db.measurement.findMany({
      where: { teamId, measureId: { in: ids } },
      select: { measureId: true, periodStart: true, numerator: true, denominator: true },
    }),
    db.teamMeasureSetting.findMany({
      where: { teamId, measureId: { in: ids } },
      select: { measureId: true, baselineCount: true, phaseSplits: true, chart: true },
    }),
  ]);
  await storeTeamMeasureSummaries(db, teamId, measures, settings, rows);
}

/** Recomputes one measure's summaries for every team that works with it (after its definition changed). */
export async function refreshMeasureSummaries(db: Client, measureId: string): Promise<void> {
  const measure = await db.measure.findUnique({ where: { id: measureId }, select: { teamId: true, collaborativeId: true } });
  if (!measure) return;
  const teams = measure.teamId
    ? [{ id: measure.teamId }]
    : await db.team.findMany({ where: { collaborativeId: measure.collaborativeId ?? "" }, select: { id: true } });
  for (const team of teams) await refreshTeamMeasureSummaries(db, team.id, [measureId]);
}

/** Rebuilds every summary (after a seed or a bulk load), one transaction per team; answers the team count. */
export async function rebuildAllSummaries(db: Db): Promise<number> {
  const teams = await db.team.findMany({ select: { id: true } });
  for (const team of teams) {
    await db.$transaction((tx) => refreshTeamMeasureSummaries(tx, team.id), { timeout: 60_000 });
  }
  return teams.length;
}
