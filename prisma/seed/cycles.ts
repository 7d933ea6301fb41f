// PDSA cycles of one team, filled as far as their state requires (PRODUCT.md §4): PLAN has the
// plan; DO adds the start; STUDY the observations; ACT every prediction's outcome and the learning;
// DONE the decision; ABANDONED a reason. Ramps link cycles by previousCycleId. Also the team's
// huddle-board ideas, some of them linked to the cycles that test them.
import { addDays, addHours, startOfUtcDay } from "./dates";
import type { Rng } from "./random";
import type { CollaborativeSpec, CycleDecision, CycleState, DemoData, TeamSpec } from "./types";

export type CycleRecord = { id: string; state: CycleState; decision: CycleDecision | null; idea: string; startedAt: Date | null; completedAt: Date | null };

const LEVEL: Record<CycleState, number> = { PLAN: 0, DO: 1, STUDY: 2, ACT: 3, DONE: 4, ABANDONED: 1 };

export type CycleContext = {
  spec: CollaborativeSpec;
  team: TeamSpec;
  teamId: string;
  now: Date;
  changeIdeaIds: Map<string, string>;
  measureIds: Map<string, string>;
  contactId: string;
  memberIds: string[];
  patientRepresentativeId: string | null;
};

export function addCycles(data: DemoData, newId: () => string, rng: Rng, context: CycleContext): CycleRecord[] {
  const { spec, team, now } = context;
  const today = startOfUtcDay(now);
  const lastOfRamp = new Map<string, string>();
  const records: CycleRecord[] = [];
  for (const plan of team.cycles) {
    const template = spec.cycleTemplates[plan.template];
    if (!template) throw new Error(`Unknown cycle template ${plan.template}`);
    const level = LEVEL[plan.state];
    const id = newId();
    const start = addHours(addDays(today, -plan.startDaysAgo), 8);
    const startedAt = level >= 1 && plan.startDaysAgo > 0 ? start : null;
    const closed = plan.state === "DONE" || plan.state === "ABANDONED";
    let completedAt = closed ? addHours(addDays(start, plan.durationDays), 6) : null;
    if (completedAt && completedAt.getTime() > now.getTime()) completedAt = addHours(today, -12);
    const decision = plan.state === "DONE" ? (plan.decision ?? "ADOPT") : null;
    const createdAt = addDays(plan.startDaysAgo > 0 ? start : today, -rng.int(3, 10));
    const scale = plan.scale ?? template.scale;
    data.pdsaCycle.push({
      id,
      teamId: context.teamId,
      changeIdeaId: context.changeIdeaIds.get(template.idea) ?? null,
      previousCycleId: plan.ramp ? (lastOfRamp.get(plan.ramp) ?? null) : null,
      ownerId: rng.chance(0.6) ? context.contactId : rng.pick([context.contactId, ...context.memberIds]),
      title: plan.scale ? `${template.title} – ${plan.scale}` : template.title,
      state: plan.state,
      scale,
      objective: template.objective,
      who: template.who,
      what: template.what,
      where: template.where,
      whenText: template.whenText,
      dataCollectionPlan: template.dataCollectionPlan,
      observations: level >= 2 || (plan.state === "ABANDONED" && template.observations && rng.chance(0.5)) ? template.observations : "",
      surprises: level >= 2 ? template.surprises : "",
      learningSummary: level >= 3 ? template.learningSummary : "",
      decision,
      decisionNote: decision ? (template.decisionNotes[decision] ?? "") : "",
      abandonReason: plan.state === "ABANDONED" ? (plan.abandonReason ?? template.abandonReason ?? "Teamet har valgt at prioritere andre forandringer.") : "",
      plannedStart: plan.startDaysAgo > 0 ? start : addDays(today, -plan.startDaysAgo),
      startedAt,
      completedAt,
      createdAt,
      updatedAt: completedAt ?? (startedAt && startedAt > createdAt ? startedAt : createdAt),
    });
    if (plan.ramp) lastOfRamp.set(plan.ramp, id);
    template.questions.forEach((question, position) => {
      data.pdsaPrediction.push({
        id: newId(),
        cycleId: id,
        position,
        question: question.question,
        prediction: question.prediction,
        outcome: level >= 3 ? question.outcome : "",
        held: level >= 3 ? question.held : null,
      });
    });
    for (const key of new Set(template.measures)) {
      const measureId = context.measureIds.get(key);
      if (measureId) data.pdsaCycleMeasure.push({ cycleId: id, measureId });
    }
    if (plan.state === "DONE" && completedAt) {
      const authors = rng.shuffle([...context.memberIds, ...(context.patientRepresentativeId ? [context.patientRepresentativeId] : []), context.contactId]);
      const count = rng.int(1, 3);
      const texts = rng.shuffle(spec.comments);
      for (let i = 0; i < count; i++) {
        const at = addHours(completedAt, 4 + i * rng.int(6, 48));
        if (at.getTime() > now.getTime()) break;
        data.pdsaComment.push({ id: newId(), cycleId: id, authorId: authors[i % authors.length], text: texts[i % texts.length], createdAt: at });
      }
    }
    records.push({ id, state: plan.state, decision, idea: template.idea, startedAt, completedAt });
  }
  return records;
}

/** Huddle-board ideas: a few new or parked ones, plus the change ideas being tested or adopted, linked to their cycles. */
export function addIdeas(data: DemoData, newId: () => string, rng: Rng, context: CycleContext, cycles: CycleRecord[]): void {
  const { spec, now } = context;
  const authors = [context.contactId, ...context.memberIds];
  let position = 0;
  const push = (text: string, status: "NEW" | "TESTING" | "ADOPTED" | "PARKED", cycleId: string | null, daysAgo: number) => {
    data.idea.push({ id: newId(), teamId: context.teamId, text, status, cycleId, position: position++, createdById: rng.pick(authors), createdAt: addDays(now, -daysAgo) });
  };
  const open = cycles.filter((cycle) => cycle.state === "DO" || cycle.state === "STUDY");
  for (const cycle of open.slice(0, 2)) push(cycle.idea, "TESTING", cycle.id, rng.int(20, 60));
  const adopted = cycles.find((cycle) => cycle.state === "DONE" && cycle.decision === "ADOPT");
  if (adopted) push(adopted.idea, "ADOPTED", adopted.id, rng.int(120, 300));
  const texts = rng.shuffle(spec.ideaBoard);
  const extra = rng.int(2, 4);
  for (let i = 0; i < extra; i++) push(texts[i], i === extra - 1 && rng.chance(0.6) ? "PARKED" : "NEW", null, rng.int(2, 90));
}
