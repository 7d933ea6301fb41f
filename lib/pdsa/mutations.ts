import "server-only";
import type { z } from "zod";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { planIdeaMove } from "@/lib/ideas/rules";
import {
  canAbandon,
  canEditStep,
  changeIdeaStatusAfter,
  checkNextCycle,
  checkTransition,
  isOpenState,
  NEXT_STATE,
  nextCycleTitle,
  type CycleState,
  type Decision,
} from "./rules";
import type {
  abandonCycleSchema,
  advanceCycleSchema,
  commentCycleSchema,
  createCycleSchema,
  saveActSchema,
  saveDoSchema,
  savePlanSchema,
  saveStudySchema,
  SaveStepInput,
} from "./schema";

type Actor = { id: string };

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

async function cycleWithPredictions(tx: DbTransaction, cycleId: string) {
  const cycle = await tx.pdsaCycle.findUnique({
    where: { id: cycleId },
    include: { predictions: { orderBy: { position: "asc" } }, measures: { select: { measureId: true } }, nextCycle: { select: { id: true } } },
  });
  if (!cycle) fail({ code: "NOT_FOUND" });
  return cycle;
}

/** Loads the cycle for a write: a stale version is a CONFLICT (the other person's save stays). */
async function loadForWrite(tx: DbTransaction, cycleId: string, version: number) {
  const cycle = await cycleWithPredictions(tx, cycleId);
  if (cycle.version !== version) fail({ code: "CONFLICT" });
  return cycle;
}

/** Writes with the version as a guard and bumps it, so a concurrent save cannot slip in between. */
async function guardedUpdate(tx: DbTransaction, cycleId: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.pdsaCycle.updateMany({ where: { id: cycleId, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) fail({ code: "CONFLICT" });
}

function audit(tx: DbTransaction, actor: Actor, action: string, cycle: { id: string; teamId: string }, before?: unknown, after?: unknown) {
  return recordAudit(tx, { actorId: actor.id, action, entityType: "PdsaCycle", entityId: cycle.id, teamId: cycle.teamId, before, after });
}

/** Measures a team may link: the collaborative's shared ones and its own, not archived. */
async function teamMeasureIds(tx: DbTransaction, teamId: string) {
  const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { collaborativeId: true } });
  const measures = await tx.measure.findMany({
    where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId }] },
    select: { id: true },
  });
  return new Set(measures.map((measure) => measure.id));
}

