// A second client on a test database that counts the SQL statements it sends (Prisma's query log
// events), for tests that a loader's number of queries does not grow with the data.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma-pg/client";
import { isPostgresUrl, type Db } from "@/lib/db/client";

export type CountingDb = { db: Db; count: () => number; reset: () => void; disconnect: () => Promise<void> };

export function createCountingDb(url: string): CountingDb {
  let queries = 0;
  const log = [{ emit: "event" as const, level: "query" as const }];
  const client = isPostgresUrl(url)
    ? new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }), log })
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }), log });
  (client as unknown as { $on: (event: "query", listener: () => void) => void }).$on("query", () => {
    queries++;
  });
  return {
    db: client as unknown as Db,
    count: () => queries,
    reset: () => {
      queries = 0;
    },
    disconnect: () => client.$disconnect(),
  };
}
