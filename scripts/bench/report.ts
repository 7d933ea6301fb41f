// The benchmark's targets (issue 7) and the final table of both databases, as Markdown so it can go
// straight into the README. The targets are set for SQLite; on PostgreSQL they are shown for comparison.
import type { DatabaseResult, RouteKey, RouteResult } from "./bench-database";

type Target = { route: RouteKey; label: string; met: (route: RouteResult) => boolean };

const ratio = (route: RouteResult) => (route.plain ? route.figures.p50 / route.plain.milliseconds : NaN);

export const TARGETS: Target[] = [
  { route: "collaborative", label: "p95 < 500 ms", met: (route) => route.figures.p95 < 500 },
  { route: "collaborative", label: "p50 ≤ 3 × plain SQL", met: (route) => ratio(route) <= 3 },
  { route: "regional", label: "p50 ≤ 3 × plain SQL", met: (route) => ratio(route) <= 3 },
  { route: "team", label: "p95 < 200 ms", met: (route) => route.figures.p95 < 200 },
  { route: "save", label: "p95 < 100 ms", met: (route) => route.figures.p95 < 100 },
];

const ROUTE_LABELS: Record<RouteKey, string> = {
  collaborative: "Collaborative dashboard (secretariat)",
  regional: "Regional dashboard /overview (manager)",
  team: "Team page (contact person)",
  save: "Save one measurement (server action)",
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "—");

/** Prints the table; answers the SQLite targets that were missed. */
export function printResults(results: DatabaseResult[], load: { connections: number; seconds: number; pacedRate: number; workers: number }, machine: { cpu: string; cores: number; summariseMs: number }): string[] {
  const missed: string[] = [];
  console.log(`\n## Results (${new Date().toISOString().slice(0, 10)}, ${load.connections} connections, ${load.seconds} s per route, ${load.workers} app process${load.workers === 1 ? "" : "es"})\n`);
  const reads = results.flatMap((result) => ("skipped" in result ? [] : [`one Prisma read by id ${result.prismaReadMs.toFixed(2)} ms on ${result.database}`]));
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores; summarising 156 weeks ${machine.summariseMs.toFixed(2)} ms; ${reads.join(", ")}.\n`);
  console.log(`| Database | Route | 1 request ms | p50 ms | p95 ms | p99 ms | req/s | p95 at ${load.pacedRate} req/s | non-2xx | plain SQL ms (rows) | p50 / SQL | 1 request / SQL | Targets | Load avg |`);
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
  for (const result of results) {
    if ("skipped" in result) {
      console.log(`| ${result.database} | skipped: ${result.skipped} | | | | | | | | | | | | |`);
      continue;
    }
    for (const route of result.routes) {
      const { figures, plain } = route;
      const targets = TARGETS.filter((target) => target.route === route.key).map((target) => {
        const met = target.met(route);
        if (!met && result.database === "SQLite") missed.push(`${result.database} ${ROUTE_LABELS[route.key]}: ${target.label}`);
        return `${target.label}: ${met ? "met" : "NOT MET"}${result.database === "SQLite" ? "" : " (info)"}`;
      });
      const plainCell = plain ? `${ms(plain.milliseconds)} (${plain.rows.toLocaleString("en-US")})` : "";
      const none = figures.requests === 0;
      const latency = (value: number) => (none ? `> ${load.seconds * 1000}` : ms(value));
      const ratioCell = plain ? (none ? `> ${(load.seconds * 1000 / plain.milliseconds).toFixed(0)}×` : `${ratio(route).toFixed(2)}×`) : "";
      const singleRatioCell = plain ? `${(figures.single / plain.milliseconds).toFixed(2)}×` : "";
      console.log(
        `| ${result.database} | ${ROUTE_LABELS[route.key]} | ${ms(figures.single)} | ${latency(figures.p50)} | ${latency(figures.p95)} | ${latency(figures.p99)} | ${figures.requestsPerSecond.toFixed(1)} | ${ms(figures.paced.p95)} | ${figures.non2xx} | ${plainCell} | ${ratioCell} | ${singleRatioCell} | ${targets.join("; ")} | ${route.loadAverage} |`,
      );
    }
  }
  for (const result of results) {
    if ("skipped" in result) continue;
    const seeded = result.seedSeconds === null ? "data set already present" : `seeded in ${result.seedSeconds} s`;
    console.log(`\n${result.database}: ${seeded}. Save check: ${result.saveCheck}.`);
  }
  return missed;
}
