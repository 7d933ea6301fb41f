// `npm run seed:large`: the large data set (prisma/seed-large) into the database DATABASE_URL points
// at (SQLite file or PostgreSQL). Applies the migrations first (creating a missing PostgreSQL
// database), then WIPES every table and writes 300 teams, ≈ 470,000 measurements and 6,000 PDSA
// cycles. Prints the rows per table, the time taken and the sign-ins.
import "dotenv/config";
import { createPrisma, databaseUrl } from "../lib/db/client";
import { DEMO_PASSWORD } from "../lib/demo/demo-users";
import { prepareDatabase } from "../prisma/seed-large/database";
import { seedLarge } from "../prisma/seed-large/seed-large";
import { LARGE_SIGN_INS } from "../prisma/seed-large/size";

const url = databaseUrl();
console.log(`Seeding the large data set into ${url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")} (every table is wiped first).`);
await prepareDatabase(url);
const db = createPrisma(url);
try {
  const result = await seedLarge(db, url, { log: (line) => console.log(line) });
  console.log("\nRows per table:");
  for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(20)} ${count.toLocaleString("en-US").padStart(9)}`);
  const { build, insert, summaries, total } = result.seconds;
  console.log(`\nDone in ${total} s (build ${build} s, write ${insert} s, summaries ${summaries} s).`);
  console.log(`\nSign-ins (password ${DEMO_PASSWORD}):`);
  console.log(`  ${LARGE_SIGN_INS.secretariat.padEnd(26)} secretariat of all three collaboratives`);
  console.log(`  ${LARGE_SIGN_INS.manager.padEnd(26)} manager, scope Region Vesterhav`);
  console.log(`  ${LARGE_SIGN_INS.contact.padEnd(26)} contact person of the first team`);
  console.log(`  ${LARGE_SIGN_INS.admin.padEnd(26)} administrator`);
} finally {
  await db.$disconnect();
}
