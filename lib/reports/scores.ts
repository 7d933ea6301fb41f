import "server-only";
import type { Db } from "@/lib/db/client";
import { monthKey } from "./rules";

export type TeamScores = { latest: { month: string; score: number } | null; history: { month: string; score: number }[] };

/**
 * The IHI scores of the given teams for the dashboards (latest score and the monthly history,
 * oldest first). A building block for loaders that have ALREADY checked the actor's scope over
 * these teams (it checks nothing itself).
 */
export async function scoresForTeams(db: Db, teamIds: readonly string[]): Promise<Map<string, TeamScores>> {
  const rows = await db.assessment.findMany({
    where: { teamId: { in: [...teamIds] } },
    select: { teamId: true, month: true, score: true },
    orderBy: { month: "asc" },
  });
  const result = new Map<string, TeamScores>(teamIds.map((id) => [id, { latest: null, history: [] }]));
  for (const row of rows) {
    const entry = result.get(row.teamId)!;
    const point = { month: monthKey(row.month), score: row.score };
    entry.history.push(point);
    entry.latest = point;
  }
  return result;
}
