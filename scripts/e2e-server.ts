// The server the end-to-end suite runs against: a fresh SQLite (or, with E2E_DATABASE_URL, PostgreSQL)
// database with every migration and the demo, then the production build on port 3100, served as
// `npm start` serves it (scripts/start.mjs: one process per core).
// Playwright starts this as its webServer; `npm run build` must have run first.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";

const url = process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db";
const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  DATABASE_URL: url,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production",
  SAMSPIL_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

if (url.startsWith("file:")) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(url.slice("file:".length) + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env });
} else {
  execFileSync("node", ["scripts/pg-schema.mjs"], { stdio: "inherit" });
  execFileSync("npx", ["prisma", "migrate", "reset", "--force", "--skip-seed", "--skip-generate"], { stdio: ["ignore", "ignore", "inherit"], env });
}
process.env.DATABASE_URL = url;
const { createPrisma } = await import("../lib/db/client");
const { seedDemo } = await import("../prisma/seed/seed-demo");
const db = createPrisma(url);
await seedDemo(db);
await db.$disconnect();

const server = spawn(process.execPath, ["scripts/start.mjs", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
