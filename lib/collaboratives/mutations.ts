import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import {
  addManagerScopeRefusal,
  addStaffRefusal,
  collaborativeStatusRefusal,
  datesRefusal,
  enrolmentRefusal,
  removeStaffRefusal,
  teamStatusRefusal,
  type CollaborativeRule,
} from "./rules";
import type {
  AddManagerScopeInput,
  ChangeTeamStatusInput,
  CreateCollaborativeInput,
  EnrolTeamInput,
  RemoveManagerScopeInput,
  StaffMemberInput,
  UpdateCollaborativeInput,
} from "./schema";

function refuse(rule: CollaborativeRule | null): void {
  if (rule) fail({ code: "RULE_VIOLATION", rule });
}

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

/** A new collaborative in PLANNING; a secretariat creator becomes its first staff member. */
export async function createCollaborative(tx: DbTransaction, actor: { id: string; role: string }, input: CreateCollaborativeInput) {
  refuse(datesRefusal(input.startDate, input.endDate));
  const collaborative = await tx.collaborative.create({
    data: {
      name: input.name,
      topic: input.topic,
      aim: input.aim,
      startDate: input.startDate,
      endDate: input.endDate,
      organisationId: input.organisationId,
      status: "PLANNING",
    },
  });
  if (actor.role === "SECRETARIAT") await tx.collaborativeStaff.create({ data: { collaborativeId: collaborative.id, userId: actor.id } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "collaborative.create",
    entityType: "Collaborative",
    entityId: collaborative.id,
    collaborativeId: collaborative.id,
    after: collaborative,
  });
  return { id: collaborative.id };
}

/** Details and status; the status only moves forwards and the end stays after the start. */
export async function updateCollaborative(tx: DbTransaction, actorId: string, input: UpdateCollaborativeInput) {
  const before = await tx.collaborative.findUniqueOrThrow({ where: { id: input.collaborativeId } });
  refuse(datesRefusal(input.startDate, input.endDate));
  refuse(collaborativeStatusRefusal(before.status, input.status));
  const after = await tx.collaborative.update({
    where: { id: input.collaborativeId },
    data: {
      name: input.name,
      topic: input.topic,
      aim: input.aim,
      startDate: input.startDate,
      endDate: input.endDate,
      organisationId: input.organisationId,
      status: input.status,
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "collaborative.update",
    entityType: "Collaborative",
    entityId: after.id,
    collaborativeId: after.id,
    before,
    after,
  });
  return { id: after.id };
}

/** Enrols a microsystem as a team (named after it unless named) with its contact person. */
export async function enrolTeam(tx: DbTransaction, actorId: string, input: EnrolTeamInput) {
  const microsystem = await tx.microsystem.findUnique({ where: { id: input.microsystemId }, select: { id: true, name: true, archivedAt: true } });
  if (!microsystem) fail({ code: "NOT_FOUND" });
  const contact = await tx.user.findFirst({
    where: input.contactUserId ? { id: input.contactUserId } : { email: input.contactEmail ?? "" },
    select: { id: true, deactivatedAt: true, role: true },
  });
  const existing = await tx.team.findUnique({
    where: { collaborativeId_microsystemId: { collaborativeId: input.collaborativeId, microsystemId: microsystem.id } },
    select: { id: true },
  });
  refuse(enrolmentRefusal({ alreadyEnrolled: existing !== null, microsystemArchived: microsystem.archivedAt !== null, contact }));
  let team;
  try {
    team = await tx.team.create({
      data: {
        collaborativeId: input.collaborativeId,
        microsystemId: microsystem.id,
        name: input.name || microsystem.name,
        status: "ENROLLED",
      },
    });
  } catch (error) {
    // Two secretaries enrolling the same microsystem at once: the unique index answers as the rule.
    if (isUniqueViolation(error)) fail({ code: "RULE_VIOLATION", rule: "microsystemAlreadyEnrolled" });
    throw error;
  }
  await tx.teamMember.create({ data: { teamId: team.id, userId: contact!.id, role: "CONTACT_PERSON" } });
  await recordAudit(tx, {
    actorId,
    action: "team.enrol",
    entityType: "Team",
    entityId: team.id,
    teamId: team.id,
    collaborativeId: input.collaborativeId,
    after: { ...team, contactPersonId: contact!.id },
  });
  return { id: team.id };
}

/** ENROLLED → ACTIVE → COMPLETED, or WITHDRAWN from ENROLLED or ACTIVE. */
export async function changeTeamStatus(tx: DbTransaction, actorId: string, input: ChangeTeamStatusInput) {
  const before = await tx.team.findUniqueOrThrow({ where: { id: input.teamId }, select: { id: true, status: true, collaborativeId: true, startDate: true } });
  refuse(teamStatusRefusal(before.status, input.status));
  const after = await tx.team.update({
    where: { id: input.teamId },
    data: { status: input.status, version: { increment: 1 }, ...(input.status === "ACTIVE" && !before.startDate ? { startDate: new Date() } : {}) },
    select: { id: true, status: true, startDate: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "team.changeStatus",
    entityType: "Team",
    entityId: before.id,
    teamId: before.id,
    collaborativeId: before.collaborativeId,
    before: { status: before.status },
    after: { status: after.status },
  });
  return { id: after.id, status: after.status };
}

export async function addStaff(tx: DbTransaction, actorId: string, input: StaffMemberInput) {
  const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, deactivatedAt: true } });
  if (!user) fail({ code: "RULE_VIOLATION", rule: "staffNotSecretariat" });
  const existing = await tx.collaborativeStaff.findUnique({ where: { collaborativeId_userId: input } });
  refuse(addStaffRefusal(user, existing !== null));
  await tx.collaborativeStaff.create({ data: input });
  await recordAudit(tx, {
    actorId,
    action: "collaborative.addStaff",
    entityType: "CollaborativeStaff",
    entityId: `${input.collaborativeId}:${input.userId}`,
    collaborativeId: input.collaborativeId,
    after: input,
  });
}

