import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { lockTeamSummaries, storeTeamMeasureSummaries, type SummarySettingRow } from "@/lib/summaries/store";
import type { SummaryMeasure } from "@/lib/summaries/team-measure-summary";
import { isFrequency, isoDay } from "@/lib/measures/periods";
import { selectSeries, selectTeamMeasures, upsertMeasurements, type MeasurementValues, type SeriesRow } from "./series-sql";

// The writes of measurement data with as few queries as a save can do: the team's measures and
// chart settings in one read, the series of the measures concerned in one read before writing, and
// the dashboard summaries computed from that series as it stands after the write. A save is on the
// path of every ward nurse's Monday and holds SQLite's only write lock, so its statements are plain
// SQL (series-sql.ts): each Prisma query costs about a millisecond of CPU.

export type Entry = MeasurementValues;
/** A measure the team may record: what its summary needs, with its id and name. */
export type TeamMeasure = SummaryMeasure & { id: string; name: string };
export type SavedRow = SeriesRow;
type Team = { id: string; collaborativeId: string };

/** A team's saved values of some measures, keyed by measure and period, changed in place by the writes. */
export type TeamSeries = { team: Team; measures: TeamMeasure[]; settings: SummarySettingRow[]; rows: Map<string, SavedRow | Entry> };

export const seriesKey = (measureId: string, periodStart: Date) => `${measureId}|${periodStart.getTime()}`;

/** The team, the active measures it may record (its collaborative's shared ones and its own) and its chart settings of them. */
export async function loadTeamMeasures(tx: DbTransaction, teamId: string) {
  const rows = await selectTeamMeasures(tx, teamId);
  if (rows.length === 0) fail({ code: "NOT_FOUND" });
  const team: Team = { id: teamId, collaborativeId: rows[0].teamCollaborativeId };
  const measures: TeamMeasure[] = [];
  const settings: SummarySettingRow[] = [];
  for (const { id, frequency, settingMeasureId, baselineCount, phaseSplits, settingChart, teamCollaborativeId: _team, ...measure } of rows) {
    if (id === null || !isFrequency(frequency)) continue;
    measures.push({ ...measure, id, frequency });
    if (settingMeasureId !== null) {
      settings.push({ measureId: id, baselineCount, phaseSplits: phaseSplits ?? "", chart: settingChart });
    }
  }
  return { team, measures, settings };
}

/** Reads every saved value of the team's measures in `measureIds` (those the team may not record are left out), holding the team's lock. */
export async function readTeamSeries(tx: DbTransaction, loaded: Awaited<ReturnType<typeof loadTeamMeasures>>, measureIds: Iterable<string>): Promise<TeamSeries> {
  await lockTeamSummaries(tx, loaded.team.id);
  const wanted = new Set(measureIds);
  const measures = loaded.measures.filter((measure) => wanted.has(measure.id));
  const saved = measures.length === 0 ? [] : await selectSeries(tx, loaded.team.id, measures.map((measure) => measure.id));
  const rows = new Map<string, SavedRow | Entry>(saved.map((row) => [seriesKey(row.measureId, row.periodStart), row]));
  return { team: loaded.team, measures, settings: loaded.settings, rows };
}

const show = (row: Entry) => ({ measureId: row.measureId, period: isoDay(row.periodStart), numerator: row.numerator, denominator: row.denominator, note: row.note });

/** Upserts by (measureId, teamId, periodStart) and records one audit event for the batch with before and after. */
export async function writeEntries(tx: DbTransaction, actorId: string, series: TeamSeries, entries: Entry[], action: string, now: Date) {
  const { team } = series;
  const existing = entries.flatMap((entry) => series.rows.get(seriesKey(entry.measureId, entry.periodStart)) ?? []);
  await upsertMeasurements(tx, team.id, actorId, entries, now);
  for (const entry of entries) series.rows.set(seriesKey(entry.measureId, entry.periodStart), entry);
  await recordAudit(tx, {
    actorId,
    action,
    entityType: "Measurement",
    entityId: team.id,
    teamId: team.id,
    collaborativeId: team.collaborativeId,
    before: existing.map(show),
    after: entries.map(show),
  });
  return { saved: entries.length, created: entries.length - existing.length };
}

/** Deletes the saved values of cleared cells, with one audit event holding what was deleted. */
export async function deleteEntries(tx: DbTransaction, actorId: string, series: TeamSeries, rows: SavedRow[]) {
  const { team } = series;
  await tx.measurement.deleteMany({ where: { teamId: team.id, id: { in: rows.map((row) => row.id) } } });
  for (const row of rows) series.rows.delete(seriesKey(row.measureId, row.periodStart));
  await recordAudit(tx, {
    actorId,
    action: "measurement.deleteBatch",
    entityType: "Measurement",
    entityId: team.id,
    teamId: team.id,
    collaborativeId: team.collaborativeId,
    before: rows.map(show),
    after: [],
  });
}

/** Stores the dashboard summaries of the series' measures from the series as the writes left it. */
export function storeSeriesSummaries(tx: DbTransaction, series: TeamSeries): Promise<void> {
  return storeTeamMeasureSummaries(tx, series.team.id, series.measures, series.settings, [...series.rows.values()]);
}
