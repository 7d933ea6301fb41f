// Fails (exit 2) when the PostgreSQL migration history drifts from the schema.
// Needs a PostgreSQL server for Prisma's shadow database: PG_ADMIN_URL, default the local trust-auth one.
import { execFileSync } from "node:child_process";

const adminUrl = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
execFileSync("node", ["scripts/pg-schema.mjs"], { stdio: "inherit" });
try {
  execFileSync(
    "npx",
    [
      "prisma", "migrate", "diff",
      "--from-migrations", "prisma/migrations-postgres",
      "--to-schema-datamodel", "prisma/schema.postgres.prisma",
      "--exit-code",
    ],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: adminUrl } },
  );
} catch (error) {
  process.exit((error as { status?: number }).status ?? 1);
}
