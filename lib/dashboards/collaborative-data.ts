import type { Db } from "@/lib/db/client";
import { authorizeCollaborative } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { MEASURE_CHART_COLUMNS } from "@/lib/measures/columns";
import { isFrequency, type Frequency } from "@/lib/measures/periods";
import { countRecentValues, teamCompleteness } from "./completeness-counts";
import { monthKey } from "@/lib/reports/rules";
import { monthsBetween } from "./periods";
import { dashboardTeamsWhere } from "./scope";
import type { CycleActivityMonth, ScoreMonth, Verdict } from "./types";

const DAY_MS = 86_400_000;
export const RECENT_CYCLE_DAYS = 90;

export type DashboardMeasure = { id: string; name: string; kind: string; unit: string; frequency: Frequency; direction: string; type: string };

export type TeamRow = {
  id: string;
  name: string;
  status: string;
  organisationName: string;
  latestScore: { month: string; score: number } | null;
  /** Share 0–1 of the expected shared-measure values of the last quarter that are present; null when none expected. */
  completeness: number | null;
  cyclesCompletedRecently: number;
  /** Verdict per shared measure id; a measure without a summary yet counts as too few points. */
  verdicts: Record<string, Verdict>;
};

/** The collaborative, its active shared measures and the where-clause of the teams the actor sees on it. */
export async function loadDashboardFrame(db: Db, actor: Actor, collaborativeId: string, organisationId?: string | null) {
  const access = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.readTeams");
  const scopeWhere = await dashboardTeamsWhere(db, actor, organisationId);
  // A manager whose organisation scope holds some of the collaborative's teams sees the dashboard of
  // just those teams (every figure below is limited to scopeWhere).
  const reachesTeams = !access.ok && actor.role === "MANAGER" && (await db.team.count({ where: { AND: [{ collaborativeId }, scopeWhere] } })) > 0;
  if (!access.ok && !reachesTeams) return null;
  const collaborative = await db.collaborative.findUnique({
    where: { id: collaborativeId },
    select: {
      id: true,
      name: true,
      topic: true,
      status: true,
      startDate: true,
      endDate: true,
      timeZone: true,
      measures: {
        where: { archivedAt: null },
        select: { id: true, name: true, type: true, ...MEASURE_CHART_COLUMNS },
        orderBy: [{ position: "asc" }, { name: "asc" }],
      },
    },
  });
  if (!collaborative) return null;
  const measures = collaborative.measures.flatMap((measure) => (isFrequency(measure.frequency) ? [{ ...measure, frequency: measure.frequency }] : []));
  return { collaborative, measures, teamsWhere: { AND: [{ collaborativeId }, scopeWhere] } };
}

/**
 * The collaborative dashboard's overview: the teams table (latest score, data completeness of the
 * last quarter, PDSA cycles completed in the last 90 days, the verdict per shared measure from
 * TeamMeasureSummary), the score distribution and the PDSA activity per month. A fixed number of
 * queries whatever the number of teams (tests/integration/dashboard-queries.test.ts counts them).
 * Null when the actor may not read the collaborative's teams.
 */
