import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { lockTeamSummaries, storeTeamMeasureSummaries, SUMMARY_MEASURE_FIELDS, type SummarySettingRow } from "@/lib/dashboards/summaries";
import type { SummaryMeasure } from "@/lib/dashboards/team-measure-summary";
import { isFrequency, isoDay } from "@/lib/measures/periods";

// The writes of measurement data with as few queries as a save can do: the team's measures and
// chart settings in one read, the series of the measures concerned in one read before writing, and
// the dashboard summaries computed from that series as it stands after the write (a save is on the
// path of every ward nurse's Monday; each Prisma query costs about a millisecond of CPU).

export type Entry = { measureId: string; periodStart: Date; numerator: number; denominator: number | null; note: string };
/** A measure the team may record: what its summary needs, with its id and name. */
export type TeamMeasure = SummaryMeasure & { id: string; name: string };
export type SavedRow = Entry & { id: string };
type Team = { id: string; collaborativeId: string };

/** A team's saved values of some measures, keyed by measure and period, changed in place by the writes. */
export type TeamSeries = { team: Team; measures: TeamMeasure[]; settings: SummarySettingRow[]; rows: Map<string, SavedRow | Entry> };

export const seriesKey = (measureId: string, periodStart: Date) => `${measureId}|${periodStart.getTime()}`;

/** The team, the active measures it may record (its collaborative's shared ones and its own) and its chart settings of them. */
export async function loadTeamMeasures(tx: DbTransaction, teamId: string) {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true, collaborativeId: true } });
  if (!team) fail({ code: "NOT_FOUND" });
  const rows = await tx.measure.findMany({
    where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId }] },
    select: { ...SUMMARY_MEASURE_FIELDS, name: true, settings: { where: { teamId }, select: { baselineCount: true, phaseSplits: true, chart: true } } },
  });
  const measures: TeamMeasure[] = rows.flatMap(({ settings: _settings, ...row }) => (isFrequency(row.frequency) ? [{ ...row, frequency: row.frequency }] : []));
  const settings: SummarySettingRow[] = rows.flatMap((row) => row.settings.map((setting) => ({ ...setting, measureId: row.id })));
  return { team, measures, settings };
}

/** Reads every saved value of the team's measures in `measureIds` (those the team may not record are left out), holding the team's lock. */
export async function readTeamSeries(tx: DbTransaction, loaded: Awaited<ReturnType<typeof loadTeamMeasures>>, measureIds: Iterable<string>): Promise<TeamSeries> {
  await lockTeamSummaries(tx, loaded.team.id);
  const wanted = new Set(measureIds);
  const measures = loaded.measures.filter((measure) => wanted.has(measure.id));
  const saved = measures.length === 0 ? [] : await tx.measurement.findMany({
    where: { teamId: loaded.team.id, measureId: { in: measures.map((measure) => measure.id) } },
    select: { id: true, measureId: true, periodStart: true, numerator: true, denominator: true, note: true },
  });
  const rows = new Map<string, SavedRow | Entry>(saved.map((row) => [seriesKey(row.measureId, row.periodStart), row]));
  return { team: loaded.team, measures, settings: loaded.settings, rows };
}

const show = (row: Entry) => ({ measureId: row.measureId, period: isoDay(row.periodStart), numerator: row.numerator, denominator: row.denominator, note: row.note });

/** Upserts by (measureId, teamId, periodStart) and records one audit event for the batch with before and after. */
export async function writeEntries(tx: DbTransaction, actorId: string, series: TeamSeries, entries: Entry[], action: string) {
  const { team } = series;
  const existing = entries.flatMap((entry) => series.rows.get(seriesKey(entry.measureId, entry.periodStart)) ?? []);
  for (const entry of entries) {
    const values = { numerator: entry.numerator, denominator: entry.denominator, note: entry.note };
    await tx.measurement.upsert({
      where: { measureId_teamId_periodStart: { measureId: entry.measureId, teamId: team.id, periodStart: entry.periodStart } },
      create: { ...values, measureId: entry.measureId, teamId: team.id, periodStart: entry.periodStart, createdById: actorId },
      update: values,
      select: { id: true },
    });
    series.rows.set(seriesKey(entry.measureId, entry.periodStart), entry);
  }
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
