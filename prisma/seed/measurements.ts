// Measurement series: periods aligned to the measure's frequency (ISO week Monday or first of the
// month, UTC midnight; none after `now`'s current period), binomial and Poisson draws around a level
// that shifts after the team's changes take effect. Weekly (process) measures improve in two steps,
// monthly (outcome) measures in one later step, so that the latest stretch of an improving team is
// a long run on the good side of the median. Each series is drawn again until the project's own
// run-chart verdict (lib/spc: Anhøj rules, median of all points) is what the story says: improving,
// deteriorating or no signal.
import { runChart, summarise, type Verdict } from "../../lib/spc";
import { addDays, DAY_MS, daysInUtcMonth, isoWeekNumber, startOfIsoWeek, startOfUtcMonth, utcDate } from "./dates";
import type { Rng } from "./random";
import type { DemoData, Language, MeasureSpec, Step, TeamSpec } from "./types";

/** Weeks between the first and the second step of a weekly measure's improvement. */
export const SECOND_STEP_WEEKS = 30;
/** Weeks after the team's shift at which its monthly (outcome) measures change. */
export const MONTHLY_LAG_WEEKS = 20;

/** The default improvement (or deterioration) curve of a measure for a team that shifts at `shiftWeeks`. */
export function defaultSteps(frequency: "WEEKLY" | "MONTHLY", shiftWeeks: number): Step[] {
  return frequency === "WEEKLY"
    ? [{ atWeeks: shiftWeeks, weight: 0.6 }, { atWeeks: shiftWeeks + SECOND_STEP_WEEKS, weight: 0.4 }]
    : [{ atWeeks: shiftWeeks + MONTHLY_LAG_WEEKS, weight: 1 }];
}

/** The verdict of the run chart of `values` (median of all points, Anhøj rules), as the app shows it. */
export function runChartVerdict(values: number[], direction: "UP" | "DOWN"): Verdict {
  return summarise(runChart(values), direction === "UP" ? "up" : "down").verdict;
}

/** Period starts from the period containing `from` up to, not including, the period containing `until`. */
export function periodsBetween(frequency: "WEEKLY" | "MONTHLY", from: Date, until: Date): Date[] {
  const periods: Date[] = [];
  if (frequency === "WEEKLY") {
    const end = startOfIsoWeek(until).getTime();
    for (let week = startOfIsoWeek(from); week.getTime() < end; week = addDays(week, 7)) periods.push(week);
  } else {
    const end = startOfUtcMonth(until).getTime();
    for (let month = startOfUtcMonth(from); month.getTime() < end; month = utcDate(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)) {
      periods.push(month);
    }
  }
  return periods;
}

const NOTES: Record<Language, string[]> = {
  da: ["Færre indlæggelser pga. helligdage", "Målt af afdelingssygeplejersken", "Kun målt tre dage i ugen", "Mange vikarer denne uge", "Ombygning på afsnittet"],
  nb: ["Mange vikarer denne perioden", "Registrert av fagutviklingssykepleier", "Ferieavvikling", "To nye beboere denne uka", "Influensautbrudd på avdelingen"],
};

/** Lower activity in the summer holidays and around Christmas. */
function season(period: Date, frequency: "WEEKLY" | "MONTHLY"): number {
  if (frequency === "MONTHLY") return period.getUTCMonth() === 6 ? 0.85 : period.getUTCMonth() === 11 ? 0.92 : 1;
  const week = isoWeekNumber(period);
  return week >= 28 && week <= 31 ? 0.8 : week >= 52 || week === 1 ? 0.85 : 1;
}

function clampLevel(spec: MeasureSpec, level: number): number {
  return spec.kind === "PROPORTION" ? Math.min(0.98, Math.max(0.01, level)) : Math.max(0, level);
}

type Draw = { numerator: number; denominator: number | null };

function draw(spec: MeasureSpec, team: TeamSpec, period: Date, level: number, rng: Rng): Draw {
  const factor = season(period, spec.frequency);
  const weekly = spec.frequency === "WEEKLY";
  let denominator: number | null = null;
  switch (spec.sim.denominator) {
    case "admissions":
      denominator = Math.max(4, rng.poisson(team.size * factor * (weekly ? 1 : 4.35)));
      break;
    case "survey":
      denominator = 5 + rng.binomial(7, 0.75);
      break;
    case "discharges":
      denominator = Math.max(8, rng.poisson(team.size * factor * (weekly ? 1 : 4.35)));
      break;
    case "bedDays": {
      const days = weekly ? 7 : daysInUtcMonth(period);
      // Danish wards are sometimes over-full; nursing homes and home care are at most full.
      const ward = team.microsystemKind === "WARD";
      const occupancy = Math.min(ward ? 1.05 : 1, Math.max(0.7, rng.normal(ward ? 0.92 : 0.96, 0.04) * (ward ? factor : 1)));
      denominator = Math.max(1, Math.round(team.beds * days * occupancy));
      break;
    }
    case "residents":
      denominator = Math.max(5, team.beds - rng.int(0, 3));
      break;
    case "none":
      denominator = null;
  }
  let numerator: number;
  if (spec.kind === "PROPORTION") numerator = rng.binomial(denominator!, level);
  else if (spec.kind === "RATE") numerator = rng.poisson((level * denominator!) / spec.multiplier);
  else numerator = rng.poisson(level * factor);
  return { numerator, denominator };
}

/** The plotted value: per cent / per 1000 for proportions and rates, the count itself for counts. */
export function plottedValue(kind: string, multiplier: number, numerator: number, denominator: number | null): number {
  return kind === "COUNT" ? numerator : (numerator / denominator!) * multiplier;
}