export async function removeStaff(tx: DbTransaction, actorId: string, input: StaffMemberInput) {
  const existing = await tx.collaborativeStaff.findUnique({ where: { collaborativeId_userId: input } });
  if (!existing) fail({ code: "NOT_FOUND" });
  refuse(removeStaffRefusal(await tx.collaborativeStaff.count({ where: { collaborativeId: input.collaborativeId } })));
  await tx.collaborativeStaff.delete({ where: { collaborativeId_userId: input } });
  await recordAudit(tx, {
    actorId,
    action: "collaborative.removeStaff",
    entityType: "CollaborativeStaff",
    entityId: `${input.collaborativeId}:${input.userId}`,
    collaborativeId: input.collaborativeId,
    before: input,
  });
}

export async function addManagerScope(tx: DbTransaction, actorId: string, input: AddManagerScopeInput) {
  const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, deactivatedAt: true } });
  if (!user) fail({ code: "RULE_VIOLATION", rule: "notManager" });
  const existing = await tx.managerScope.count({ where: { userId: input.userId, collaborativeId: input.collaborativeId } });
  refuse(addManagerScopeRefusal(user, existing > 0));
  const scope = await tx.managerScope.create({ data: { userId: input.userId, collaborativeId: input.collaborativeId } });
  await recordAudit(tx, {
    actorId,
    action: "collaborative.addManagerScope",
    entityType: "ManagerScope",
    entityId: scope.id,
    collaborativeId: input.collaborativeId,
    after: scope,
  });
  return { id: scope.id };
}

export async function removeManagerScope(tx: DbTransaction, actorId: string, input: RemoveManagerScopeInput) {
  const scope = await tx.managerScope.findUniqueOrThrow({ where: { id: input.scopeId } });
  await tx.managerScope.delete({ where: { id: scope.id } });
  await recordAudit(tx, {
    actorId,
    action: "collaborative.removeManagerScope",
    entityType: "ManagerScope",
    entityId: scope.id,
    collaborativeId: scope.collaborativeId,
    before: scope,
  });
}
