// Runs before `npm run dev` and `npm start`: makes a first start work with no set-up.
// 1. Writes .env with a random NEXTAUTH_SECRET and demo mode on, if there is no .env yet.
// 2. Applies the migrations of the database DATABASE_URL points at (SQLite file by default).
// 3. Seeds the demo when the database has no users and demo mode is on (SAMSPIL_DEMO=1).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import "dotenv/config";

if (!existsSync(".env")) {
  writeFileSync(
    ".env",
    [
      "# Written on first start by scripts/prepare-dev-db.ts. See README.md, Configuration.",
      'DATABASE_URL="file:./prisma/dev.db"',
      `NEXTAUTH_SECRET="${randomBytes(32).toString("base64url")}"`,
      'NEXTAUTH_URL="http://localhost:3000"',
      "SAMSPIL_DEMO=1",
      "NEXT_TELEMETRY_DISABLED=1",
      "",
    ].join("\n"),
  );
  console.log("Wrote .env with a new NEXTAUTH_SECRET and demo mode on.");
  const { config } = await import("dotenv");
  config({ override: true });
}

execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
const { createPrisma } = await import("../lib/db/client");
const prisma = createPrisma();
try {
  const { isDemoMode } = await import("../lib/demo/mode");
  if ((await prisma.user.count()) === 0 && !isDemoMode()) console.log("The database has no users and demo mode is off (SAMSPIL_DEMO), so the demo was not seeded.");
  else if ((await prisma.user.count()) === 0) {
    const { seedDemo } = await import("../prisma/seed/seed-demo");
    const started = Date.now();
    await seedDemo(prisma);
    console.log(`Seeded the demo in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
} finally {
  await prisma.$disconnect();
}
