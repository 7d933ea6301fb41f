import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { refreshMeasureSummaries } from "@/lib/summaries/store";
import { archiveRefusal, measureEditRefusal } from "./rules";
import type { ArchiveMeasureInput, CreateSharedMeasureInput, CreateTeamMeasureInput, MeasureFields, UpdateMeasureInput } from "./schema";

function definitionData(input: MeasureFields) {
  return {
    name: input.name,
    type: input.type,
    compassPoint: input.compassPoint,
    operationalDefinition: input.operationalDefinition,
    numeratorDefinition: input.numeratorDefinition,
    denominatorDefinition: input.denominatorDefinition,
    kind: input.kind,
    multiplier: input.multiplier,
    unit: input.unit,
    frequency: input.frequency,
    direction: input.direction,
    goal: input.goal,
    defaultChart: input.defaultChart,
  };
}

async function nextPosition(tx: DbTransaction, owner: { collaborativeId: string } | { teamId: string }) {
  const last = await tx.measure.aggregate({ where: owner, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** A shared measure of a collaborative: every team of it sees and reports it. */
export async function createSharedMeasure(tx: DbTransaction, actorId: string, input: CreateSharedMeasureInput) {
  const measure = await tx.measure.create({
    data: { ...definitionData(input), collaborativeId: input.collaborativeId, position: await nextPosition(tx, { collaborativeId: input.collaborativeId }) },
  });
  await recordAudit(tx, { actorId, action: "measure.create", entityType: "Measure", entityId: measure.id, collaborativeId: input.collaborativeId, after: measure });
  return { id: measure.id };
}

/** A team's own measure, alongside the shared ones. */
export async function createTeamMeasure(tx: DbTransaction, actorId: string, input: CreateTeamMeasureInput) {
  const team = await tx.team.findUniqueOrThrow({ where: { id: input.teamId }, select: { collaborativeId: true } });
  const measure = await tx.measure.create({
    data: { ...definitionData(input), teamId: input.teamId, position: await nextPosition(tx, { teamId: input.teamId }) },
  });
  await recordAudit(tx, {
    actorId,
    action: "measure.create",
    entityType: "Measure",
    entityId: measure.id,
    teamId: input.teamId,
    collaborativeId: team.collaborativeId,
    after: measure,
  });
  return { id: measure.id };
}

/** Edits a definition; kind and frequency are fixed once measurements exist (rules.ts). */
export async function updateMeasure(tx: DbTransaction, actorId: string, input: UpdateMeasureInput) {
  const before = await tx.measure.findUniqueOrThrow({ where: { id: input.measureId } });
  const refusal = measureEditRefusal(before, input, await tx.measurement.count({ where: { measureId: before.id } }));
  if (refusal) fail({ code: "RULE_VIOLATION", rule: refusal });
  const after = await tx.measure.update({ where: { id: before.id }, data: definitionData(input) });
  await recordAudit(tx, {
    actorId,
    action: "measure.update",
    entityType: "Measure",
    entityId: before.id,
    teamId: before.teamId,
    collaborativeId: before.collaborativeId,
    before,
    after,
  });
  await refreshMeasureSummaries(tx, before.id);
  return { id: after.id };
}

/** Archives a measure: no longer offered for new data; its measurements stay. */
export async function archiveMeasure(tx: DbTransaction, actorId: string, input: ArchiveMeasureInput) {
  const before = await tx.measure.findUniqueOrThrow({ where: { id: input.measureId } });
  const refusal = archiveRefusal(before);
  if (refusal) fail({ code: "RULE_VIOLATION", rule: refusal });
  const after = await tx.measure.update({ where: { id: before.id }, data: { archivedAt: new Date() } });
  await recordAudit(tx, {
    actorId,
    action: "measure.archive",
    entityType: "Measure",
    entityId: before.id,
    teamId: before.teamId,
    collaborativeId: before.collaborativeId,
    before: { archivedAt: null },
    after: { archivedAt: after.archivedAt },
  });
  return { id: after.id };
}
