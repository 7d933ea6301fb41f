// The integration suite again on PostgreSQL. Each test file creates its own database on the server
// (tests/helpers/test-db.ts) and drops it afterwards. PG_ADMIN_URL names a role with CREATEDB;
// on the project's machines that is the local trust-auth superuser.
import { spawnSync } from "node:child_process";
import pg from "pg";

const adminUrl = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const probe = new pg.Client({ connectionString: adminUrl });
try {
  await probe.connect();
  await probe.end();
} catch (error) {
  console.error(`test:pg needs a PostgreSQL server at ${adminUrl} (set PG_ADMIN_URL): ${(error as Error).message}`);
  process.exit(1);
}
const result = spawnSync("npx", ["vitest", "run", "tests/integration", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_PG_URL: adminUrl },
});
process.exit(result.status ?? 1);
