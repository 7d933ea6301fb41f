import { z } from "zod";
import { nestListFields } from "@/lib/actions/nest-lists";
import { calendarDayText } from "@/lib/dates/calendar-day";
import { freeText } from "@/lib/privacy/schema";
import { CYCLE_TITLE_MAX, DECISIONS } from "./rules";

const id = z.string().trim().min(1).max(64);
const optionalId = z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable());
const version = z.coerce.number().int().min(1);
const required = (max: number) => freeText(max).pipe(z.string().min(1));
const optionalDate = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  calendarDayText.nullable(),
);

/** A new cycle: blank, from a change idea, or from an idea on the huddle board. */
export const createCycleSchema = z.object({
  teamId: id,
  title: required(CYCLE_TITLE_MAX),
  changeIdeaId: optionalId.default(null),
  ideaId: optionalId.default(null),
});

const target = { cycleId: id, version };

export const savePlanSchema = z.object({
  ...target,
  title: required(CYCLE_TITLE_MAX),
  scale: freeText(200),
  objective: freeText(2000),
  who: freeText(500),
  what: freeText(1000),
  where: freeText(500),
  whenText: freeText(500),
  dataCollectionPlan: freeText(2000),
  plannedStart: optionalDate,
  // A form with no question posts no "questions.N.…" field at all: that is an empty list.
  questions: z.array(z.object({ question: required(500), prediction: freeText(1000) })).max(20).default([]),
  measureIds: z.array(id).max(50).default([]),
});

export const saveDoSchema = z.object({ ...target, observations: freeText(5000), surprises: freeText(5000) });

export const saveStudySchema = z.object({
  ...target,
  learningSummary: freeText(5000),
  results: z.array(z.object({ predictionId: id, outcome: freeText(2000), held: z.boolean().nullable() })).max(20).default([]),
});

export const saveActSchema = z.object({
  ...target,
  decision: z.preprocess((value) => (value === "" ? null : value), z.enum(DECISIONS).nullable()),
  decisionNote: freeText(2000),
});

/** "Save" keeps the step; "advance" saves it and goes one step on, in one transaction. */
const intent = z.enum(["save", "advance"]).default("save");

/**
 * A step form's flat fields ("questions.0.question", "results.1.held", repeated "measureIds") as
 * the nested input the step schemas take; a direct call that is already nested passes unchanged.
 */
export function nestStepForm(raw: unknown): unknown {
  const nested = nestListFields(raw, ["questions", "results"], 50, (field, value) => (field === "held" && typeof value === "string" ? heldOf(value) : value));
  if (typeof nested !== "object" || nested === null || Array.isArray(nested)) return nested;
  const fields = nested as Record<string, unknown>;
  return typeof fields.measureIds === "string" ? { ...fields, measureIds: [fields.measureIds] } : fields;
}

function heldOf(value: string): boolean | null {
  return value === "yes" ? true : value === "no" ? false : null;
}

/** One step of the cycle workspace, saved and perhaps advanced by one button (STYLE.md "one button, one transaction"). */
export const saveStepSchema = z.preprocess(
  nestStepForm,
  z.discriminatedUnion("step", [
    savePlanSchema.extend({ step: z.literal("PLAN"), intent }),
    saveDoSchema.extend({ step: z.literal("DO"), intent }),
    saveStudySchema.extend({ step: z.literal("STUDY"), intent }),
    saveActSchema.extend({ step: z.literal("ACT"), intent }),
  ]),
);
export type SaveStepInput = z.output<typeof saveStepSchema>;

export const advanceCycleSchema = z.object({ ...target, to: z.enum(["DO", "STUDY", "ACT", "DONE"]) });

export const abandonCycleSchema = z.object({ ...target, reason: required(1000) });

export const commentCycleSchema = z.object({ cycleId: id, text: required(2000) });

export const startNextCycleSchema = z.object({ cycleId: id });
