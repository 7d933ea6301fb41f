import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteDb, type TestDb } from "../helpers/test-db";

// Issue 16, item 7: `npm run db:seed` on a real installation left 50 accounts with the public demo
// password. It refuses unless demo mode is on, and says why.

const run = promisify(execFile);

describe("npm run db:seed", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSqliteDb();
  });
  afterAll(async () => t.drop());

  const seed = (demo: string) =>
    run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: t.url, SAMSPIL_DEMO: demo } }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
    );

  it("refuses without SAMSPIL_DEMO=1, names the setting and writes no user", async () => {
    const result = await seed("");
    expect(result.code).toBe(1);
    expect(result.output).toContain("SAMSPIL_DEMO=1");
    expect(await t.db.user.count()).toBe(0);
  }, 60_000);

  it("seeds the demo in demo mode", async () => {
    const result = await seed("1");
    expect(result.code).toBe(0);
    expect(await t.db.user.count()).toBeGreaterThan(10);
  }, 120_000);
});
