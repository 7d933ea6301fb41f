import { z } from "zod";
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

const requiredDecimal = decimal.transform((value, ctx) => {
  if (value === null) {
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  return value;
});

/** One cell of the grid: a measure, a period ("YYYY-MM-DD", its first day), the numbers and a note. */
export const measurementCellSchema = z.object({
  measureId: id,
  period: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidFormat"),
  numerator: requiredDecimal,
  denominator: decimal,
  note: freeText(500).default(""),
});

/** A batch of grid cells, saved all or none (PRODUCT.md §4). */
export const saveMeasurementsSchema = z.object({
  teamId: id,
  cells: z.array(measurementCellSchema).min(1).max(2000),
});
export type SaveMeasurementsInput = z.infer<typeof saveMeasurementsSchema>;

/** A CSV import: preview (confirm false) or write all rows (confirm true). */
export const importMeasurementsSchema = z.object({
  teamId: id,
  csv: z.string().min(1).max(2_000_000),
  confirm: z.boolean().default(false),
});
export type ImportMeasurementsInput = z.infer<typeof importMeasurementsSchema>;

export const noteSchema = freeText(500);
