import { z } from "zod";
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

/** A batch of grid cells, saved all or none (PRODUCT.md §4). */
export const saveMeasurementsSchema = z.object({
  teamId: id,
  cells: z.array(measurementCellSchema).min(1).max(2000),
});
export type SaveMeasurementsInput = z.infer<typeof saveMeasurementsSchema>;

/** The largest .xlsx file accepted for import (a year of weekly rows for every measure is far smaller). */
export const MAX_XLSX_BYTES = 600_000;
/** The largest CSV text accepted for import, in UTF-8 bytes (a file's size on disk). */
export const MAX_CSV_BYTES = 2_000_000;
const MAX_XLSX_BASE64 = Math.ceil(MAX_XLSX_BYTES / 3) * 4;

/**
 * An import of a CSV text or an .xlsx file (base64), exactly one of them: preview (confirm false) or
 * write all rows (confirm true).
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
    confirm: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const sources = [input.csv, input.xlsx].filter((source) => source !== undefined && source.trim() !== "").length;
    if (sources !== 1) ctx.addIssue({ code: "custom", path: [input.xlsx !== undefined ? "xlsx" : "csv"], message: sources === 0 ? "empty" : "oneFileOnly" });
  });
export type ImportMeasurementsInput = z.infer<typeof importMeasurementsSchema>;

export const noteSchema = freeText(500);
