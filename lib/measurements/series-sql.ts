import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/client";
import { SUMMARY_MEASURE_FIELDS, type SummaryMeasureRow } from "@/lib/summaries/store";
import { newId } from "@/lib/db/ids";

// The statements a save runs while it holds SQLite's only write lock, in plain SQL that SQLite and
// PostgreSQL both read: Prisma spends about a millisecond of CPU compiling each of its own queries,
// and every other save of the region waits for this one to commit. Dates go in as Date parameters,
// which Prisma's adapters store exactly as its own queries do.

/** One row per active measure the team may record (none: one row with a null id), with the team's chart setting of it. */
export type TeamMeasureRow = Omit<SummaryMeasureRow, "id"> & {
  teamCollaborativeId: string;
  id: string | null;
  name: string;
  settingMeasureId: string | null;
  baselineCount: number | null;
  phaseSplits: string | null;
  settingChart: string | null;
};

// The measure's columns are those a summary needs (the same list as Prisma's select of them), and its name.
const MEASURE_COLUMNS = Prisma.raw(Object.keys(SUMMARY_MEASURE_FIELDS).map((field) => `m."${field}"`).join(", "));

/** The team's active measures (its collaborative's shared ones and its own) and its settings; no rows when the team does not exist. */
export function selectTeamMeasures(tx: DbTransaction, teamId: string): Promise<TeamMeasureRow[]> {
  return tx.$queryRaw<TeamMeasureRow[]>`
    SELECT t."collaborativeId" AS "teamCollaborativeId", ${MEASURE_COLUMNS}, m."name",
           s."measureId" AS "settingMeasureId", s."baselineCount", s."phaseSplits", s."chart" AS "settingChart"
    FROM "Team" t
    LEFT JOIN "Measure" m ON m."archivedAt" IS NULL AND (m."collaborativeId" = t."collaborativeId" OR m."teamId" = t."id")
    LEFT JOIN "TeamMeasureSetting" s ON s."teamId" = t."id" AND s."measureId" = m."id"
    WHERE t."id" = ${teamId}`;
}

/** One saved value of a team's measure for one period. */
export type MeasurementValues = { measureId: string; periodStart: Date; numerator: number; denominator: number | null; note: string };
export type SeriesRow = MeasurementValues & { id: string };

/** Every saved value of the team's measures in `measureIds` (not empty). */
export function selectSeries(tx: DbTransaction, teamId: string, measureIds: readonly string[]): Promise<SeriesRow[]> {
  return tx.$queryRaw<SeriesRow[]>`
    SELECT "id", "measureId", "periodStart", "numerator", "denominator", "note"
    FROM "Measurement"
    WHERE "teamId" = ${teamId} AND "measureId" IN (${Prisma.join(measureIds)})`;
}

// Rows per statement: ten parameters each stays far below SQLite's 32,766 and PostgreSQL's 65,535
// parameters per statement, however large an import is.
const ROWS_PER_STATEMENT = 500;

/** Inserts the values, or updates those of a period already saved (by measure, team and period), 500 rows per statement. */
export async function upsertMeasurements(tx: DbTransaction, teamId: string, actorId: string, values: readonly MeasurementValues[], now: Date): Promise<void> {
  for (let start = 0; start < values.length; start += ROWS_PER_STATEMENT) {
    const rows = values.slice(start, start + ROWS_PER_STATEMENT).map(
      (value) =>
        Prisma.sql`(${newId(now.getTime())}, ${value.measureId}, ${teamId}, ${value.periodStart}, ${value.numerator}, ${value.denominator}, ${value.note}, ${actorId}, ${now}, ${now})`,
    );
    await tx.$executeRaw`
      INSERT INTO "Measurement" ("id", "measureId", "teamId", "periodStart", "numerator", "denominator", "note", "createdById", "createdAt", "updatedAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("measureId", "teamId", "periodStart") DO UPDATE SET
        "numerator" = excluded."numerator", "denominator" = excluded."denominator", "note" = excluded."note", "updatedAt" = excluded."updatedAt"`;
  }
}
