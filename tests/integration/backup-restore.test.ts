import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, datedBackupPath, restoreDatabase, sqliteFileOf } from "@/lib/db/backup";
import { createPrisma } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

// Issue 16: npm run db:backup while the app writes, then npm run db:restore, loses nothing that
// was acknowledged before the backup began, and the restored database is the backup.

const names = async (db: TestDb["db"]) => (await db.organisation.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((row) => row.name);

describe("backup and restore under load", () => {
  let source: TestDb;
  let target: TestDb;
  const directory = mkdtempSync(path.join(tmpdir(), "samspil-backup-"));
  beforeAll(async () => {
    source = await createTestDb();
    target = await createTestDb();
    if (source.provider === "sqlite") await source.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  });
  afterAll(async () => {
    await source.drop();
    await target.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it("keeps every acknowledged write and restores exactly what the backup holds", async () => {
    for (let i = 0; i < 200; i++) await source.db.organisation.create({ data: { name: `before-${String(i).padStart(4, "0")}`, kind: "REGION" } });
    let writing = true;
    let during = 0;
    const writer = (async () => {
      while (writing) {
        await source.db.organisation.create({ data: { name: `during-${String(during++).padStart(5, "0")}`, kind: "HOSPITAL" } });
        // SQLite's driver answers without a macrotask; yield as a server between requests does.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = datedBackupPath(directory, source.url);
    let acknowledged: string[];
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      acknowledged = await names(source.db);
      await backupDatabase(source.url, file);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      writing = false;
      await writer;
    }
    expect(during).toBeGreaterThan(0);

    await target.db.$disconnect();
    await restoreDatabase(file, target.url);
    const restoredDb = createPrisma(target.url);
    try {
      const restored = await names(restoredDb);
      expect(restored).toEqual(expect.arrayContaining(acknowledged));
      expect(restored.length).toBeGreaterThanOrEqual(acknowledged.length);
      expect(restored.length).toBeLessThanOrEqual(200 + during);
      expect(await restoredDb.user.count()).toBe(0);
    } finally {
      await restoredDb.$disconnect();
    }
  }, 60_000);

  const onSqlite = !process.env.TEST_PG_URL;

  it.runIf(onSqlite)("refuses to restore a file that is not a Samspil backup, leaving the database as it was", async () => {
    const junk = path.join(directory, "junk.db");
    writeFileSync(junk, "not a database");
    const before = await names(source.db);
    await expect(restoreDatabase(junk, source.url)).rejects.toThrow();
    expect(await names(source.db)).toEqual(before);
  });

  it.runIf(onSqlite)("(SQLite) takes what is still in the write-ahead log, which a plain file copy misses", async () => {
    await source.db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
    await source.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    for (let i = 0; i < 20; i++) await source.db.organisation.create({ data: { name: `wal-${i}`, kind: "REGION" } });
    const expected = await names(source.db);
    const plain = path.join(directory, "plain-copy.db");
    copyFileSync(sqliteFileOf(source.url), plain);
    const online = path.join(directory, "online.db");
    await backupDatabase(source.url, online);
    const plainDb = createPrisma(`file:${plain}`);
    const onlineDb = createPrisma(`file:${online}`);
    try {
      expect((await names(plainDb)).length).toBeLessThan(expected.length);
      expect(await names(onlineDb)).toEqual(expected);
    } finally {
      await plainDb.$disconnect();
      await onlineDb.$disconnect();
    }
  });
});
