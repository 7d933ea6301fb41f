import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { checkSubmit, parseMonthKey } from "./rules";
import { buildReportSnapshot } from "./snapshot";

type Actor = { id: string };

/**
 * Submits the team's report for a month with its snapshot frozen at submission. One report per
 * team and month (rules.ts): a second one is refused, never merged.
 */
export async function submitReport(
  tx: DbTransaction,
  actor: Actor,
  input: { teamId: string; month: string; wentWell: string; barriers: string; helpNeeded: string },
  now: Date = new Date(),
) {
  const month = parseMonthKey(input.month);
  if (!month) fail({ code: "VALIDATION", fieldErrors: { month: ["invalid"] } });
  const team = await tx.team.findUnique({
    where: { id: input.teamId },
    select: { id: true, collaborativeId: true, startDate: true, collaborative: { select: { startDate: true } } },
  });
  if (!team) fail({ code: "NOT_FOUND" });
  const existing = await tx.actionPeriodReport.findUnique({ where: { teamId_month: { teamId: team.id, month } }, select: { id: true } });
  const check = checkSubmit(month, team.startDate ?? team.collaborative.startDate, now, existing !== null);
  if (!check.ok) fail({ code: "RULE_VIOLATION", rule: check.rule });
  const snapshot = await buildReportSnapshot(tx, team.id, month);
  const report = await tx.actionPeriodReport.create({
    data: {
      teamId: team.id,
      month,
      snapshot: JSON.stringify(snapshot),
      wentWell: input.wentWell,
      barriers: input.barriers,
      helpNeeded: input.helpNeeded,
      submittedById: actor.id,
      submittedAt: now,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "report.submit",
    entityType: "ActionPeriodReport",
    entityId: report.id,
    teamId: team.id,
    collaborativeId: team.collaborativeId,
    after: { month: input.month, wentWell: report.wentWell, barriers: report.barriers, helpNeeded: report.helpNeeded, snapshot },
  });
  return { reportId: report.id };
}

/** Scores a submitted report on the IHI scale; scoring again updates the one assessment of the team and month. */
export async function scoreReport(tx: DbTransaction, actor: Actor, input: { reportId: string; score: number; comment: string }) {
  const report = await tx.actionPeriodReport.findUnique({
    where: { id: input.reportId },
    select: { id: true, teamId: true, month: true, team: { select: { collaborativeId: true } } },
  });
  if (!report) fail({ code: "NOT_FOUND" });
  const key = { teamId_month: { teamId: report.teamId, month: report.month } };
  const before = await tx.assessment.findUnique({ where: key, select: { id: true, score: true, comment: true, reportId: true } });
  const data = { reportId: report.id, score: input.score, comment: input.comment, assessedById: actor.id };
  const assessment = before
    ? await tx.assessment.update({ where: { id: before.id }, data })
    : await tx.assessment.create({ data: { ...data, teamId: report.teamId, month: report.month } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "assessment.write",
    entityType: "Assessment",
    entityId: assessment.id,
    teamId: report.teamId,
    collaborativeId: report.team.collaborativeId,
    before: before ? { score: before.score, comment: before.comment } : undefined,
    after: { score: assessment.score, comment: assessment.comment, reportId: report.id },
  });
  return { assessmentId: assessment.id };
}
