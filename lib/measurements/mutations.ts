import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { refreshTeamMeasureSummaries } from "@/lib/dashboards/summaries";
import { isFrequency, isoDay, parseIsoDay, type Frequency } from "@/lib/measures/periods";
import { parseImport } from "./csv";
import { parseXlsxImport } from "./xlsx";
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

type ClearedRow = { id: string; measureId: string; periodStart: Date; numerator: number; denominator: number | null; note: string };

/**
 * Deletes the saved values of cleared cells, with one audit event holding what was deleted, and
 * refreshes the dashboard summaries of the measures concerned.
 */
async function deleteEntries(tx: DbTransaction, actorId: string, team: { id: string; collaborativeId: string }, rows: ClearedRow[]) {
  await tx.measurement.deleteMany({ where: { teamId: team.id, id: { in: rows.map((row) => row.id) } } });
  await recordAudit(tx, {
    actorId,
    action: "measurement.deleteBatch",
    entityType: "Measurement",
    entityId: team.id,
    teamId: team.id,
    collaborativeId: team.collaborativeId,
    before: rows.map((row) => ({ measureId: row.measureId, period: isoDay(row.periodStart), numerator: row.numerator, denominator: row.denominator, note: row.note })),
    after: [],
  });
  await refreshTeamMeasureSummaries(tx, team.id, [...new Set(rows.map((row) => row.measureId))]);
}

/**
 * Saves a batch of grid cells: every cell is checked first; any error writes nothing and answers the
 * cells' errors. A cell whose numerator was emptied deletes its saved value (nothing to delete: no
 * change), in the same all-or-nothing batch.
 */
export async function saveMeasurements(tx: DbTransaction, actorId: string, input: SaveMeasurementsInput, now: Date) {
  const { team, measures } = await loadTeamMeasures(tx, input.teamId);
  const entries: Entry[] = [];
  const entryCell: number[] = [];
  const clears: { index: number; measureId: string; periodStart: Date; hasOtherValues: boolean }[] = [];
  input.cells.forEach((cell, index) => {
    const periodStart = parseIsoDay(cell.period);
    if (cell.numerator === null) {
      clears.push({ index, measureId: cell.measureId, periodStart, hasOtherValues: cell.denominator !== null || cell.note.trim() !== "" });
      return;
    }
    entries.push({ measureId: cell.measureId, periodStart, numerator: cell.numerator, denominator: cell.denominator, note: cell.note });
    entryCell.push(index);
  });
  const fieldErrors: Record<string, string[]> = {};
  for (const [index, fields] of checkEntries(measures, entries, now)) {
    for (const [field, keys] of Object.entries(fields)) fieldErrors[`cells.${entryCell[index]}.${field}`] = keys;
  }
  const saved = clears.length === 0 ? [] : await tx.measurement.findMany({
    where: { teamId: team.id, OR: clears.map((clear) => ({ measureId: clear.measureId, periodStart: clear.periodStart })) },
    select: { id: true, measureId: true, periodStart: true, numerator: true, denominator: true, note: true },
  });
  const savedByKey = new Map(saved.map((row) => [`${row.measureId}|${isoDay(row.periodStart)}`, row]));
  const seen = new Set(entries.map((entry) => `${entry.measureId}|${isoDay(entry.periodStart)}`));
  const toDelete: ClearedRow[] = [];
  for (const clear of clears) {
    const key = `${clear.measureId}|${isoDay(clear.periodStart)}`;
    const row = savedByKey.get(key);
    if (!measures.some((measure) => measure.id === clear.measureId)) fieldErrors[`cells.${clear.index}.measure`] = ["unknownMeasure"];
    else if (seen.has(key)) fieldErrors[`cells.${clear.index}.period`] = ["duplicateEntry"];
    else if (row) toDelete.push(row);
    else if (clear.hasOtherValues) fieldErrors[`cells.${clear.index}.numerator`] = ["numeratorRequired"];
    seen.add(key);
  }
  if (Object.keys(fieldErrors).length > 0) fail({ code: "RULE_VIOLATION", rule: "cellErrors", fieldErrors });
  if (toDelete.length > 0) await deleteEntries(tx, actorId, team, toDelete);
  const written = entries.length > 0 ? await writeEntries(tx, actorId, team, entries, "measurement.saveBatch") : { saved: 0, created: 0 };
  return { ...written, deleted: toDelete.length };
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
 * A CSV or Excel (.xlsx) import. Without confirm: the preview, each row with its errors, nothing written. With
 * confirm: all rows are written, or, when any row has an error, none (RULE_VIOLATION with the
 * errors by line as fieldErrors "line.<n>").
 */
export async function importMeasurements(tx: DbTransaction, actorId: string, input: ImportMeasurementsInput, now: Date) {
  const source = input.xlsx !== undefined ? "xlsx" : "csv";
  const parsed = input.xlsx !== undefined ? await parseXlsxImport(Buffer.from(input.xlsx, "base64")) : parseImport(input.csv ?? "");
  if (parsed.headerError) fail({ code: "VALIDATION", fieldErrors: { [source]: [parsed.headerError] } });
  if (parsed.rows.length === 0) fail({ code: "VALIDATION", fieldErrors: { [source]: ["noRows"] } });
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
