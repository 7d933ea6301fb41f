import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { refreshTeamMeasureSummaries } from "@/lib/dashboards/summaries";
import { isFrequency, isoDay, parseIsoDay, type Frequency } from "@/lib/measures/periods";
import { parseImport } from "./csv";
import { parsePeriod, periodLabel, validateEntry } from "./rules";
import { noteSchema, type ImportMeasurementsInput, type SaveMeasurementsInput } from "./schema";

type Entry = { measureId: string; periodStart: Date; numerator: number; denominator: number | null; note: string };
type TeamMeasure = { id: string; name: string; kind: string; frequency: Frequency };

/** The team and the active measures it may record (its collaborative's shared ones and its own). */
async function loadTeamMeasures(tx: DbTransaction, teamId: string) {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true, collaborativeId: true } });
  if (!team) fail({ code: "NOT_FOUND" });
  const rows = await tx.measure.findMany({
    where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId }] },
    select: { id: true, name: true, kind: true, frequency: true },
  });
  const measures: TeamMeasure[] = rows.flatMap((row) => (isFrequency(row.frequency) ? [{ ...row, frequency: row.frequency }] : []));
  return { team, measures };
}

/** Per-entry rule errors as { field: keys[] }; an entry without errors is absent. */
function checkEntries(measures: TeamMeasure[], entries: Entry[], now: Date): Map<number, Record<string, string[]>> {
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const errors = new Map<number, Record<string, string[]>>();
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const add = (field: string, key: string) => {
      const fields = errors.get(index) ?? {};
      (fields[field] ??= []).push(key);
      errors.set(index, fields);
    };
    const measure = byId.get(entry.measureId);
    if (!measure) return add("measure", "unknownMeasure");
    for (const error of validateEntry(measure, entry, now)) add(error.field, error.key);
    const key = `${entry.measureId}|${isoDay(entry.periodStart)}`;
    if (seen.has(key)) add("period", "duplicateEntry");
    seen.add(key);
  });
  return errors;
}

/** Upserts by (measureId, teamId, periodStart) and records one audit event for the batch with before and after. */
async function writeEntries(tx: DbTransaction, actorId: string, team: { id: string; collaborativeId: string }, entries: Entry[], action: string) {
  const existing = await tx.measurement.findMany({
    where: { teamId: team.id, OR: entries.map((entry) => ({ measureId: entry.measureId, periodStart: entry.periodStart })) },
    select: { measureId: true, periodStart: true, numerator: true, denominator: true, note: true },
  });
  for (const entry of entries) {
    const values = { numerator: entry.numerator, denominator: entry.denominator, note: entry.note };
    await tx.measurement.upsert({
      where: { measureId_teamId_periodStart: { measureId: entry.measureId, teamId: team.id, periodStart: entry.periodStart } },
      create: { ...values, measureId: entry.measureId, teamId: team.id, periodStart: entry.periodStart, createdById: actorId },
      update: values,
    });
  }
  const show = (row: Entry) => ({ measureId: row.measureId, period: isoDay(row.periodStart), numerator: row.numerator, denominator: row.denominator, note: row.note });
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
  await refreshTeamMeasureSummaries(tx, team.id, [...new Set(entries.map((entry) => entry.measureId))]);
  return { saved: entries.length, created: entries.length - existing.length };
}

/** Saves a batch of grid cells: every cell is checked first; any error writes nothing and answers the cells' errors. */
export async function saveMeasurements(tx: DbTransaction, actorId: string, input: SaveMeasurementsInput, now: Date) {
  const { team, measures } = await loadTeamMeasures(tx, input.teamId);
  const entries: Entry[] = input.cells.map((cell) => ({
    measureId: cell.measureId,
    periodStart: parseIsoDay(cell.period),
    numerator: cell.numerator,
    denominator: cell.denominator,
    note: cell.note,
  }));
  const errors = checkEntries(measures, entries, now);
  if (errors.size > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [index, fields] of errors) for (const [field, keys] of Object.entries(fields)) fieldErrors[`cells.${index}.${field}`] = keys;
    fail({ code: "RULE_VIOLATION", rule: "cellErrors", fieldErrors });
  }
  return writeEntries(tx, actorId, team, entries, "measurement.saveBatch");
}

export type ImportPreviewRow = {
  line: number;
  measure: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  note: string;
  errors: string[];
};

/**
 * A CSV import. Without confirm: the preview, each row with its errors, nothing written. With
 * confirm: all rows are written, or, when any row has an error, none (RULE_VIOLATION with the
 * errors by line as fieldErrors "line.<n>").
 */
export async function importMeasurements(tx: DbTransaction, actorId: string, input: ImportMeasurementsInput, now: Date) {
  const parsed = parseImport(input.csv);
  if (parsed.headerError) fail({ code: "VALIDATION", fieldErrors: { csv: [parsed.headerError] } });
  if (parsed.rows.length === 0) fail({ code: "VALIDATION", fieldErrors: { csv: ["noRows"] } });
  const { team, measures } = await loadTeamMeasures(tx, input.teamId);
  const byName = new Map<string, TeamMeasure>();
  for (const measure of measures) byName.set(measure.name.trim().toLowerCase(), measure);
  for (const measure of measures) byName.set(measure.id.toLowerCase(), measure);

  const preview: ImportPreviewRow[] = [];
  const entries: Entry[] = [];
  const entryRow: number[] = [];
  for (const row of parsed.rows) {
    const errors = [...row.errors];
    const measure = row.measure ? byName.get(row.measure.toLowerCase()) : undefined;
    if (row.measure && !measure) errors.push("unknownMeasure");
    const periodStart = row.period ? parsePeriod(row.period) : null;
    if (row.period && !periodStart) errors.push("unreadablePeriod");
    const note = noteSchema.safeParse(row.note);
    if (!note.success) errors.push(note.error.issues[0]?.message === "personalIdentifier" ? "personalIdentifier" : "noteTooLong");
    preview.push({
      line: row.line,
      measure: measure?.name ?? row.measure,
      period: measure && periodStart ? periodLabel(measure.frequency, periodStart) : row.period,
      numerator: row.numerator,
      denominator: row.denominator,
      note: row.note,
      errors,
    });
    if (measure && periodStart && row.numerator !== null && errors.length === 0) {
      entries.push({ measureId: measure.id, periodStart, numerator: row.numerator, denominator: row.denominator, note: note.success ? note.data : "" });
      entryRow.push(preview.length - 1);
    }
  }
  for (const [index, fields] of checkEntries(measures, entries, now)) {
    preview[entryRow[index]].errors.push(...Object.values(fields).flat());
  }
  const failed = preview.filter((row) => row.errors.length > 0);
  if (!input.confirm) return { rows: preview, written: 0 };
  if (failed.length > 0) {
    fail({ code: "RULE_VIOLATION", rule: "importHasErrors", fieldErrors: Object.fromEntries(failed.map((row) => [`line.${row.line}`, row.errors])) });
  }
  const written = await writeEntries(tx, actorId, team, entries, "measurement.import");
  return { rows: preview, written: written.saved };
}
