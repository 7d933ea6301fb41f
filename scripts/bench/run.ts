// `npm run bench`: the app under load on the large data set (issue 7, "Speed and scale").
// Builds for production (under the build lock; --no-build skips), then for SQLite and PostgreSQL in
// turn seeds the large data set when it is missing (--reseed forces), starts the production server as
// `npm start` does (one process per core; --workers sets how many) on a port of its own, and measures the collaborative dashboard, the regional dashboard, a team page and
// saving one measurement with autocannon. Prints p50/p95/p99, requests per second, non-2xx answers,
// p95 when the same connections send --rate requests per second in all (no self-made queue), the
// plain-SQL read of the same rows beside each dashboard, and the targets.
//
//   npm run bench -- [--no-build] [--sqlite-only | --pg-only] [--reseed] [--seconds=12] [--connections=10] [--rate=10] [--workers=<cores>] [--strict]
//   BENCH_SQLITE_URL (file:./prisma/bench.db), BENCH_PG_URL (postgresql://postgres@127.0.0.1:5432/samspil_bench),
//   BENCH_PORT (3120; PostgreSQL uses the next port)
//
// Exit code 1 when any answer was not 2xx or a save did not write; with --strict, 2 when a SQLite target is missed.
import { availableParallelism } from "node:os";
import { benchDatabase, type DatabaseResult } from "./bench-database";
import { machineSpeed } from "./machine";
import { printResults } from "./report";
import { buildForProduction, stopAll } from "./server";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const numberOption = (name: string, fallback: number) => {
  const raw = args.find((arg) => arg.startsWith(`--${name}=`));
  const value = raw ? Number(raw.split("=")[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const known = ["--no-build", "--sqlite-only", "--pg-only", "--reseed", "--strict", "--seconds=", "--connections=", "--rate=", "--workers="];
const unknown = args.filter((arg) => !known.some((option) => (option.endsWith("=") ? arg.startsWith(option) : arg === option)));
if (unknown.length > 0 || (flag("sqlite-only") && flag("pg-only"))) {
  console.error(`Usage: npm run bench -- [--no-build] [--sqlite-only | --pg-only] [--reseed] [--seconds=N] [--connections=N] [--rate=N] [--workers=N] [--strict]${unknown.length ? `\nUnknown: ${unknown.join(" ")}` : ""}`);
  process.exit(64);
}

const load = { connections: numberOption("connections", 10), seconds: numberOption("seconds", 12), warmUpSeconds: 3, pacedRate: numberOption("rate", 10) };
const workers = Math.round(numberOption("workers", availableParallelism()));
const port = Number(process.env.BENCH_PORT ?? 3120);
const databases = [
  { name: "SQLite" as const, url: process.env.BENCH_SQLITE_URL ?? "file:./prisma/bench.db", port, run: !flag("pg-only") },
  { name: "PostgreSQL" as const, url: process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/samspil_bench", port: port + 1, run: !flag("sqlite-only") },
];

try {
  if (flag("no-build")) console.log("--no-build: using the production build in .next as it is.");
  else buildForProduction();
  const machine = machineSpeed();
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores; summarising 156 weeks (as a save does) takes ${machine.summariseMs.toFixed(2)} ms.`);
  const results: DatabaseResult[] = [];
  for (const database of databases.filter((entry) => entry.run)) {
    results.push(await benchDatabase(database.name, database.url, database.port, { reseed: flag("reseed"), load, workers }));
  }
  const missed = printResults(results, { ...load, workers }, machine);
  const problems = results.flatMap((result) => ("problems" in result ? result.problems : []));
  const sqliteRan = results.some((result) => result.database === "SQLite" && !("skipped" in result));
  if (missed.length > 0) console.log(`\nSQLite targets not met:\n${missed.map((line) => `  - ${line}`).join("\n")}`);
  else if (sqliteRan) console.log("\nEvery SQLite target met.");
  if (problems.length > 0) {
    console.error(`\nFAILED:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    process.exitCode = 1;
  } else if (missed.length > 0 && flag("strict")) process.exitCode = 2;
} catch (error) {
  console.error(`\nFAILED: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  stopAll();
}
