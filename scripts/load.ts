// `npm run load`: people using the production build at once (issue 16, "Load"). A fresh SQLite file
// with the demo, the server as `npm start` runs it, then `--users` virtual people (default 50), each
// signed in as one of the demo's ward staff, for `--seconds` (default 120): open the team page, open
// the data grid, save a value, with a pause of 1-3 s between steps (a person reads and types, but
// faster than a ward nurse does).
// Prints requests, errors, and p50/p95/p99 of pages and of saves. Exit 1 on any error (a non-200
// answer or a save not answered ok) or when save p99 reaches 1 s; with --errors-only (the CI's 20-second
// form, on a machine that builds and tests beside it) only errors fail it. Needs `npm run build` first.
//
//   npm run load -- [--seconds=120] [--users=50] [--workers=<cores>] [--errors-only]   LOAD_PORT (3130)
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { rmSync } from "node:fs";
import { createPrisma } from "../lib/db/client";
import { DEMO_PASSWORD } from "../lib/demo/demo-users";
import { isoDay, periodStartOf, type Frequency } from "../lib/measures/periods";
import { seedDemo } from "../prisma/seed/seed-demo";
import { findActionId } from "./bench/action-id";
import { holdBuildShared, startServer, stopAll } from "./bench/server";
import { signIn } from "./bench/session";

const option = (name: string, fallback: number) => {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = raw ? Number(raw.split("=")[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const seconds = option("seconds", 120);
const users = option("users", 50);
const workers = option("workers", availableParallelism());
const port = Number(process.env.LOAD_PORT ?? 3130);
const WARM_UP_SECONDS = 5;
const errorsOnly = process.argv.includes("--errors-only");
const file = "prisma/load.db";
const url = `file:./${file}`;

type Person = { email: string; teamId: string; measureId: string; frequency: Frequency; cookie?: string };
const timings = { team: [] as number[], data: [] as number[], save: [] as number[] };
let measuring = false;
const errors: string[] = [];

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function prepare(): Promise<Person[]> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url } });
  const db = createPrisma(url);
  try {
    await seedDemo(db);
    const members = await db.teamMember.findMany({
      where: { role: { in: ["CONTACT_PERSON", "MEMBER"] }, user: { role: "STAFF", deactivatedAt: null, passwordHash: { not: null } } },
      select: { teamId: true, user: { select: { email: true } }, team: { select: { collaborativeId: true } } },
      orderBy: { userId: "asc" },
    });
    const people: Person[] = [];
    for (const member of members) {
      const measure = await db.measure.findFirst({
        where: { kind: "PROPORTION", archivedAt: null, OR: [{ teamId: member.teamId }, { collaborativeId: member.team.collaborativeId }] },
        select: { id: true, frequency: true },
      });
      if (measure) people.push({ email: member.user.email, teamId: member.teamId, measureId: measure.id, frequency: measure.frequency as Frequency });
    }
    if (people.length === 0) throw new Error("The demo has no ward staff with a proportion measure.");
    return people;
  } finally {
    await db.$disconnect();
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 2000));

async function timed(kind: keyof typeof timings, label: string, send: () => Promise<Response>, ok: (body: string) => boolean) {
  const started = performance.now();
  try {
    const response = await send();
    const body = await response.text();
    if (measuring) timings[kind].push(performance.now() - started);
    if (response.status !== 200 || !ok(body)) errors.push(`${label}: ${response.status} ${body.slice(0, 200)}`);
  } catch (error) {
    errors.push(`${label}: ${(error as Error).message}`);
  }
}

function periodBack(frequency: Frequency, steps: number): string {
  let start = periodStartOf(frequency, new Date());
  for (let i = 0; i < steps; i++) start = periodStartOf(frequency, new Date(start.getTime() - 86_400_000));
  return isoDay(start);
}

async function person(baseUrl: string, actionId: string, who: Person, until: number) {
  const headers = { Cookie: who.cookie! };
  while (Date.now() < until) {
    await timed("team", `GET team ${who.teamId}`, () => fetch(`${baseUrl}/teams/${who.teamId}`, { headers, redirect: "manual" }), () => true);
    await pause();
    await timed("data", `GET data ${who.teamId}`, () => fetch(`${baseUrl}/teams/${who.teamId}/data`, { headers, redirect: "manual" }), () => true);
    await pause();
    const cell = { measureId: who.measureId, period: periodBack(who.frequency, 1 + Math.floor(Math.random() * 8)), numerator: Math.floor(Math.random() * 11), denominator: 10, note: "" };
    await timed(
      "save",
      `save ${who.teamId}`,
      () =>
        fetch(`${baseUrl}/teams/${who.teamId}/data`, {
          method: "POST",
          headers: { ...headers, "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseUrl },
          body: JSON.stringify([{ teamId: who.teamId, cells: [cell] }]),
        }),
      (body) => body.includes('"ok":true'),
    );
    await pause();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? "-" : value.toFixed(0));
try {
  const people = await prepare();
  const release = await holdBuildShared();
  const server = await startServer(port, url, workers);
  try {
    const action = findActionId("lib/measurements/actions.ts", "saveMeasurementsAction");
    const crowd: Person[] = Array.from({ length: users }, (_, n) => ({ ...people[n % people.length] }));
    const cookies = new Map<string, string>();
    for (const who of crowd) {
      who.cookie = cookies.get(who.email) ?? (await signIn(server.baseUrl, who.email, DEMO_PASSWORD));
      cookies.set(who.email, who.cookie);
    }
    console.log(`${users} people (${cookies.size} demo users, ${new Set(crowd.map((who) => who.teamId)).size} teams) for ${seconds} s against ${workers} app processes on SQLite.`);
    // Five seconds of warm-up (each process loads a route's code on its first request) are not counted.
    const until = Date.now() + (seconds + WARM_UP_SECONDS) * 1000;
    const startMeasuring = setTimeout(() => (measuring = true), WARM_UP_SECONDS * 1000);
    await Promise.all(crowd.map((who) => person(server.baseUrl, action.id, who, until)));
    clearTimeout(startMeasuring);
  } finally {
    await server.stop();
    release();
  }
  const pages = [...timings.team, ...timings.data];
  const requests = pages.length + timings.save.length;
  console.log(`requests ${requests} (${(requests / seconds).toFixed(1)}/s), errors ${errors.length}`);
  const line = (label: string, values: number[]) => console.log(`${label.padEnd(11)} ${String(values.length).padStart(5)}: p50 ${ms(percentile(values, 50))} ms, p95 ${ms(percentile(values, 95))} ms, p99 ${ms(percentile(values, 99))} ms`);
  line("pages", pages);
  line("  team page", timings.team);
  line("  data grid", timings.data);
  line("saves", timings.save);
  for (const error of errors.slice(0, 5)) console.log(`  error: ${error}`);
  const saveP99 = percentile(timings.save, 99);
  if (errors.length > 0 || (!errorsOnly && !(saveP99 < 1000))) {
    console.log(errors.length > 0 ? "FAILED: errors under load." : `FAILED: save p99 ${ms(saveP99)} ms is not under 1000 ms.`);
    process.exitCode = 1;
  } else console.log(errorsOnly ? "No errors (--errors-only: the latency target is not checked)." : "Load target met: no errors, save p99 under 1 s.");
} finally {
  stopAll();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
