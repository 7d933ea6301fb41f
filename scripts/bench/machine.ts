// How fast this machine is, so figures taken on different machines can be compared: the CPU, and
// the time two pieces of the app's own per-request work take here (the figures of one machine
// have differed from another's by a factor of two).
import { cpus } from "node:os";
import type { Db } from "../../lib/db/client";
import { summariseTeamMeasure } from "../../lib/summaries/team-measure-summary";

const WEEK_MS = 7 * 86_400_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The CPU and the median time of summarising three years of weekly proportions (what a save recomputes). */
export function machineSpeed(): { cpu: string; cores: number; summariseMs: number } {
  const start = Date.UTC(2023, 10, 27);
  const rows = Array.from({ length: 156 }, (_, i) => ({ periodStart: new Date(start + i * WEEK_MS), numerator: 10 + ((i * 7) % 11), denominator: 30 }));
  const measure = { kind: "PROPORTION", multiplier: 100, unit: "%", frequency: "WEEKLY" as const, direction: "UP", goal: null, defaultChart: "P", rules: "ANHOEJ" };
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const began = performance.now();
    summariseTeamMeasure(measure, null, rows);
    times.push(performance.now() - began);
  }
  return { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, summariseMs: median(times.slice(100)) };
}

/** The median time of one Prisma read of a row by id on this database (the unit most requests spend). */
export async function prismaReadMs(db: Db, userId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const began = performance.now();
    await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    times.push(performance.now() - began);
  }
  return median(times.slice(100));
}
