// `npm start`: the production server as one `next start` per CPU core, all on one port. Node's cluster
// module hands each new connection to the next process in turn, so a 2-core machine renders two
// pages at once instead of queueing them behind one JavaScript thread. WEB_CONCURRENCY sets the
// number of processes; arguments go to `next start` (e.g. `npm start -- -p 3100`).
//
// Several processes are safe because everything shared lives in the database: sessions are signed
// cookies, sign-in limits are counted in the database, SQLite write transactions take the write lock
// at BEGIN (lib/db/sqlite-immediate.ts), and a process that changed data tells the others to drop
// their cached dashboards (scripts/cluster-relay.mjs).
import cluster from "node:cluster";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import nextEnv from "@next/env";
import { relayBetweenWorkers } from "./cluster-relay.mjs";
import { secretProblem } from "./require-secret.mjs";

const RESTART_DELAY_MS = 1_000;

function workerCount() {
  const configured = Number.parseInt(process.env.WEB_CONCURRENCY ?? "", 10);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

// The same .env files `next start` reads, so a secret kept there counts.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
const problem = secretProblem(process.env);
if (problem) {
  console.error(`Samspil will not start: ${problem}`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const count = workerCount();
cluster.setupPrimary({ exec: require.resolve("next/dist/bin/next"), args: ["start", ...process.argv.slice(2)] });
relayBetweenWorkers(cluster);

let stopping = false;
const listened = new WeakSet();
let listening = 0;
cluster.on("listening", (worker) => {
  listened.add(worker);
  listening += 1;
  if (listening === count) console.log(`App processes listening: ${count} of ${count}.`);
});
cluster.on("exit", (worker, code, signal) => {
  if (stopping) return;
  if (!listened.has(worker)) {
    // It never served (no build, port taken, bad configuration): starting it again would fail again.
    console.error(`next start exited before it listened (${signal ?? code}); stopping.`);
    stop(typeof code === "number" && code !== 0 ? code : 1);
    return;
  }
  console.error(`App process ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
  setTimeout(() => cluster.fork(), RESTART_DELAY_MS);
});

function stop(exitCode) {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  setTimeout(() => process.exit(exitCode), 5_000).unref();
  let remaining = Object.keys(cluster.workers ?? {}).length;
  if (remaining === 0) process.exit(exitCode);
  cluster.on("exit", () => {
    remaining -= 1;
    if (remaining === 0) process.exit(exitCode);
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));

console.log(`Starting ${count} app process${count === 1 ? "" : "es"}.`);
for (let i = 0; i < count; i++) cluster.fork();
