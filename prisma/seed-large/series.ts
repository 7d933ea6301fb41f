// A team's weekly series of every shared measure: proportions, rates and counts by the demo's own
// generator (prisma/seed/measurements.ts: binomial and Poisson draws, seasons, improvement steps,
// redrawn until the run chart tells the team's story), the days-between lead time drawn here.
import { addDays, DAY_MS } from "../seed/dates";
import { addSeries, defaultSteps, periodsBetween, runChartVerdict } from "../seed/measurements";
import type { Rng } from "../seed/random";
import type { DemoData } from "../seed/types";
import type { DaysBetweenSpec, LargeMeasureSpec } from "./measures";
import type { LargeTeam } from "./teams";

export type SharedMeasure = { id: string; spec: LargeMeasureSpec };

/** Adds the team's measurements of every shared measure to data.measurement. */
export function addTeamSeries(data: DemoData, newId: () => string, rng: Rng, team: LargeTeam, measures: SharedMeasure[], now: Date): void {
  for (const measure of measures) {
    const { spec } = measure;
    if (spec.kind === "DAYS_BETWEEN") {
      addDaysBetweenSeries(data, newId, rng, team, measure.id, spec, now);
      continue;
    }
    addSeries(data, newId, rng, {
      spec,
      measureId: measure.id,
      team: team.spec,
      teamId: team.id,
      teamStart: team.start,
      from: team.start,
      now,
      language: "da",
      createdById: team.contactId,
      missing: team.missing,
    });
  }
}

/** Median days in the week, in half days; falls in steps after the team's change when it improves. */
function addDaysBetweenSeries(data: DemoData, newId: () => string, rng: Rng, team: LargeTeam, measureId: string, spec: DaysBetweenSpec, now: Date): void {
  const periods = periodsBetween("WEEKLY", team.start, now).filter((period) => !team.missing(period));
  const teamFactor = Math.max(0.6, 1 + rng.normal(0, spec.sim.spread));
  const base = spec.sim.base * teamFactor;
  const improved = spec.sim.improved * (1 + (teamFactor - 1) / 2);
  const steps = defaultSteps("WEEKLY", team.spec.shiftWeeks);
  const levelAt = (period: Date) => {
    if (!team.spec.improving) return base;
    const weeks = (period.getTime() + 3.5 * DAY_MS - team.start.getTime()) / (7 * DAY_MS);
    const effect = steps.reduce((sum, step) => sum + step.weight * Math.min(1, Math.max(0, (weeks - step.atWeeks) / 6)), 0);
    return base + (improved - base) * effect;
  };
  const expected = team.spec.improving ? "improving" : "no-signal";
  let values: number[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    values = periods.map((period) => Math.max(0.5, Math.round(rng.normal(levelAt(period), levelAt(period) * 0.3) * 2) / 2));
    const verdict = runChartVerdict(values, spec.direction);
    if (verdict === expected || (expected === "no-signal" && verdict !== "deteriorating" && attempt >= 20)) break;
  }
  periods.forEach((period, i) => {
    const enteredAt = addDays(period, 8 + rng.int(0, 2));
    data.measurement.push({
      id: newId(),
      measureId,
      teamId: team.id,
      periodStart: period,
      numerator: values[i],
      denominator: null,
      note: "",
      createdById: team.contactId,
      createdAt: enteredAt.getTime() > now.getTime() ? now : enteredAt,
    });
  });
}