export async function getCollaborativeDashboard(db: Db, actor: Actor, collaborativeId: string, organisationId: string | null = null, now: Date = new Date()) {
  const frame = await loadDashboardFrame(db, actor, collaborativeId, organisationId);
  if (!frame) return null;
  const { collaborative, measures, teamsWhere } = frame;
  const teams = await db.team.findMany({
    where: teamsWhere,
    select: { id: true, name: true, status: true, startDate: true, microsystem: { select: { organisation: { select: { name: true } } } } },
    orderBy: { name: "asc" },
  });
  const teamIds = teams.map((team) => team.id);
  const measureIds = measures.map((measure) => measure.id);
  const recentSince = new Date(now.getTime() - RECENT_CYCLE_DAYS * DAY_MS);

  const [summaries, found, recentCycles, assessments, cycles] = await Promise.all([
    db.teamMeasureSummary.findMany({ where: { teamId: { in: teamIds }, measureId: { in: measureIds } }, select: { teamId: true, measureId: true, verdict: true } }),
    countRecentValues(db, teamIds, measures, now),
    db.pdsaCycle.groupBy({ by: ["teamId"], where: { teamId: { in: teamIds }, state: "DONE", completedAt: { gte: recentSince, lte: now } }, _count: { _all: true } }),
    db.assessment.findMany({ where: { teamId: { in: teamIds } }, select: { teamId: true, month: true, score: true }, orderBy: { month: "asc" } }),
    db.pdsaCycle.findMany({ where: { teamId: { in: teamIds } }, select: { state: true, startedAt: true, completedAt: true, updatedAt: true } }),
  ]);

  const verdicts = new Map<string, Record<string, Verdict>>();
  for (const summary of summaries) {
    const own = verdicts.get(summary.teamId) ?? {};
    own[summary.measureId] = summary.verdict as Verdict;
    verdicts.set(summary.teamId, own);
  }
  const recent = new Map(recentCycles.map((row) => [row.teamId, row._count._all]));
  const latestScore = new Map<string, { month: string; score: number }>();
  for (const assessment of assessments) latestScore.set(assessment.teamId, { month: monthKey(assessment.month), score: assessment.score });

  const rows: TeamRow[] = teams.map((team) => {
    const teamStart = team.startDate ?? collaborative.startDate;
    const { expected, present } = teamCompleteness(team.id, teamStart, measures, found, now);
    const teamVerdicts = verdicts.get(team.id) ?? {};
    return {
      id: team.id,
      name: team.name,
      status: team.status,
      organisationName: team.microsystem.organisation.name,
      latestScore: latestScore.get(team.id) ?? null,
      completeness: expected === 0 ? null : present / expected,
      cyclesCompletedRecently: recent.get(team.id) ?? 0,
      verdicts: Object.fromEntries(measures.map((measure) => [measure.id, teamVerdicts[measure.id] ?? "too-few-points"])),
    };
  });

  const months = monthsBetween(collaborative.startDate, now < collaborative.endDate ? now : collaborative.endDate);
  return {
    collaborative: { id: collaborative.id, name: collaborative.name, topic: collaborative.topic, status: collaborative.status, startDate: collaborative.startDate, endDate: collaborative.endDate },
    measures: measures.map(({ id, name, kind, unit, frequency, direction, type }) => ({ id, name, kind, unit, frequency, direction, type })),
    teams: rows,
    scoreMonths: scoreDistribution(months, assessments),
    cycleMonths: cycleActivity(months, cycles),
  };
}

export type CollaborativeDashboard = NonNullable<Awaited<ReturnType<typeof getCollaborativeDashboard>>>;

/** Every team's score per month, for the months shown (older assessments are left out). */
export function scoreDistribution(months: readonly string[], assessments: readonly { month: Date; score: number }[]): ScoreMonth[] {
  const byMonth = new Map<string, number[]>(months.map((month) => [month, []]));
  for (const assessment of assessments) byMonth.get(monthKey(assessment.month))?.push(assessment.score);
  return months.map((month) => ({ month, scores: byMonth.get(month) ?? [] }));
}

/**
 * Cycles per month: started (by startedAt), completed (DONE, by completedAt) and abandoned (by the
 * time the cycle was last changed, which for an ABANDONED cycle is when it was abandoned).
 */
export function cycleActivity(
  months: readonly string[],
  cycles: readonly { state: string; startedAt: Date | null; completedAt: Date | null; updatedAt: Date }[],
): CycleActivityMonth[] {
  const byMonth = new Map<string, CycleActivityMonth>(months.map((month) => [month, { month, started: 0, completed: 0, abandoned: 0 }]));
  for (const cycle of cycles) {
    if (cycle.startedAt) {
      const entry = byMonth.get(monthKey(cycle.startedAt));
      if (entry) entry.started++;
    }
    if (cycle.state === "DONE" && cycle.completedAt) {
      const entry = byMonth.get(monthKey(cycle.completedAt));
      if (entry) entry.completed++;
    }
    if (cycle.state === "ABANDONED") {
      const entry = byMonth.get(monthKey(cycle.updatedAt));
      if (entry) entry.abandoned++;
    }
  }
  return months.map((month) => byMonth.get(month)!);
}
