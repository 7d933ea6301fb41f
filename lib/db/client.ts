// The only place a PrismaClient is made. The scheme of DATABASE_URL picks the database:
// PostgreSQL for postgres:// URLs, otherwise a SQLite file (default ./prisma/dev.db).
// Both generated clients share one model; the SQLite client's type is the canonical one.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma-pg/client";
import { withImmediateTransactions } from "./sqlite-immediate";

export type Db = SqliteClient;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function createPrisma(url: string = databaseUrl()): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  return new SqliteClient({ adapter: withImmediateTransactions(new PrismaBetterSQLite3({ url })) });
}
