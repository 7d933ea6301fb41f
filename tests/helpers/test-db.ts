// A fresh, real database per test file: a SQLite file by default, or a PostgreSQL database of its own
// when TEST_PG_URL is set (npm run test:pg). The committed migrations are applied as they are.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/client";

export type TestDb = { db: Db; url: string; provider: "sqlite" | "postgresql"; drop: () => Promise<void> };

function migrationSql(folder: string): string[] {
  const root = path.resolve(import.meta.dirname, "../../prisma", folder);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(root, name, "migration.sql"), "utf8"));
}

/** A new SQLite database whatever TEST_PG_URL says (for tests about SQLite itself). */
export async function createSqliteDb(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), "samspil-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const sql of migrationSql("migrations")) raw.exec(sql);
  raw.close();
  const url = `file:${file}`;
  const db = createPrisma(url);
  return {
    db,
    url,
    provider: "sqlite",
    drop: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresDb(baseUrl: string): Promise<TestDb> {
  const name = `samspil_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const target = new URL(baseUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const sql of migrationSql("migrations-postgres")) await client.query(sql);
  await client.end();
  const db = createPrisma(url);
  return {
    db,
    url,
    provider: "postgresql",
    drop: async () => {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: baseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A new empty database with every migration applied. Call drop() in afterAll. */
export function createTestDb(): Promise<TestDb> {
  const pgUrl = process.env.TEST_PG_URL;
  return pgUrl ? createPostgresDb(pgUrl) : createSqliteDb();
}
