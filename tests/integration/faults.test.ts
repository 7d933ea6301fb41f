import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { sqliteFileOf } from "@/lib/db/backup";
import { periodLabel } from "@/lib/measurements/rules";
import { isoDay, periodStartOf } from "@/lib/measures/periods";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

// Issue 16, "Faults": the server is killed with SIGKILL in the middle of a large import and of a
// burst of saves. Afterwards the import is all or nothing, every acknowledged save is there, and the
// database passes its integrity check. The worker (tests/faults/worker.ts) runs the real actions
// through the app's own database client.

const root = path.resolve(import.meta.dirname, "../..");
const WEEK = 7 * 86_400_000;
const weeksAgo = (n: number) => new Date(periodStartOf("WEEKLY", new Date()).getTime() - n * WEEK);

type Worker = { lines: string[]; kill: () => void; exited: Promise<number | null>; waitFor: (test: (lines: string[]) => boolean) => Promise<void> };

function startWorker(url: string, job: object): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./tests/faults/register.mjs", "tests/faults/worker.ts", JSON.stringify(job)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let buffer = "";
  let stderr = "";
  const waiters: (() => void)[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    lines,
    kill: () => child.kill("SIGKILL"),
    exited,
    waitFor: async (test) => {
      while (!test(lines)) {
        const code = await Promise.race([new Promise<"more">((resolve) => waiters.push(() => resolve("more"))), exited.then(() => "exit" as const)]);
        if (code === "exit" && !test(lines)) throw new Error(`worker ended early: ${stderr.slice(-2000)}`);
      }
    },
  };
}

describe("SIGKILL in the middle of writes", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof makeTeamWorld>>;
  let user: CurrentUser;
  beforeAll(async () => {
    t = await createTestDb();
    world = await makeTeamWorld(t.db);
    user = world.contactA;
  });
  afterAll(async () => t.drop());

  const integrityOk = () => {
    if (t.provider !== "sqlite") return true;
    const db = new Database(sqliteFileOf(t.url), { readonly: true });
    try {
      return (db.pragma("integrity_check") as { integrity_check: string }[])[0].integrity_check === "ok";
    } finally {
      db.close();
    }
  };

  it("keeps every acknowledged save of a burst", async () => {
    const measure = await t.db.measure.create({ data: { teamId: world.teamA.id, name: `Burst ${Date.now()}`, type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY" } });
    const periods = Array.from({ length: 300 }, (_, n) => isoDay(weeksAgo(n + 1)));
    const worker = startWorker(t.url, { mode: "saves", user, teamId: world.teamA.id, measureId: measure.id, periods });
    await worker.waitFor((lines) => lines.filter((line) => line.startsWith("ack")).length >= 60);
    worker.kill();
    await worker.exited;
    const acknowledged = worker.lines.filter((line) => line.startsWith("ack")).map((line) => line.split(" "));
    expect(acknowledged.length).toBeLessThan(periods.length);
    const rows = await t.db.measurement.findMany({ where: { measureId: measure.id } });
    const saved = new Map(rows.map((row) => [isoDay(row.periodStart), row.numerator]));
    for (const [, period, numerator] of acknowledged) expect(saved.get(period)).toBe(Number(numerator));
    expect(rows.length - acknowledged.length).toBeLessThanOrEqual(1);
    expect(integrityOk()).toBe(true);
  }, 60_000);

  it("leaves a large import all or nothing, whenever it is killed", async () => {
    const outcomes: number[] = [];
    for (const delay of [0, 40, 120, 250, 500, 900]) {
      const measures = await Promise.all(
        Array.from({ length: 8 }, (_, n) => t.db.measure.create({ data: { teamId: world.teamA.id, name: `Import ${delay} ${n} ${Date.now()}`, type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY" } })),
      );
      const lines = ["measure;period;numerator;denominator;note"];
      for (const measure of measures) for (let week = 1; week <= 250; week++) lines.push(`${measure.name};${periodLabel("WEEKLY", weeksAgo(week))};${week % 7};10;`);
      const worker = startWorker(t.url, { mode: "import", user, teamId: world.teamA.id, csv: lines.join("\n") });
      await worker.waitFor((output) => output.includes("ready"));
      await new Promise((resolve) => setTimeout(resolve, delay));
      worker.kill();
      await worker.exited;
      const written = await t.db.measurement.count({ where: { measureId: { in: measures.map((measure) => measure.id) } } });
      expect([0, 2000]).toContain(written);
      if (worker.lines.some((line) => line.startsWith("done"))) expect(written).toBe(2000);
      outcomes.push(written);
      expect(integrityOk()).toBe(true);
    }
    console.log(`imports killed after 0-900 ms wrote: ${outcomes.join(", ")} rows`);
  }, 120_000);

  it("the same import, left alone, writes every row (so the file above was importable)", async () => {
    const measures = await Promise.all(Array.from({ length: 8 }, (_, n) => t.db.measure.create({ data: { teamId: world.teamA.id, name: `Whole ${n} ${Date.now()}`, type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY" } })));
    const lines = ["measure;period;numerator;denominator;note"];
    for (const measure of measures) for (let week = 1; week <= 250; week++) lines.push(`${measure.name};${periodLabel("WEEKLY", weeksAgo(week))};${week % 7};10;`);
    const worker = startWorker(t.url, { mode: "import", user, teamId: world.teamA.id, csv: lines.join("\n") });
    expect(await worker.exited).toBe(0);
    expect(worker.lines).toContain("done 2000");
  }, 60_000);
});
