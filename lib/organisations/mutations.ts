import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import {
  ACTIVE_TEAM_STATUSES,
  archiveRefusal,
  isNameTakenAmongSiblings,
  isSameCountry,
  kindFitsUnder,
  wouldCreateCycle,
} from "./rules";
import type { ArchiveOrganisationInput, CreateOrganisationInput, MoveOrganisationInput, RenameOrganisationInput } from "./schema";

const RULE = (rule: string) => `organisation.${rule}`;

async function loadActive(tx: DbTransaction, organisationId: string) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation) fail({ code: "NOT_FOUND" });
  if (organisation.archivedAt) fail({ code: "RULE_VIOLATION", rule: RULE("archived") });
  return organisation;
}

async function loadParent(tx: DbTransaction, parentId: string | null) {
  if (!parentId) return null;
  const parent = await tx.organisation.findUnique({ where: { id: parentId } });
  if (!parent) fail({ code: "VALIDATION", fieldErrors: { parentId: ["invalid"] } });
  if (parent.archivedAt) fail({ code: "RULE_VIOLATION", rule: RULE("parentArchived") });
  return parent;
}

async function assertNameFree(tx: DbTransaction, name: string, parentId: string | null, exceptId?: string) {
  const siblings = await tx.organisation.findMany({
    where: { parentId, archivedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (isNameTakenAmongSiblings(name, siblings.map((sibling) => sibling.name))) fail({ code: "RULE_VIOLATION", rule: RULE("nameTaken") });
}

const snapshot = (o: { name: string; kind: string; parentId: string | null; country: string; archivedAt: Date | null }) => ({
  name: o.name,
  kind: o.kind,
  parentId: o.parentId,
  country: o.country,
  archivedAt: o.archivedAt?.toISOString() ?? null,
});

/** Adds an organisation where its kind fits (rules.kindFitsUnder), with a name free among its siblings. */
export async function createOrganisation(tx: DbTransaction, actorId: string, input: CreateOrganisationInput) {
  const parent = await loadParent(tx, input.parentId);
  if (!kindFitsUnder(input.kind, parent?.kind ?? null)) fail({ code: "RULE_VIOLATION", rule: RULE("kindMismatch") });
  await assertNameFree(tx, input.name, parent?.id ?? null);
  const organisation = await tx.organisation.create({
    data: { name: input.name, kind: input.kind, parentId: parent?.id ?? null, country: parent?.country ?? input.country },
  });
  await recordAudit(tx, { actorId, action: "organisation.create", entityType: "Organisation", entityId: organisation.id, after: snapshot(organisation) });
  // The name as stored (trimmed), for the form's confirmation.
  return { organisationId: organisation.id, name: organisation.name };
}

export async function renameOrganisation(tx: DbTransaction, actorId: string, input: RenameOrganisationInput) {
  const organisation = await loadActive(tx, input.organisationId);
  await assertNameFree(tx, input.name, organisation.parentId, organisation.id);
  const updated = await tx.organisation.update({ where: { id: organisation.id }, data: { name: input.name } });
  await recordAudit(tx, {
    actorId,
    action: "organisation.rename",
    entityType: "Organisation",
    entityId: organisation.id,
    before: { name: organisation.name },
    after: { name: updated.name },
  });
  return { organisationId: organisation.id };
}

/** Moves an organisation (with its subtree) under a new parent: kind must fit, no cycle, same country. */
export async function moveOrganisation(tx: DbTransaction, actorId: string, input: MoveOrganisationInput) {
  const organisation = await loadActive(tx, input.organisationId);
  const parent = await loadParent(tx, input.parentId);
  const all = await tx.organisation.findMany({ select: { id: true, parentId: true } });
  if (wouldCreateCycle(organisation.id, parent?.id ?? null, new Map(all.map((o) => [o.id, o.parentId])))) {
    fail({ code: "RULE_VIOLATION", rule: RULE("cycle") });
  }
  if (!kindFitsUnder(organisation.kind, parent?.kind ?? null)) fail({ code: "RULE_VIOLATION", rule: RULE("kindMismatch") });
  if (!isSameCountry(organisation.country, parent?.country ?? null)) fail({ code: "RULE_VIOLATION", rule: RULE("otherCountry") });
  await assertNameFree(tx, organisation.name, parent?.id ?? null, organisation.id);
  await tx.organisation.update({ where: { id: organisation.id }, data: { parentId: parent?.id ?? null } });
  await recordAudit(tx, {
    actorId,
    action: "organisation.move",
    entityType: "Organisation",
    entityId: organisation.id,
    before: { parentId: organisation.parentId },
    after: { parentId: parent?.id ?? null },
  });
  return { organisationId: organisation.id };
}

/** Archives one organisation; refused while it has active children or units in enrolled/active teams. */
export async function archiveOrganisation(tx: DbTransaction, actorId: string, input: ArchiveOrganisationInput) {
  const organisation = await loadActive(tx, input.organisationId);
  const [activeChildren, microsystemsInActiveTeams] = await Promise.all([
    tx.organisation.count({ where: { parentId: organisation.id, archivedAt: null } }),
    tx.microsystem.count({
      where: { organisationId: organisation.id, archivedAt: null, teams: { some: { status: { in: [...ACTIVE_TEAM_STATUSES] } } } },
    }),
  ]);
  const refusal = archiveRefusal({ activeChildren, microsystemsInActiveTeams });
  if (refusal) fail({ code: "RULE_VIOLATION", rule: RULE(refusal) });
  const updated = await tx.organisation.update({ where: { id: organisation.id }, data: { archivedAt: new Date() } });
  await recordAudit(tx, {
    actorId,
    action: "organisation.archive",
    entityType: "Organisation",
    entityId: organisation.id,
    before: snapshot(organisation),
    after: snapshot(updated),
  });
  return { organisationId: organisation.id };
}
