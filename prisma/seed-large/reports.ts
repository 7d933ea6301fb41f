// Monthly action-period reports for every team-month (a few missed, some teams overdue with last
// month's) and the secretariat's IHI scores of them, rising for the teams that improve (the demo's
// scoreFor), with some noise; a report is scored 2–9 days after it came in, so early in a month the
// latest ones are not scored yet.
import { addDays, addHours, monthsBetween, startOfIsoWeek, startOfUtcMonth, utcDate } from "../seed/dates";
import type { Rng } from "../seed/random";
import { scoreFor } from "../seed/reports";
import type { DemoData } from "../seed/types";
import type { LargeTeam } from "./teams";

const WENT_WELL = [
  "Tavlemødet er blevet fast, og alle kender målingerne.",
  "Vi har fået nattevagterne med i afprøvningerne.",
  "Færre fald på afsnittet, og personalet kan se det på kurven.",
  "Medicinafstemningen er nu en del af ankomstsamtalen.",
  "Godt samarbejde med terapeuterne om mobilisering.",
];
const BARRIERS = ["Mange vikarer i ferieperioden.", "Travlhed og overbelægning.", "Registreringen bliver glemt i weekenden.", "Svært at samle teamet til møder."];
const HELP_NEEDED = ["Sparring om næste skala for afprøvningen.", "Hjælp til at læse seriediagrammet.", "Ingen lige nu.", "Ideer til at fastholde det, der virker."];
const COMMENTS = { low: ["Kom godt i gang med de første afprøvninger."], middle: ["Flere afprøvninger og de første forbedringer."], high: ["Forbedringen holder; tænk på spredning til de andre afsnit."] };

function weeksOfMonth(month: Date, following: Date): Date[] {
  const weeks: Date[] = [];
  for (let week = startOfIsoWeek(addDays(month, 6)); week < following; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** Adds the team's reports and assessments up to last month; `completedCycles` are the dates its cycles were done. */
export function addTeamReports(data: DemoData, newId: () => string, rng: Rng, team: LargeTeam, completedCycles: Date[], assessorId: string, now: Date): void {
  const firstMonth = startOfUtcMonth(team.start);
  const months = monthsBetween(firstMonth, startOfUtcMonth(now));
  const firstWeek = startOfIsoWeek(team.start).getTime();
  for (let index = 0; index < months; index++) {
    const month = utcDate(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + index, 1);
    const following = utcDate(month.getUTCFullYear(), month.getUTCMonth() + 1, 1);
    const isLast = index === months - 1;
    if (isLast && team.spec.reportOverdue) continue;
    if (!isLast && index > 0 && rng.chance(0.03)) continue;
    const submittedAt = addHours(addDays(following, rng.int(1, 8)), rng.int(7, 14));
    if (submittedAt.getTime() > now.getTime()) continue;
    const weeks = weeksOfMonth(month, following).filter((week) => week.getTime() >= firstWeek && week.getTime() < now.getTime());
    const present = weeks.filter((week) => !team.missing(week)).length;
    const completeness = weeks.length === 0 ? 1 : Math.round((present / weeks.length) * 100) / 100;
    const cyclesCompleted = completedCycles.filter((date) => date >= month && date < following).length;
    const reportId = newId();
    data.actionPeriodReport.push({
      id: reportId,
      teamId: team.id,
      month,
      snapshot: JSON.stringify({ cyclesCompleted, completeness }),
      wentWell: rng.pick(WENT_WELL),
      barriers: rng.chance(0.8) ? rng.pick(BARRIERS) : "",
      helpNeeded: rng.pick(HELP_NEEDED),
      submittedById: team.contactId,
      submittedAt,
    });
    const assessedAt = addHours(submittedAt, 24 * rng.int(2, 9));
    if (assessedAt.getTime() > now.getTime()) continue;
    const noise = rng.chance(0.15) ? rng.pick([-0.5, 0.5]) : 0;
    const score = Math.min(5, Math.max(1, scoreFor(team.spec, index) + noise));
    data.assessment.push({
      id: newId(),
      teamId: team.id,
      reportId,
      month,
      score,
      comment: rng.pick(COMMENTS[score <= 2 ? "low" : score <= 3 ? "middle" : "high"]),
      assessedById: assessorId,
      createdAt: assessedAt,
    });
  }
}
