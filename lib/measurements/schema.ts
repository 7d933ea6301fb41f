import { z } from "zod";
import { nestListFields } from "@/lib/actions/nest-lists";
import { calendarDayText } from "@/lib/dates/calendar-day";
import { parseDecimal } from "@/lib/i18n/format";
import { freeText } from "@/lib/privacy/schema";

const id = z.string().trim().min(1).max(64);

/** A typed number: "12,5" and "12.5" alike; empty is null. */
const decimal = z.union([z.number(), z.string(), z.null()]).optional().transform((value, ctx) => {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
  const number = typeof value === "number" ? value : parseDecimal(value);
  if (number === null || !Number.isFinite(number)) {
    ctx.addIssue({ code: "custom", message: "notANumber" });
    return z.NEVER;
  }
  return number;
});

/**
 * One cell of the grid: a measure, a period ("YYYY-MM-DD", its first day), the numbers and a note.
 * An empty numerator clears the cell: a saved value is deleted (lib/measurements/mutations.ts).
 */
export const measurementCellSchema = z.object({
  measureId: id,
  period: calendarDayText,
  numerator: decimal,
  denominator: decimal,
  note: freeText(500).default(""),
});

/** The most cells one save writes (a batch is checked and written in one transaction). */
export const MAX_SAVED_CELLS = 2000;
/** The most cells the data grid posts: every cell it shows (up to 104 periods × the team's measures). */
const MAX_POSTED_CELLS = 10_000;

/** The grid form's flat fields ("cells.3.numerator", "cells.3.was") as the nested input the save takes. */
export const nestGridForm = (raw: unknown): unknown => nestListFields(raw, ["cells"], MAX_POSTED_CELLS);

/** What a grid cell showed when the page was drawn (JSON [numerator, denominator, note]; "" for an empty cell). */
function shownValues(was: string): { numerator: number | null; denominator: number | null; note: string } | null {
  if (was === "") return { numerator: null, denominator: null, note: "" };
  try {
    const shown: unknown = JSON.parse(was);
    if (!Array.isArray(shown) || shown.length !== 3) return null;
    const [numerator, denominator, note] = shown;
    const number = (value: unknown) => (typeof value === "number" ? value : null);
    return { numerator: number(numerator), denominator: number(denominator), note: typeof note === "string" ? note.trim() : "" };
  } catch {
    return null;
  }
}

/**
 * A batch of grid cells, saved all or none (PRODUCT.md §4). The grid posts every cell it shows,
 * each with what it showed (`was`); the cells the user left as they were are dropped here, so a save
 * writes only what changed. A kept cell remembers its position in the post (`at`), so its errors
 * come back under the name of the input it came from. A cell without `was` (a direct call) is kept.
 */
export const saveMeasurementsSchema = z.preprocess(
  nestGridForm,
  z
    .object({
      teamId: id,
      cells: z.array(measurementCellSchema.extend({ was: z.string().max(4000).optional() })).min(1).max(MAX_POSTED_CELLS),
    })
    .transform(({ teamId, cells }, ctx) => {
      const changed = cells.flatMap(({ was, ...cell }, at) => {
        const shown = was === undefined ? null : shownValues(was);
        const same = shown !== null && shown.numerator === cell.numerator && shown.denominator === cell.denominator && shown.note === cell.note;
        return same ? [] : [{ ...cell, at }];
      });
      if (changed.length > MAX_SAVED_CELLS) ctx.addIssue({ code: "custom", path: ["cells"], message: "tooManyCells" });
      return { teamId, cells: changed as (z.output<typeof measurementCellSchema> & { at?: number })[] };
    }),
);
export type SaveMeasurementsInput = z.output<typeof saveMeasurementsSchema>;

/** The largest .xlsx file accepted for import (a year of weekly rows for every measure is far smaller). */
export const MAX_XLSX_BYTES = 600_000;
/** The largest CSV text accepted for import, in UTF-8 bytes (a file's size on disk). */
export const MAX_CSV_BYTES = 2_000_000;
const MAX_XLSX_BASE64 = Math.ceil(MAX_XLSX_BYTES / 3) * 4;

/** A file input's upload; a form posts an empty one (no name, no bytes) when nothing was chosen. */
const uploadSchema = z.preprocess(
  (value) => (value instanceof Blob && value.size === 0 && !("name" in value && value.name) ? undefined : value),
  z.custom<File>((value) => value instanceof Blob, "unreadableFile").optional(),
);

/** The import field a refusal of the import's source goes under: the upload, the base64 workbook or the pasted text. */
export function importSourceField(input: { file?: unknown; xlsx?: unknown }): "file" | "xlsx" | "csv" {
  return input.file !== undefined ? "file" : input.xlsx !== undefined ? "xlsx" : "csv";
}

/** True for an Excel workbook by its name or type (anything else is read as CSV text). */
export function isXlsxFile(file: { name?: string; type?: string }): boolean {
  return /\.xlsx$/i.test(file.name ?? "") || file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/** The largest upload of its kind, the same limits as the pasted text and the base64 workbook. */
export const maxImportBytes = (file: { name?: string; type?: string }) => (isXlsxFile(file) ? MAX_XLSX_BYTES : MAX_CSV_BYTES);

/**
 * An import of exactly one of: a CSV text (pasted), an .xlsx file as base64 (a direct call), or an
 * uploaded file (the form's file input; an .xlsx workbook or CSV text, read in the action's prepare
 * step): preview (confirm false) or write all rows (confirm true, "true" from the form's button).
 */
export const importMeasurementsSchema = z
  .object({
    teamId: id,
    csv: z
      .string()
      .max(MAX_CSV_BYTES, "fileTooLarge")
      .refine((text) => new TextEncoder().encode(text).length <= MAX_CSV_BYTES, "fileTooLarge")
      .optional(),
    xlsx: z
      .string()
      .max(MAX_XLSX_BASE64, "fileTooLarge")
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "unreadableFile")
      .optional(),
    file: uploadSchema.refine((file) => file === undefined || file.size <= maxImportBytes(file), "fileTooLarge"),
    confirm: z.preprocess((value) => value === true || value === "true", z.boolean()),
  })
  .superRefine((input, ctx) => {
    const sources = [input.csv?.trim() ? input.csv : undefined, input.xlsx?.trim() ? input.xlsx : undefined, input.file].filter((source) => source !== undefined).length;
    if (sources !== 1) ctx.addIssue({ code: "custom", path: [importSourceField(input)], message: sources === 0 ? "empty" : "oneFileOnly" });
  });
export type ImportMeasurementsInput = z.infer<typeof importMeasurementsSchema>;

/**
 * What a preview read, handed back for its confirm to post as `csv` or `xlsx` instead of the file:
 * the import writes what was previewed, and the confirm works without JavaScript too, where the
 * page the preview answered has an empty file input.
 */
export type PreviewedSource = { csv: string } | { xlsx: string };

export const noteSchema = freeText(500);
