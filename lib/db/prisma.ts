import "server-only";
import { createPrisma, databaseUrl, isPostgresUrl, type Db } from "./client";

// One client per process; kept on globalThis so hot reload in development does not open more.
const globalForPrisma = globalThis as unknown as { samspilPrisma?: Db };

function createAppPrisma(): Db {
  const client = createPrisma();
  if (!isPostgresUrl(databaseUrl())) {
    // SQLite: write-ahead logging lets readers go on while a save commits, and NORMAL sync makes a
    // commit cost microseconds instead of an fsync (a power cut may lose the last commits, never
    // corrupt the file). WAL is kept in the file; synchronous is per connection.
    void client
      .$queryRawUnsafe("PRAGMA journal_mode = WAL")
      .then(() => client.$executeRawUnsafe("PRAGMA synchronous = NORMAL"))
      .catch((error: unknown) => console.error("SQLite pragmas", error));
  }
  return client;
}

export const prisma: Db = globalForPrisma.samspilPrisma ?? createAppPrisma();
if (process.env.NODE_ENV !== "production") globalForPrisma.samspilPrisma = prisma;
