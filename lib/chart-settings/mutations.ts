import "server-only";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { refreshTeamMeasureSummaries } from "@/lib/summaries/store";
import { parsePhaseSplits } from "@/lib/measures/chart-kind";
import { chartSettingsRuleViolation, formatPhaseSplits } from "./rules";
import type { SaveChartSettingsInput } from "./schema";

/**
 * Saves a team's frozen baseline and phase splits for a measure the team works with (its
 * collaborative's shared measure or its own; any other measure answers NOT_FOUND). Keeps the chart kind.
 */
export async function saveChartSettings(tx: DbTransaction, actorId: string, input: SaveChartSettingsInput) {
  const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, collaborativeId: true } });
  if (!team) fail({ code: "NOT_FOUND" });
  const measure = await tx.measure.findFirst({
    where: { id: input.measureId, archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId: team.id }] },
    select: { id: true },
  });
  if (!measure) fail({ code: "NOT_FOUND" });

  const rule = chartSettingsRuleViolation(input);
  if (rule) fail({ code: "RULE_VIOLATION", rule });

  const where = { teamId_measureId: { teamId: team.id, measureId: measure.id } };
  const existing = await tx.teamMeasureSetting.findUnique({ where, select: { baselineCount: true, phaseSplits: true } });
  const phaseSplits = formatPhaseSplits(input.phaseSplits);
  await tx.teamMeasureSetting.upsert({
    where,
    create: { teamId: team.id, measureId: measure.id, baselineCount: input.baselineCount, phaseSplits },
    update: { baselineCount: input.baselineCount, phaseSplits },
  });
  await recordAudit(tx, {
    actorId,
    action: "chartSettings.save",
    entityType: "TeamMeasureSetting",
    entityId: `${team.id}:${measure.id}`,
    teamId: team.id,
    collaborativeId: team.collaborativeId,
    before: existing ? { baselineCount: existing.baselineCount, phaseSplits: parsePhaseSplits(existing.phaseSplits) } : undefined,
    after: { measureId: measure.id, baselineCount: input.baselineCount, phaseSplits: input.phaseSplits },
  });
  await refreshTeamMeasureSummaries(tx, team.id, [measure.id]);
  return { teamId: team.id, measureId: measure.id, baselineCount: input.baselineCount, phaseSplits: input.phaseSplits };
}
