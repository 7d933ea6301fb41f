import "dotenv/config";
import "./prisma/cli-unref-timers";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { prismaPgForMigrate } from "./prisma/pg-migrate-adapter";
import { withMultiStatementShadow } from "./prisma/sqlite-shadow-fix";

// The scheme of DATABASE_URL selects the schema, the migration history and the adapter.
process.env.DATABASE_URL ??= "file:./prisma/dev.db";
const url = process.env.DATABASE_URL;
const isPg = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", isPg ? "schema.postgres.prisma" : "schema.prisma"),
  migrations: {
    path: path.join("prisma", isPg ? "migrations-postgres" : "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () =>
    isPg ? prismaPgForMigrate(url) : withMultiStatementShadow(new PrismaBetterSQLite3({ url })),
});