export type SeriesRequest = {
  spec: MeasureSpec;
  measureId: string;
  team: TeamSpec;
  teamId: string;
  teamStart: Date;
  /** First period to write (the team's own measures start later). */
  from: Date;
  now: Date;
  language: Language;
  createdById: string;
  /** True for periods the team left empty. */
  missing: (period: Date) => boolean;
  /** Overrides the default improvement curve (a team's own measure that started later). */
  steps?: Step[];
};

export type Expectation = "improving" | "deteriorating" | "no-signal" | "not-deteriorating";

export type SeriesOutcome = { teamKey: string; measureKey: string; expected: Expectation; verdict: Verdict; points: number };

/** Whether a drawn series tells the story; a stable series with too few useful points (many ties at the median) is accepted only late. */
function meets(expected: Expectation, verdict: Verdict, attempt: number): boolean {
  if (expected === "no-signal") return verdict === "no-signal" || (verdict === "too-few-points" && attempt >= 40);
  if (expected === "not-deteriorating") return verdict !== "deteriorating";
  return verdict === expected;
}

/** Adds one team's series for one measure to data.measurement; returns the verdict it was drawn for. */
export function addSeries(data: DemoData, newId: () => string, rng: Rng, request: SeriesRequest): SeriesOutcome {
  const { spec, team } = request;
  const periods = periodsBetween(spec.frequency, request.from, request.now).filter((period) => !request.missing(period));
  const fixedFactor = team.levelFactor?.[spec.key] ?? 1;
  const teamFactor = Math.max(0.6, 1 + rng.normal(0, spec.sim.spread));
  const base = clampLevel(spec, spec.sim.base * teamFactor * fixedFactor);
  const improved = clampLevel(spec, spec.sim.improved * (1 + (teamFactor - 1) / 2) * fixedFactor);
  const worse = spec.sim.worse === undefined ? undefined : clampLevel(spec, spec.sim.worse * fixedFactor);
  const improves = team.improving && spec.sim.effect !== "none";
  const deteriorates = Boolean(team.deteriorates && worse !== undefined);
  const expected: Expectation = deteriorates
    ? "deteriorating"
    : improves && spec.sim.effect === "strong"
      ? "improving"
      : improves
        ? "not-deteriorating"
        : "no-signal";
  const steps = request.steps ?? defaultSteps(spec.frequency, team.shiftWeeks);
  const rampWeeks = spec.frequency === "WEEKLY" ? 6 : 4;

  const levelAt = (period: Date): number => {
    // Weeks since the team's start, measured to the middle of the period.
    const middle = period.getTime() + (spec.frequency === "WEEKLY" ? 3.5 : 15) * DAY_MS;
    const weeks = (middle - request.teamStart.getTime()) / (7 * DAY_MS);
    const effect = steps.reduce((sum, step) => sum + step.weight * Math.min(1, Math.max(0, (weeks - step.atWeeks) / rampWeeks)), 0);
    if (deteriorates) return base + (worse! - base) * effect;
    if (improves) return base + (improved - base) * effect;
    return base;
  };

  let values: Draw[] = [];
  let verdict: Verdict = "too-few-points";
  for (let attempt = 0; attempt < 80; attempt++) {
    values = periods.map((period) => draw(spec, team, period, levelAt(period), rng));
    verdict = runChartVerdict(values.map((value) => plottedValue(spec.kind, spec.multiplier, value.numerator, value.denominator)), spec.direction);
    if (meets(expected, verdict, attempt)) break;
  }

  const lag = spec.frequency === "WEEKLY" ? 8 : 33;
  periods.forEach((period, i) => {
    const enteredAt = addDays(period, lag + rng.int(0, 2));
    data.measurement.push({
      id: newId(),
      measureId: request.measureId,
      teamId: request.teamId,
      periodStart: period,
      numerator: values[i].numerator,
      denominator: values[i].denominator,
      note: rng.chance(0.03) ? rng.pick(NOTES[request.language]) : "",
      createdById: request.createdById,
      createdAt: enteredAt.getTime() > request.now.getTime() ? request.now : enteredAt,
    });
  });
  return { teamKey: team.key, measureKey: spec.key, expected, verdict, points: periods.length };
}

/** The periods a team left empty, the same for every measure of the team. */
/** The year of the first summer holidays after the team's start: a team with gaps "summer" enters nothing in July and August. */
export function summerGapYear(teamStart: Date): number {
  return teamStart.getUTCMonth() <= 6 ? teamStart.getUTCFullYear() : teamStart.getUTCFullYear() + 1;
}

export function missingPeriods(team: TeamSpec, teamStart: Date, rng: Rng, now: Date): (period: Date) => boolean {
  const decided = new Map<number, boolean>();
  const lastWeek = addDays(startOfIsoWeek(now), -7).getTime();
  const recentCut = team.missingRecentWeeks ? lastWeek - (team.missingRecentWeeks - 1) * 7 * DAY_MS : Infinity;
  return (period) => {
    const time = period.getTime();
    if (time >= recentCut) return true;
    if (team.gaps === "summer" && (period.getUTCMonth() === 6 || period.getUTCMonth() === 7) && period.getUTCFullYear() === summerGapYear(teamStart)) {
      return true;
    }
    if (team.gaps !== "scattered") return false;
    if (!decided.has(time)) decided.set(time, rng.chance(0.12));
    return decided.get(time)!;
  };
}
