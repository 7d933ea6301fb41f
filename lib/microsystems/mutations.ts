import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { profileSaveRefusal } from "./rules";
import type { CreateMicrosystemInput, SaveProfileInput, UpdateMicrosystemInput } from "./schema";

async function requireOrganisation(tx: DbTransaction, organisationId: string) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { archivedAt: true } });
  if (!organisation || organisation.archivedAt) fail({ code: "VALIDATION", fieldErrors: { organisationId: ["invalid"] } });
}

export async function createMicrosystem(tx: DbTransaction, actorId: string, input: CreateMicrosystemInput) {
  await requireOrganisation(tx, input.organisationId);
  const microsystem = await tx.microsystem.create({ data: input });
  await recordAudit(tx, { actorId, action: "microsystem.create", entityType: "Microsystem", entityId: microsystem.id, after: microsystem });
  return { id: microsystem.id };
}

export async function updateMicrosystem(tx: DbTransaction, actorId: string, input: UpdateMicrosystemInput) {
  const before = await tx.microsystem.findUniqueOrThrow({ where: { id: input.microsystemId } });
  if (before.organisationId !== input.organisationId) await requireOrganisation(tx, input.organisationId);
  const after = await tx.microsystem.update({
    where: { id: before.id },
    data: { name: input.name, kind: input.kind, organisationId: input.organisationId },
  });
  await recordAudit(tx, { actorId, action: "microsystem.update", entityType: "Microsystem", entityId: before.id, before, after });
  return { id: after.id };
}

/** Adds a dated version of the 5P profile; earlier versions are never overwritten (PRODUCT.md §2). */
export async function saveProfile(tx: DbTransaction, actorId: string, input: SaveProfileInput) {
  const latest = await tx.microsystemProfile.findFirst({
    where: { microsystemId: input.microsystemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, purpose: true, patients: true, professionals: true, processes: true, patterns: true },
  });
  const refusal = profileSaveRefusal(latest, input);
  if (refusal) fail({ code: "RULE_VIOLATION", rule: refusal });
  const profile = await tx.microsystemProfile.create({
    data: {
      microsystemId: input.microsystemId,
      purpose: input.purpose,
      patients: input.patients,
      professionals: input.professionals,
      processes: input.processes,
      patterns: input.patterns,
      createdById: actorId,
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "microsystem.saveProfile",
    entityType: "MicrosystemProfile",
    entityId: profile.id,
    before: latest ?? undefined,
    after: profile,
  });
  return { id: profile.id };
}
