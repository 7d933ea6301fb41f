// `npm run db:seed`: seeds the demo (prisma/seed/seed-demo.ts) into the database DATABASE_URL
// points at. The demo's users share a public password, so it refuses unless demo mode is on
// (SAMSPIL_DEMO=1, which the first `npm run dev` writes to .env). A database that already has users
// is left alone unless --force (or SEED_FORCE=1) is given, which first deletes every row of every table.
import "dotenv/config";
import { createPrisma } from "../lib/db/client";
import { isDemoMode } from "../lib/demo/mode";
import { wipeDatabase } from "./seed/insert";
import { seedDemo } from "./seed/seed-demo";

const force = process.argv.includes("--force") || process.env.SEED_FORCE === "1" || process.env.SEED_FORCE === "true";
if (!isDemoMode()) {
  console.error(
    "Refused: the demo's 50 users all have the public password samspil-demo, so it is seeded only in demo mode. Set SAMSPIL_DEMO=1 (npm run dev does so in .env) for a demo or test installation; a real installation starts empty and its administrator invites the users.",
  );
  process.exit(1);
}
const db = createPrisma();
try {
  const users = await db.user.count();
  if (users > 0 && !force) {
    console.log(`The database already has ${users} users; the demo was not seeded. Use --force (or SEED_FORCE=1) to delete everything and seed again.`);
  } else {
    if (users > 0) {
      console.log("--force: deleting every row of every table.");
      await wipeDatabase(db);
    }
    const started = Date.now();
    const summary = await seedDemo(db);
    console.log(`Seeded the demo in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const [table, count] of Object.entries(summary)) console.log(`  ${table.padEnd(20)} ${count}`);
  }
} finally {
  await db.$disconnect();
}
