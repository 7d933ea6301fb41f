import "server-only";
import { fail } from "@/lib/actions/result";
import type { DbTransaction } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/measures/periods";
import type { ImportRow } from "./csv";
import { parsePeriod, periodLabel, validateEntry } from "./rules";
import { noteSchema, type ImportMeasurementsInput, type SaveMeasurementsInput } from "./schema";
import {
  deleteEntries,
  loadTeamMeasures,
  readTeamSeries,
  seriesKey,
  storeSeriesSummaries,
  writeEntries,
  type Entry,
  type SavedRow,
  type TeamMeasure,
} from "./team-series";

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
    const key = seriesKey(entry.measureId, entry.periodStart);
    if (seen.has(key)) add("period", "duplicateEntry");
    seen.add(key);
  });
  return errors;
}

/**
 * Saves a batch of grid cells: every cell is checked first; any error writes nothing and answers the
 * cells' errors. A cell whose numerator was emptied deletes its saved value (nothing to delete: no
 * change), in the same all-or-nothing batch.
 */
export async function saveMeasurements(tx: DbTransaction, actorId: string, input: SaveMeasurementsInput, now: Date) {
  if (input.cells.length === 0) return { saved: 0, created: 0, deleted: 0 };
  // A cell's errors go under its position in what the grid posted (schema.ts), else in the batch.
  const path = (index: number, field: string) => `cells.${input.cells[index].at ?? index}.${field}`;
  const loaded = await loadTeamMeasures(tx, input.teamId);
  const { measures } = loaded;
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
    for (const [field, keys] of Object.entries(fields)) fieldErrors[path(entryCell[index], field)] = keys;
  }
  const series = await readTeamSeries(tx, loaded, [...entries, ...clears].map((cell) => cell.measureId));
  const seen = new Set(entries.map((entry) => seriesKey(entry.measureId, entry.periodStart)));
  const toDelete: SavedRow[] = [];
  for (const clear of clears) {
    const key = seriesKey(clear.measureId, clear.periodStart);
    const row = series.rows.get(key);
    if (!measures.some((measure) => measure.id === clear.measureId)) fieldErrors[path(clear.index, "measure")] = ["unknownMeasure"];
    else if (seen.has(key)) fieldErrors[path(clear.index, "period")] = ["duplicateEntry"];
    else if (row && "id" in row) toDelete.push(row);
    else if (clear.hasOtherValues) fieldErrors[path(clear.index, "numerator")] = ["numeratorRequired"];
    seen.add(key);
  }
  if (Object.keys(fieldErrors).length > 0) {
    const cells = new Set(Object.keys(fieldErrors).map((key) => key.split(".")[1])).size;
    fail({ code: "RULE_VIOLATION", rule: "cellErrors", fieldErrors, values: { count: cells } });
  }
  if (toDelete.length > 0) await deleteEntries(tx, actorId, series, toDelete);
  const written = entries.length > 0 ? await writeEntries(tx, actorId, series, entries, "measurement.saveBatch", now) : { saved: 0, created: 0 };
  if (toDelete.length > 0 || entries.length > 0) await storeSeriesSummaries(tx, series);
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
 * A CSV or Excel (.xlsx) import of rows already read from the file outside the transaction
 * (import-file.ts readImportFile). Without confirm: the preview, each row with its errors, nothing
 * written. With confirm: all rows are written, or, when any row has an error, none (RULE_VIOLATION
 * with the errors by line as fieldErrors "line.<n>" and the preview as details.rows, so the form
 * shows the rows again).
 */
export async function importMeasurements(tx: DbTransaction, actorId: string, input: ImportMeasurementsInput, rows: ImportRow[], now: Date) {
  const loaded = await loadTeamMeasures(tx, input.teamId);
  const { measures } = loaded;
  const byName = new Map<string, TeamMeasure>();
  for (const measure of measures) byName.set(measure.name.trim().toLowerCase(), measure);
  for (const measure of measures) byName.set(measure.id.toLowerCase(), measure);

  const preview: ImportPreviewRow[] = [];
  const entries: Entry[] = [];
  const entryRow: number[] = [];
  for (const row of rows) {
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
  if (!input.confirm) return { rows: preview, written: 0, confirmed: false };
  if (failed.length > 0) {
    const fieldErrors = Object.fromEntries(failed.map((row) => [`line.${row.line}`, row.errors]));
    fail({ code: "RULE_VIOLATION", rule: "importHasErrors", fieldErrors, details: { rows: preview } });
  }
  const series = await readTeamSeries(tx, loaded, entries.map((entry) => entry.measureId));
  const written = await writeEntries(tx, actorId, series, entries, "measurement.import", now);
  await storeSeriesSummaries(tx, series);
  return { rows: preview, written: written.saved, confirmed: true };
}
