import { z } from "zod";
import { parseDecimal } from "@/lib/i18n/format";
import { freeText } from "@/lib/privacy/schema";
import { CHART_KINDS } from "./chart-kind";
import {
  COMPASS_POINTS,
  DIRECTIONS,
  MEASURE_FREQUENCIES,
  MEASURE_KINDS,
  MEASURE_TYPES,
  isChartAllowedForKind,
  needsNumeratorAndDenominator,
} from "./rules";

const id = z.string().trim().min(1).max(64);

/** A typed number: "85,5" and "85.5" alike (PRODUCT.md §7, decimal comma). Empty means none. */
const optionalDecimal = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
    const number = typeof value === "number" ? value : parseDecimal(value);
    if (number === null || !Number.isFinite(number)) {
      ctx.addIssue({ code: "custom", message: "notANumber" });
      return z.NEVER;
    }
    return number;
  });

/** The longest text each field of a measure's definition takes (the form counts against the same). */
export const MEASURE_TEXT_MAX = { name: 200, operationalDefinition: 5000, numeratorDefinition: 2000, denominatorDefinition: 2000, unit: 50 } as const;

const measureFields = z
  .object({
    name: freeText(MEASURE_TEXT_MAX.name).pipe(z.string().min(1)),
    type: z.enum(MEASURE_TYPES),
    compassPoint: z
      .union([z.enum(COMPASS_POINTS), z.literal(""), z.null()])
      .optional()
      .transform((value) => value || null),
    operationalDefinition: freeText(MEASURE_TEXT_MAX.operationalDefinition).default(""),
    numeratorDefinition: freeText(MEASURE_TEXT_MAX.numeratorDefinition).default(""),
    denominatorDefinition: freeText(MEASURE_TEXT_MAX.denominatorDefinition).default(""),
    kind: z.enum(MEASURE_KINDS),
    multiplier: optionalDecimal,
    unit: freeText(MEASURE_TEXT_MAX.unit).default(""),
    frequency: z.enum(MEASURE_FREQUENCIES),
    direction: z.enum(DIRECTIONS),
    goal: optionalDecimal,
    defaultChart: z.enum(CHART_KINDS),
  })
  .superRefine((input, ctx) => {
    if (needsNumeratorAndDenominator(input.kind)) {
      if (!input.numeratorDefinition) ctx.addIssue({ code: "custom", path: ["numeratorDefinition"], message: "required" });
      if (!input.denominatorDefinition) ctx.addIssue({ code: "custom", path: ["denominatorDefinition"], message: "required" });
    }
    if (input.multiplier !== null && input.multiplier <= 0) ctx.addIssue({ code: "custom", path: ["multiplier"], message: "mustBePositive" });
    if (!isChartAllowedForKind(input.kind, input.defaultChart)) ctx.addIssue({ code: "custom", path: ["defaultChart"], message: "chartNotForKind" });
  })
  .transform((input) => ({ ...input, multiplier: input.multiplier ?? 1 }));

export type MeasureFields = z.infer<typeof measureFields>;

/** A shared measure of a collaborative (PRODUCT.md §3 Measure, all fields). */
export const createSharedMeasureSchema = z.object({ collaborativeId: id }).and(measureFields);
export type CreateSharedMeasureInput = z.infer<typeof createSharedMeasureSchema>;

/** A team's own measure, kept alongside the collaborative's shared ones. */
export const createTeamMeasureSchema = z.object({ teamId: id }).and(measureFields);
export type CreateTeamMeasureInput = z.infer<typeof createTeamMeasureSchema>;

export const updateMeasureSchema = z.object({ measureId: id }).and(measureFields);
export type UpdateMeasureInput = z.infer<typeof updateMeasureSchema>;

export const archiveMeasureSchema = z.object({ measureId: id });
export type ArchiveMeasureInput = z.infer<typeof archiveMeasureSchema>;
