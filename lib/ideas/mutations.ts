import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { planIdeaMove, type IdeaStatus } from "./rules";

type Actor = { id: string };

/** Posts an idea to the team's board as NEW, at the top of its column. */
export async function postIdea(tx: DbTransaction, actor: Actor, input: { teamId: string; text: string }) {
  const last = await tx.idea.aggregate({ where: { teamId: input.teamId }, _max: { position: true } });
  const idea = await tx.idea.create({
    data: { teamId: input.teamId, text: input.text, status: "NEW", position: (last._max.position ?? 0) + 1, createdById: actor.id },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "idea.post",
    entityType: "Idea",
    entityId: idea.id,
    teamId: input.teamId,
    after: { text: idea.text, status: idea.status },
  });
  return { ideaId: idea.id };
}

/** Moves an idea between the board's columns (rules.ts), optionally linking a PDSA cycle. */
export async function moveIdea(tx: DbTransaction, actor: Actor, input: { ideaId: string; status: IdeaStatus; cycleId: string | null }) {
  const idea = await tx.idea.findUnique({ where: { id: input.ideaId }, select: { id: true, teamId: true, status: true, cycleId: true } });
  if (!idea) fail({ code: "NOT_FOUND" });
  const cycle = input.cycleId ? await tx.pdsaCycle.findUnique({ where: { id: input.cycleId }, select: { id: true, teamId: true } }) : null;
  if (input.cycleId && !cycle) fail({ code: "RULE_VIOLATION", rule: "cycleOfOtherTeam" });
  const plan = planIdeaMove(idea, input.status, cycle);
  if (!plan.ok) fail({ code: "RULE_VIOLATION", rule: plan.rule });
  await tx.idea.update({ where: { id: idea.id }, data: { status: input.status, cycleId: plan.cycleId } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "idea.move",
    entityType: "Idea",
    entityId: idea.id,
    teamId: idea.teamId,
    before: { status: idea.status, cycleId: idea.cycleId },
    after: { status: input.status, cycleId: plan.cycleId },
  });
  return { ideaId: idea.id, status: input.status };
}
