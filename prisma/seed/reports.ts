// Monthly action-period reports (one per team and month, submitted by the contact person early in
// the following month) and the secretariat's IHI assessment scores (1.0–5.0 in steps of 0.5),
// which rise over time for the teams that improve. A few months are missing; one or two teams
// have not yet submitted last month's report (overdue); the latest reports are not all scored yet.
import { addDays, addHours, monthsBetween, startOfIsoWeek, startOfUtcMonth, utcDate } from "./dates";
import type { CycleRecord } from "./cycles";
import type { Rng } from "./random";
import type { CollaborativeSpec, DemoData, TeamSpec } from "./types";

export type ReportContext = {
  spec: CollaborativeSpec;
  team: TeamSpec;
  teamId: string;
  teamStart: Date;
  now: Date;
  contactId: string;
  assessorId: string;
  cycles: CycleRecord[];
  /** The team's measures with their frequency and the first period it should have data for. */
  measures: { id: string; frequency: "WEEKLY" | "MONTHLY"; from: Date }[];
};

/** The IHI score a team would get `month` months after its start. */
export function scoreFor(team: TeamSpec, month: number): number {
  const shiftMonth = team.shiftWeeks / 4.35;
  if (month < 2) return 1.5;
  if (team.improving) {
    if (month < shiftMonth - 2) return 2.0;
    if (month < shiftMonth + 1) return 2.5;
    if (month < shiftMonth + 3) return 3.0;
    if (month < shiftMonth + 6) return 3.5;
    if (month < shiftMonth + 11) return 4.0;
    return 4.5;
  }
  if (month < 7) return 2.0;
  return 2.5;
}

export function addReports(data: DemoData, newId: () => string, rng: Rng, context: ReportContext): void {
  const { spec, team, now } = context;
  const present = new Set(
    data.measurement.filter((row) => row.teamId === context.teamId).map((row) => `${row.measureId}|${new Date(row.periodStart).getTime()}`),
  );
  const firstMonth = startOfUtcMonth(context.teamStart);
  const currentMonth = startOfUtcMonth(now);
  const months = monthsBetween(firstMonth, currentMonth);
  for (let index = 0; index < months; index++) {
    const month = utcDate(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + index, 1);
    const following = utcDate(month.getUTCFullYear(), month.getUTCMonth() + 1, 1);
    const isLast = index === months - 1;
    if (isLast && team.reportOverdue) continue;
    if (!isLast && index > 0 && rng.chance(0.06)) continue;
    const submittedAt = addHours(addDays(following, rng.int(1, 8)), rng.int(7, 14));
    if (submittedAt.getTime() > now.getTime()) continue;

    let expected = 0;
    let found = 0;
    for (const measure of context.measures) {
      const first = measure.frequency === "WEEKLY" ? startOfIsoWeek(measure.from) : startOfUtcMonth(measure.from);
      const periods: Date[] = [];
      if (measure.frequency === "MONTHLY") periods.push(month);
      else for (let week = startOfIsoWeek(addDays(month, 6)); week < following; week = addDays(week, 7)) periods.push(week);
      for (const period of periods) {
        if (period < first) continue;
        expected++;
        if (present.has(`${measure.id}|${period.getTime()}`)) found++;
      }
    }
    const completed = context.cycles.filter((cycle) => cycle.state === "DONE" && cycle.completedAt && cycle.completedAt >= month && cycle.completedAt < following).length;
    const completeness = expected === 0 ? 1 : Math.round((found / expected) * 100) / 100;
    const late = index >= 6;
    const texts = spec.reportTexts;
    const reportId = newId();
    data.actionPeriodReport.push({
      id: reportId,
      teamId: context.teamId,
      month,
      snapshot: JSON.stringify({ cyclesCompleted: completed, completeness }),
      wentWell: rng.pick(late && (team.improving || rng.chance(0.3)) ? texts.wentWellLate : texts.wentWellEarly),
      barriers: rng.chance(0.8) ? rng.pick(texts.barriers) : "",
      helpNeeded: rng.pick(texts.helpNeeded),
      submittedById: context.contactId,
      submittedAt,
    });

    const assessedAt = addHours(submittedAt, 24 * rng.int(2, 9));
    if (assessedAt.getTime() > now.getTime()) continue;
    const score = scoreFor(team, index);
    const band = score <= 2 ? "low" : score <= 3 ? "middle" : "high";
    data.assessment.push({
      id: newId(),
      teamId: context.teamId,
      reportId,
      month,
      score,
      comment: rng.pick(spec.assessmentComments[band]),
      assessedById: context.assessorId,
      createdAt: assessedAt,
    });
  }
}
