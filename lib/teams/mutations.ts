import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import { isTeamRole, type TeamRole } from "@/lib/authz/roles";
import type { DbTransaction } from "@/lib/db/client";
import { isStaleVersion, planAddMember, planRemoveMember, planRoleChange, type MemberRow } from "./rules";

type Actor = { id: string };

/** Saves the team's aim when nobody saved since the version the user read (else CONFLICT). */
export async function saveTeamAim(tx: DbTransaction, actor: Actor, input: { teamId: string; aim: string; version: number }) {
  const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { aim: true, version: true, collaborativeId: true } });
  if (!team) fail({ code: "NOT_FOUND" });
  if (isStaleVersion(input.version, team.version)) fail({ code: "CONFLICT" });
  // The version is part of the where clause, so two saves racing past the check cannot both win.
  const updated = await tx.team.updateMany({
    where: { id: input.teamId, version: input.version },
    data: { aim: input.aim, version: { increment: 1 } },
  });
  if (updated.count !== 1) fail({ code: "CONFLICT" });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "team.editAim",
    entityType: "Team",
    entityId: input.teamId,
    teamId: input.teamId,
    collaborativeId: team.collaborativeId,
    before: { aim: team.aim, version: team.version },
    after: { aim: input.aim, version: team.version + 1 },
  });
  return { version: team.version + 1 };
}

async function loadMembers(tx: DbTransaction, teamId: string): Promise<MemberRow[]> {
  const rows = await tx.teamMember.findMany({ where: { teamId }, select: { userId: true, role: true } });
  return rows.flatMap((row) => (isTeamRole(row.role) ? [{ userId: row.userId, role: row.role }] : []));
}

async function demote(tx: DbTransaction, actor: Actor, teamId: string, userIds: string[]) {
  for (const userId of userIds) {
    await tx.teamMember.update({ where: { teamId_userId: { teamId, userId } }, data: { role: "MEMBER" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "team.changeMemberRole",
      entityType: "TeamMember",
      entityId: `${teamId}:${userId}`,
      teamId,
      before: { role: "CONTACT_PERSON" },
      after: { role: "MEMBER" },
    });
  }
}

/** Adds an existing, active user to the team (refused: unknown e-mail, already a member, a manager, who writes nothing). */
export async function addTeamMember(tx: DbTransaction, actor: Actor, input: { teamId: string; email: string; role: TeamRole }) {
  const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, deactivatedAt: true } });
  if (!user || user.deactivatedAt) fail({ code: "RULE_VIOLATION", rule: "userNotFound" });
  if (user.role === "MANAGER") fail({ code: "RULE_VIOLATION", rule: "managerCannotJoin" });
  const plan = planAddMember(await loadMembers(tx, input.teamId), user.id, input.role);
  if (!plan.ok) fail({ code: "RULE_VIOLATION", rule: plan.rule });
  await demote(tx, actor, input.teamId, plan.value.demote);
  await tx.teamMember.create({ data: { teamId: input.teamId, userId: user.id, role: input.role } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "team.addMember",
    entityType: "TeamMember",
    entityId: `${input.teamId}:${user.id}`,
    teamId: input.teamId,
    after: { userId: user.id, role: input.role },
  });
  return { userId: user.id };
}

/** Changes a member's role; making someone contact person demotes the previous one. */
export async function changeTeamMemberRole(tx: DbTransaction, actor: Actor, input: { teamId: string; userId: string; role: TeamRole }) {
  const members = await loadMembers(tx, input.teamId);
  const plan = planRoleChange(members, input.userId, input.role);
  if (!plan.ok) fail(plan.rule === "notMember" ? { code: "NOT_FOUND" } : { code: "RULE_VIOLATION", rule: plan.rule });
  const before = members.find((member) => member.userId === input.userId)!;
  if (before.role === input.role) return { userId: input.userId };
  await demote(tx, actor, input.teamId, plan.value.demote);
  await tx.teamMember.update({ where: { teamId_userId: { teamId: input.teamId, userId: input.userId } }, data: { role: input.role } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "team.changeMemberRole",
    entityType: "TeamMember",
    entityId: `${input.teamId}:${input.userId}`,
    teamId: input.teamId,
    before: { role: before.role },
    after: { role: input.role },
  });
  return { userId: input.userId };
}

/** Removes a member who is not the contact person. */
export async function removeTeamMember(tx: DbTransaction, actor: Actor, input: { teamId: string; userId: string }) {
  const members = await loadMembers(tx, input.teamId);
  const plan = planRemoveMember(members, input.userId);
  if (!plan.ok) fail(plan.rule === "notMember" ? { code: "NOT_FOUND" } : { code: "RULE_VIOLATION", rule: plan.rule });
  const before = members.find((member) => member.userId === input.userId)!;
  await tx.teamMember.delete({ where: { teamId_userId: { teamId: input.teamId, userId: input.userId } } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "team.removeMember",
    entityType: "TeamMember",
    entityId: `${input.teamId}:${input.userId}`,
    teamId: input.teamId,
    before: { userId: input.userId, role: before.role },
  });
  return { userId: input.userId };
}