/** Starts a cycle in PLAN: blank, from one of the team's change ideas (which goes to testing) or from a huddle-board idea (linked, moved to TESTING). */
export async function createCycle(tx: DbTransaction, actor: Actor, input: z.infer<typeof createCycleSchema>) {
  const team = await tx.team.findUniqueOrThrow({ where: { id: input.teamId }, select: { id: true, collaborativeId: true } });
  const changeIdea = input.changeIdeaId
    ? await tx.changeIdea.findUnique({ where: { id: input.changeIdeaId }, select: { id: true, status: true, teamId: true } })
    : null;
  if (input.changeIdeaId && changeIdea?.teamId !== team.id) {
    fail({ code: "RULE_VIOLATION", rule: "changeIdeaOfOtherTeam" });
  }
  const idea = input.ideaId ? await tx.idea.findUnique({ where: { id: input.ideaId }, select: { id: true, teamId: true, status: true, cycleId: true } }) : null;
  if (input.ideaId && (!idea || idea.teamId !== team.id)) fail({ code: "RULE_VIOLATION", rule: "ideaOfOtherTeam" });

  const cycle = await tx.pdsaCycle.create({
    data: { teamId: team.id, title: input.title, changeIdeaId: changeIdea?.id ?? null, ownerId: actor.id, state: "PLAN" },
  });
  await audit(tx, actor, "pdsa.create", cycle, undefined, { title: cycle.title, changeIdeaId: cycle.changeIdeaId, ideaId: input.ideaId });

  if (idea) {
    const move = planIdeaMove(idea, "TESTING", { id: cycle.id, teamId: cycle.teamId });
    if (!move.ok) fail({ code: "RULE_VIOLATION", rule: `idea.${move.rule}` });
    await tx.idea.update({ where: { id: idea.id }, data: { status: "TESTING", cycleId: cycle.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "idea.move",
      entityType: "Idea",
      entityId: idea.id,
      teamId: idea.teamId,
      before: { status: idea.status, cycleId: idea.cycleId },
      after: { status: "TESTING", cycleId: cycle.id },
    });
  }
  if (changeIdea && changeIdea.status === "IDEA") {
    await updateChangeIdeaStatus(tx, actor, changeIdea, "TESTING", team.id);
  }
  return { cycleId: cycle.id };
}

async function updateChangeIdeaStatus(tx: DbTransaction, actor: Actor, changeIdea: { id: string; status: string }, status: string, teamId: string) {
  if (changeIdea.status === status) return;
  await tx.changeIdea.update({ where: { id: changeIdea.id }, data: { status } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "changeIdea.status",
    entityType: "ChangeIdea",
    entityId: changeIdea.id,
    teamId,
    before: { status: changeIdea.status },
    after: { status },
  });
}

function requireStep(state: string, step: string) {
  if (!isOpenState(state)) fail({ code: "RULE_VIOLATION", rule: "readOnly" });
  if (!canEditStep(state, step)) fail({ code: "RULE_VIOLATION", rule: "stepNotCurrent" });
}

/** Saves the plan (PLAN only): the who/what/where/when, the questions with their predictions, the linked measures. */
export async function savePlan(tx: DbTransaction, actor: Actor, input: z.infer<typeof savePlanSchema>) {
  const cycle = await loadForWrite(tx, input.cycleId, input.version);
  requireStep(cycle.state, "PLAN");
  const allowed = await teamMeasureIds(tx, cycle.teamId);
  const measureIds = [...new Set(input.measureIds)];
  if (measureIds.some((measureId) => !allowed.has(measureId))) fail({ code: "RULE_VIOLATION", rule: "measureOfOtherTeam" });
  const fields = {
    title: input.title,
    scale: input.scale,
    objective: input.objective,
    who: input.who,
    what: input.what,
    where: input.where,
    whenText: input.whenText,
    dataCollectionPlan: input.dataCollectionPlan,
    plannedStart: toDate(input.plannedStart),
  };
  await guardedUpdate(tx, cycle.id, cycle.version, fields);
  await tx.pdsaPrediction.deleteMany({ where: { cycleId: cycle.id } });
  if (input.questions.length > 0) {
    await tx.pdsaPrediction.createMany({
      data: input.questions.map((q, position) => ({ cycleId: cycle.id, position, question: q.question, prediction: q.prediction })),
    });
  }
  await tx.pdsaCycleMeasure.deleteMany({ where: { cycleId: cycle.id } });
  if (measureIds.length > 0) await tx.pdsaCycleMeasure.createMany({ data: measureIds.map((measureId) => ({ cycleId: cycle.id, measureId })) });
  await audit(
    tx,
    actor,
    "pdsa.savePlan",
    cycle,
    { title: cycle.title, objective: cycle.objective, questions: cycle.predictions.map((p) => ({ question: p.question, prediction: p.prediction })), measureIds: cycle.measures.map((m) => m.measureId) },
    { title: input.title, objective: input.objective, questions: input.questions, measureIds },
  );
  return { cycleId: cycle.id, version: cycle.version + 1 };
}

/** Saves the observations of DO. */
export async function saveDo(tx: DbTransaction, actor: Actor, input: z.infer<typeof saveDoSchema>) {
  const cycle = await loadForWrite(tx, input.cycleId, input.version);
  requireStep(cycle.state, "DO");
  await guardedUpdate(tx, cycle.id, cycle.version, { observations: input.observations, surprises: input.surprises });
  await audit(tx, actor, "pdsa.saveDo", cycle, { observations: cycle.observations, surprises: cycle.surprises }, { observations: input.observations, surprises: input.surprises });
  return { cycleId: cycle.id, version: cycle.version + 1 };
}

/** Saves Study: for each prediction what happened and whether it held, and the summary of learning. */
export async function saveStudy(tx: DbTransaction, actor: Actor, input: z.infer<typeof saveStudySchema>) {
  const cycle = await loadForWrite(tx, input.cycleId, input.version);
  requireStep(cycle.state, "STUDY");
  const own = new Set(cycle.predictions.map((p) => p.id));
  if (input.results.some((result) => !own.has(result.predictionId))) fail({ code: "RULE_VIOLATION", rule: "predictionOfOtherCycle" });
  await guardedUpdate(tx, cycle.id, cycle.version, { learningSummary: input.learningSummary });
  for (const result of input.results) {
    await tx.pdsaPrediction.update({ where: { id: result.predictionId }, data: { outcome: result.outcome, held: result.held } });
  }
  await audit(
    tx,
    actor,
    "pdsa.saveStudy",
    cycle,
    { learningSummary: cycle.learningSummary, results: cycle.predictions.map((p) => ({ predictionId: p.id, outcome: p.outcome, held: p.held })) },
    { learningSummary: input.learningSummary, results: input.results },
  );
  return { cycleId: cycle.id, version: cycle.version + 1 };
}

/** Saves Act: the decision and its note. */
export async function saveAct(tx: DbTransaction, actor: Actor, input: z.infer<typeof saveActSchema>) {
  const cycle = await loadForWrite(tx, input.cycleId, input.version);
  requireStep(cycle.state, "ACT");
  await guardedUpdate(tx, cycle.id, cycle.version, { decision: input.decision, decisionNote: input.decisionNote });
  await audit(tx, actor, "pdsa.saveAct", cycle, { decision: cycle.decision, decisionNote: cycle.decisionNote }, { decision: input.decision, decisionNote: input.decisionNote });
  return { cycleId: cycle.id, version: cycle.version + 1 };
}

/**
 * One step forward (rules.ts). A premature step is refused with the missing items in
 * details.missing. Entering DO records the start; DONE records the end and, for ADOPT and ABANDON,
 * updates the team's change idea.
 */
export async function advanceCycle(tx: DbTransaction, actor: Actor, input: z.infer<typeof advanceCycleSchema>) {
  const cycle = await loadForWrite(tx, input.cycleId, input.version);
  const check = checkTransition(cycle, input.to);
  if (!check.ok) {
    if (check.rule === "stepIncomplete") fail({ code: "RULE_VIOLATION", rule: "stepIncomplete", details: { missing: check.missing } });
    fail({ code: "RULE_VIOLATION", rule: check.rule });
  }
  const now = new Date();
  const data: Record<string, unknown> = { state: input.to };
  if (input.to === "DO" && !cycle.startedAt) data.startedAt = now;
  if (input.to === "DONE") data.completedAt = now;
  await guardedUpdate(tx, cycle.id, cycle.version, data);
  await audit(tx, actor, "pdsa.advance", cycle, { state: cycle.state }, { state: input.to });
  if (input.to === "DONE" && cycle.changeIdeaId && cycle.decision !== "ADAPT") {
    const changeIdea = await tx.changeIdea.findUnique({ where: { id: cycle.changeIdeaId }, select: { id: true, status: true, teamId: true } });
    if (changeIdea && changeIdea.teamId === cycle.teamId) {
      await updateChangeIdeaStatus(tx, actor, changeIdea, changeIdeaStatusAfter(cycle.decision as Decision), cycle.teamId);
    }
  }
  return { cycleId: cycle.id, version: cycle.version + 1, state: input.to };
}

/**
 * Saves the current step and, for "advance", moves the cycle on in the same transaction: when the
 * step is not yet complete the refusal rolls the save back too, so the database is as it was
 * before the click and the form still holds what was typed.
 */
export async function saveStep(tx: DbTransaction, actor: Actor, input: SaveStepInput) {
  const saved =
    input.step === "PLAN"
      ? await savePlan(tx, actor, input)
      : input.step === "DO"
        ? await saveDo(tx, actor, input)
        : input.step === "STUDY"
          ? await saveStudy(tx, actor, input)
          : await saveAct(tx, actor, input);
  if (input.intent !== "advance") return { ...saved, state: input.step as CycleState, advanced: false };
  const moved = await advanceCycle(tx, actor, { cycleId: saved.cycleId, version: saved.version, to: NEXT_STATE[input.step] });
  return { ...moved, advanced: true };
}

/** Abandons an open cycle with a reason. */
export async function abandonCycle(tx: DbTransaction, actor: Actor, input: z.infer<typeof abandonCycleSchema>) {
  const cycle = await loadForWrite(tx, input.cycleId, input.version);
  if (!canAbandon(cycle.state)) fail({ code: "RULE_VIOLATION", rule: "readOnly" });
  await guardedUpdate(tx, cycle.id, cycle.version, { state: "ABANDONED", abandonReason: input.reason, completedAt: new Date() });
  await audit(tx, actor, "pdsa.abandon", cycle, { state: cycle.state }, { state: "ABANDONED", abandonReason: input.reason });
  return { cycleId: cycle.id, version: cycle.version + 1 };
}

/** A comment: allowed in every state, DONE included. */
export async function commentCycle(tx: DbTransaction, actor: Actor, input: z.infer<typeof commentCycleSchema>) {
  const cycle = await cycleWithPredictions(tx, input.cycleId);
  const comment = await tx.pdsaComment.create({ data: { cycleId: cycle.id, authorId: actor.id, text: input.text } });
  await recordAudit(tx, { actorId: actor.id, action: "pdsa.comment", entityType: "PdsaComment", entityId: comment.id, teamId: cycle.teamId, after: { cycleId: cycle.id, text: input.text } });
  return { commentId: comment.id };
}

/** The most cycles walked back along a ramp (a ramp is a handful; this bounds a corrupt chain). */
const MAX_RAMP = 500;

/** The 1-based place in its ramp of the cycle whose previous cycle is `previousCycleId`. */
async function placeInRamp(tx: DbTransaction, previousCycleId: string | null): Promise<number> {
  let place = 1;
  for (let id = previousCycleId; id && place < MAX_RAMP; place++) {
    id = (await tx.pdsaCycle.findUnique({ where: { id }, select: { previousCycleId: true } }))?.previousCycleId ?? null;
  }
  return place;
}

/** After ADAPT: the next cycle of the ramp, linked to this one, prefilled with its plan and numbered ("Title (2)"). */
export async function startNextCycle(tx: DbTransaction, actor: Actor, input: { cycleId: string }) {
  const cycle = await cycleWithPredictions(tx, input.cycleId);
  const check = checkNextCycle({ state: cycle.state, decision: cycle.decision, hasNext: cycle.nextCycle !== null });
  if (!check.ok) fail({ code: "RULE_VIOLATION", rule: check.rule });
  const title = nextCycleTitle(cycle.title, await placeInRamp(tx, cycle.previousCycleId));
  const next = await tx.pdsaCycle.create({
    data: {
      teamId: cycle.teamId,
      changeIdeaId: cycle.changeIdeaId,
      previousCycleId: cycle.id,
      ownerId: actor.id,
      title,
      state: "PLAN",
      scale: cycle.scale,
      objective: cycle.objective,
      who: cycle.who,
      what: cycle.what,
      where: cycle.where,
      whenText: cycle.whenText,
      dataCollectionPlan: cycle.dataCollectionPlan,
    },
  });
  if (cycle.predictions.length > 0) {
    await tx.pdsaPrediction.createMany({
      data: cycle.predictions.map((p) => ({ cycleId: next.id, position: p.position, question: p.question, prediction: p.prediction })),
    });
  }
  if (cycle.measures.length > 0) await tx.pdsaCycleMeasure.createMany({ data: cycle.measures.map((m) => ({ cycleId: next.id, measureId: m.measureId })) });
  await audit(tx, actor, "pdsa.startNext", next, undefined, { previousCycleId: cycle.id, title: next.title });
  return { cycleId: next.id, teamId: next.teamId };
}
