import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import type { CreateAnnotationInput, DeleteAnnotationInput } from "./schema";

/** Creates an annotation; a measure must be one the team works with (its collaborative's or its own). */
export async function createAnnotation(tx: DbTransaction, actorId: string, input: CreateAnnotationInput) {
  const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, collaborativeId: true } });
  if (!team) fail({ code: "NOT_FOUND" });
  if (input.measureId) {
    const measure = await tx.measure.findFirst({
      where: { id: input.measureId, OR: [{ collaborativeId: team.collaborativeId }, { teamId: team.id }] },
      select: { id: true },
    });
    if (!measure) fail({ code: "NOT_FOUND" });
  }
  const annotation = await tx.annotation.create({
    data: { teamId: team.id, measureId: input.measureId, date: new Date(`${input.date}T00:00:00.000Z`), text: input.text, createdById: actorId },
  });
  await recordAudit(tx, {
    actorId,
    action: "annotation.create",
    entityType: "Annotation",
    entityId: annotation.id,
    teamId: team.id,
    collaborativeId: team.collaborativeId,
    after: { measureId: annotation.measureId, date: input.date, text: annotation.text },
  });
  return { id: annotation.id };
}

export async function deleteAnnotation(tx: DbTransaction, actorId: string, input: DeleteAnnotationInput) {
  const annotation = await tx.annotation.findUnique({ where: { id: input.annotationId }, include: { team: { select: { collaborativeId: true } } } });
  if (!annotation) fail({ code: "NOT_FOUND" });
  await tx.annotation.delete({ where: { id: annotation.id } });
  await recordAudit(tx, {
    actorId,
    action: "annotation.delete",
    entityType: "Annotation",
    entityId: annotation.id,
    teamId: annotation.teamId,
    collaborativeId: annotation.team.collaborativeId,
    before: { measureId: annotation.measureId, date: annotation.date.toISOString().slice(0, 10), text: annotation.text },
  });
  return { id: annotation.id };
}
