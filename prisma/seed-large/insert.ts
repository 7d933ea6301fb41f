// Bulk writes for the large data set: createMany in chunks of 5,000 rows, ten chunks to a
// transaction (Prisma splits each chunk into statements within the provider's bind limit). On
// SQLite the journal goes to WAL with synchronous=NORMAL while loading (this connection only), and
// the journal mode back afterwards.
import type { Db, DbTransaction } from "../../lib/db/client";
import { isPostgresUrl } from "../../lib/db/client";
import type { DemoData, TableName } from "../seed/types";

const CHUNK_ROWS = 5_000;
const CHUNKS_PER_TRANSACTION = 10;

type CreateMany = { createMany(args: { data: unknown[] }): Promise<{ count: number }> };

export async function insertRows(db: Db, table: TableName, rows: readonly unknown[]): Promise<number> {
  let written = 0;
  const perTransaction = CHUNK_ROWS * CHUNKS_PER_TRANSACTION;
  for (let start = 0; start < rows.length; start += perTransaction) {
    const slice = rows.slice(start, start + perTransaction);
    written += await db.$transaction(
      async (tx: DbTransaction) => {
        const delegate = tx[table] as unknown as CreateMany;
        let count = 0;
        for (let i = 0; i < slice.length; i += CHUNK_ROWS) count += (await delegate.createMany({ data: slice.slice(i, i + CHUNK_ROWS) })).count;
        return count;
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  }
  return written;
}

/** Writes the given tables in the given order (parents first) and empties them in `data`. */
export async function insertTables(db: Db, data: DemoData, tables: readonly TableName[]): Promise<void> {
  for (const table of tables) {
    await insertRows(db, table, data[table]);
    data[table].length = 0;
  }
}

/** Faster SQLite loading; returns the journal mode to restore. A no-op on PostgreSQL. */
export async function beginBulkLoad(db: Db, url: string): Promise<string | null> {
  if (isPostgresUrl(url)) return null;
  const [{ journal_mode: previous }] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
  return previous;
}

/** Puts the journal back as the migrations left it, so the app runs on the database as it normally would. */
export async function endBulkLoad(db: Db, previousJournalMode: string | null): Promise<void> {
  if (!previousJournalMode) return;
  await db.$queryRawUnsafe(`PRAGMA journal_mode=${previousJournalMode === "wal" ? "WAL" : "DELETE"}`);
}
