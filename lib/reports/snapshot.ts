// The prefill of a monthly report, frozen into ActionPeriodReport.snapshot when it is submitted:
// the month's completed PDSA cycles, the team's data completeness for the month and a run-chart
// verdict per measure over the team's data up to the month's end (verdict codes only; the pages
// put them into words).
import type { Db, DbTransaction } from "@/lib/db/client";
import { buildPeriodAxis, isFrequency, nextPeriodStart, periodStartOf, type Frequency } from "@/lib/measures/periods";
import { measurementValue } from "@/lib/measures/value";
import { runChart, summarise, type RuleSet, type Verdict } from "@/lib/spc";
import { addMonths } from "./rules";

export type SnapshotCycle = { id: string; title: string; completedAt: string; decision: string | null };
export type SnapshotMeasure = { id: string; name: string; verdict: Verdict; expected: number; found: number };

export type ReportSnapshot = {
  cycles: SnapshotCycle[];
  cyclesCompleted: number;
  /** Share (0–1) of the team's measure × period slots in the month that have a measurement; null with none expected. */
  completeness: number | null;
  measures: SnapshotMeasure[];
};

/** The period starts of a measure that fall in `month` (ISO-week Mondays or the first of the month), not before `from`. */
export function periodsInMonth(frequency: Frequency, month: Date, from: Date): Date[] {
  const following = addMonths(month, 1);
  const first = periodStartOf(frequency, from);
  const periods: Date[] = [];
  let start = periodStartOf(frequency, month);
  if (start.getTime() < month.getTime()) start = nextPeriodStart(frequency, start);
  for (; start.getTime() < following.getTime(); start = nextPeriodStart(frequency, start)) {
    if (start.getTime() >= first.getTime()) periods.push(start);
  }
  return periods;
}

/** found / expected rounded to two decimals; null when nothing was expected. */
export function completenessOf(found: number, expected: number): number | null {
  return expected === 0 ? null : Math.round((found / expected) * 100) / 100;
}

const RULE_SETS: Record<string, RuleSet> = { ANHOEJ: "anhoej", IHI: "ihi", MDC: "mdc" };

/** Builds the snapshot of `teamId` for `month` from the database as it is now. */
export async function buildReportSnapshot(db: Db | DbTransaction, teamId: string, month: Date): Promise<ReportSnapshot> {
  const following = addMonths(month, 1);
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    select: { id: true, collaborativeId: true, startDate: true, collaborative: { select: { startDate: true } } },
  });
  const teamStart = team.startDate ?? team.collaborative.startDate;
  const [cycles, measures] = await Promise.all([
    db.pdsaCycle.findMany({
      where: { teamId, state: "DONE", completedAt: { gte: month, lt: following } },
      select: { id: true, title: true, completedAt: true, decision: true },
      orderBy: { completedAt: "asc" },
    }),
    db.measure.findMany({
      where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId }] },
      select: { id: true, name: true, kind: true, multiplier: true, frequency: true, direction: true, rules: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  const rows = await db.measurement.findMany({
    where: { teamId, measureId: { in: measures.map((measure) => measure.id) }, periodStart: { lt: following } },
    select: { measureId: true, periodStart: true, numerator: true, denominator: true },
    orderBy: { periodStart: "asc" },
  });
  let expected = 0;
  let found = 0;
  const snapshotMeasures: SnapshotMeasure[] = [];
  for (const measure of measures) {
    const frequency: Frequency = isFrequency(measure.frequency) ? measure.frequency : "WEEKLY";
    const own = rows.filter((row) => row.measureId === measure.id);
    const present = new Set(own.map((row) => periodStartOf(frequency, row.periodStart).getTime()));
    const periods = periodsInMonth(frequency, month, teamStart);
    const measureFound = periods.filter((period) => present.has(period.getTime())).length;
    expected += periods.length;
    found += measureFound;
    const values = buildPeriodAxis(frequency, own).map(({ row }) =>
      row ? measurementValue(measure.kind, measure.multiplier, row.numerator, row.denominator) : null,
    );
    const direction = measure.direction === "DOWN" ? "down" : "up";
    const verdict = summarise(runChart(values, { rules: RULE_SETS[measure.rules] ?? "anhoej", direction }), direction).verdict;
    snapshotMeasures.push({ id: measure.id, name: measure.name, verdict, expected: periods.length, found: measureFound });
  }
  return {
    cycles: cycles.map((cycle) => ({ id: cycle.id, title: cycle.title, completedAt: cycle.completedAt!.toISOString(), decision: cycle.decision })),
    cyclesCompleted: cycles.length,
    completeness: completenessOf(found, expected),
    measures: snapshotMeasures,
  };
}

const VERDICTS: readonly string[] = ["improving", "deteriorating", "no-signal", "too-few-points"];

/** Reads a stored snapshot leniently (older reports hold only counts); never throws. */
export function parseSnapshot(json: string): ReportSnapshot {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === "object") raw = parsed as Record<string, unknown>;
  } catch {
    // An unreadable snapshot shows as empty.
  }
  const cycles = Array.isArray(raw.cycles)
    ? raw.cycles.flatMap((cycle: Record<string, unknown>) =>
        cycle && typeof cycle.title === "string"
          ? [{ id: String(cycle.id ?? ""), title: cycle.title, completedAt: String(cycle.completedAt ?? ""), decision: typeof cycle.decision === "string" ? cycle.decision : null }]
          : [],
      )
    : [];
  const measures = Array.isArray(raw.measures)
    ? raw.measures.flatMap((measure: Record<string, unknown>) =>
        measure && typeof measure.name === "string" && VERDICTS.includes(String(measure.verdict))
          ? [{ id: String(measure.id ?? ""), name: measure.name, verdict: measure.verdict as Verdict, expected: Number(measure.expected ?? 0), found: Number(measure.found ?? 0) }]
          : [],
      )
    : [];
  return {
    cycles,
    cyclesCompleted: typeof raw.cyclesCompleted === "number" ? raw.cyclesCompleted : cycles.length,
    completeness: typeof raw.completeness === "number" ? raw.completeness : null,
    measures,
  };
}
