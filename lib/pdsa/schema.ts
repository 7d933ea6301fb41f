import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";
import { DECISIONS } from "./rules";

const id = z.string().trim().min(1).max(64);
const optionalId = z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable());
const version = z.coerce.number().int().min(1);
const required = (max: number) => freeText(max).pipe(z.string().min(1));
const optionalDate = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidFormat" }).nullable(),
);

/** A new cycle: blank, from a change idea, or from an idea on the huddle board. */
export const createCycleSchema = z.object({
  teamId: id,
  title: required(200),
  changeIdeaId: optionalId.default(null),
  ideaId: optionalId.default(null),
});

const target = { cycleId: id, version };

export const savePlanSchema = z.object({
  ...target,
  title: required(200),
  scale: freeText(200),
  objective: freeText(2000),
  who: freeText(500),
  what: freeText(1000),
  where: freeText(500),
  whenText: freeText(500),
  dataCollectionPlan: freeText(2000),
  plannedStart: optionalDate,
  questions: z.array(z.object({ question: required(500), prediction: freeText(1000) })).max(20),
  measureIds: z.array(id).max(50).default([]),
});

export const saveDoSchema = z.object({ ...target, observations: freeText(5000), surprises: freeText(5000) });

export const saveStudySchema = z.object({
  ...target,
  learningSummary: freeText(5000),
  results: z.array(z.object({ predictionId: id, outcome: freeText(2000), held: z.boolean().nullable() })).max(20),
});

export const saveActSchema = z.object({
  ...target,
  decision: z.preprocess((value) => (value === "" ? null : value), z.enum(DECISIONS).nullable()),
  decisionNote: freeText(2000),
});

export const advanceCycleSchema = z.object({ ...target, to: z.enum(["DO", "STUDY", "ACT", "DONE"]) });

export const abandonCycleSchema = z.object({ ...target, reason: required(1000) });

export const commentCycleSchema = z.object({ cycleId: id, text: required(2000) });

export const startNextCycleSchema = z.object({ cycleId: id });
