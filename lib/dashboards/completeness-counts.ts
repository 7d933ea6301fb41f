import type { Db } from "@/lib/db/client";
import type { Frequency } from "@/lib/measures/periods";
import { completenessWindowStart, expectedInWindow } from "./periods";

const FREQUENCIES: readonly Frequency[] = ["WEEKLY", "MONTHLY"];

/**
 * Values present per "teamId|measureId" in the completeness window. One plain range query per
 * frequency (not one OR-query), so the database reads only the window through its
 * (teamId, periodStart) index instead of every row of every team.
 */
export async function countRecentValues(db: Db, teamIds: readonly string[], measures: readonly { id: string; frequency: Frequency }[], now: Date): Promise<Map<string, number>> {
  const groups = await Promise.all(
    FREQUENCIES.map((frequency) =>
      db.measurement.groupBy({
        by: ["teamId", "measureId"],
        where: {
          teamId: { in: [...teamIds] },
          measureId: { in: measures.filter((measure) => measure.frequency === frequency).map((measure) => measure.id) },
          periodStart: { gte: completenessWindowStart(frequency, now), lte: now },
        },
        _count: { _all: true },
      }),
    ),
  );
  return new Map(groups.flat().map((row) => [`${row.teamId}|${row.measureId}`, row._count._all]));
}

/** A team's expected and present values over its measures in the window (values beyond a measure's expected slots do not count). */
export function teamCompleteness(teamId: string, teamStart: Date, measures: readonly { id: string; frequency: Frequency }[], found: Map<string, number>, now: Date) {
  let expected = 0;
  let present = 0;
  for (const measure of measures) {
    const slots = expectedInWindow(measure.frequency, teamStart, now);
    expected += slots;
    present += Math.min(slots, found.get(`${teamId}|${measure.id}`) ?? 0);
  }
  return { expected, present };
}
