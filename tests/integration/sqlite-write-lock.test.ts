// Always SQLite, whatever TEST_PG_URL says: this is about the SQLite file that several app processes
// share (lib/db/sqlite-immediate.ts). A second connection stands for another process.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createSqliteDb, type TestDb } from "../helpers/test-db";

describe("SQLite write transactions across processes", () => {
  let t: TestDb;
  let db: Db;
  let otherProcess: Database.Database;

  beforeAll(async () => {
    t = await createSqliteDb();
    db = t.db;
    otherProcess = new Database(t.url.slice("file:".length), { timeout: 0 });
    otherProcess.pragma("journal_mode = WAL");
  });
  afterAll(async () => {
    otherProcess.close();
    await t.drop();
  });

  it("holds the write lock from the start of a transaction, before its first read", async () => {
    let otherCouldBeginWriting: boolean | undefined;
    await db.$transaction(async (tx) => {
      await tx.user.count();
      try {
        otherProcess.prepare("BEGIN IMMEDIATE").run();
        otherProcess.prepare("ROLLBACK").run();
        otherCouldBeginWriting = true;
      } catch (error) {
        expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
        otherCouldBeginWriting = false;
      }
    });
    expect(otherCouldBeginWriting).toBe(false);
  });

  it("releases the lock at commit, so the other process writes afterwards", async () => {
    await db.$transaction(async (tx) => {
      await tx.user.count();
    });
    expect(() => {
      otherProcess.prepare("BEGIN IMMEDIATE").run();
      otherProcess.prepare("ROLLBACK").run();
    }).not.toThrow();
  });

  it("waits for the other process's write lock without stalling this process, then writes", async () => {
    otherProcess.prepare("BEGIN IMMEDIATE").run();
    otherProcess.prepare("INSERT INTO Organisation (id, name, kind, updatedAt) VALUES ('other', 'Other process', 'HOSPITAL', 0)").run();
    const events: string[] = [];
    setTimeout(() => {
      events.push("other process commits");
      otherProcess.prepare("COMMIT").run();
    }, 100);
    const saved = db.$transaction(async (tx) => {
      const before = await tx.organisation.count();
      events.push(`transaction reads ${before} organisation(s)`);
      return tx.organisation.create({ data: { name: "This process", kind: "HOSPITAL" } });
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push("this process still answers");
    await saved;
    expect(events).toEqual(["this process still answers", "other process commits", "transaction reads 1 organisation(s)"]);
    expect(await db.organisation.count()).toBe(2);
  });

  it("keeps this process's own transactions one at a time, so read-modify-write loses nothing", async () => {
    const counter = await db.organisation.create({ data: { name: "0", kind: "HOSPITAL" } });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.$transaction(async (tx) => {
          const current = await tx.organisation.findUniqueOrThrow({ where: { id: counter.id } });
          await tx.organisation.update({ where: { id: counter.id }, data: { name: String(Number(current.name) + 1) } });
        }),
      ),
    );
    expect((await db.organisation.findUniqueOrThrow({ where: { id: counter.id } })).name).toBe("20");
  });

  it("rolls back a failed transaction and lets the next one write", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.organisation.create({ data: { id: "failed", name: "Failed", kind: "HOSPITAL" } });
        throw new Error("validation failed");
      }),
    ).rejects.toThrow("validation failed");
    await db.$transaction((tx) => tx.organisation.create({ data: { id: "next", name: "Next", kind: "HOSPITAL" } }));
    expect(await db.organisation.findUnique({ where: { id: "failed" } })).toBeNull();
    expect(await db.organisation.findUnique({ where: { id: "next" } })).not.toBeNull();
  });

  it("lets the other process read while a transaction writes (WAL)", async () => {
    await db.$transaction(async (tx) => {
      await tx.user.count();
      expect(otherProcess.prepare("SELECT count(*) AS n FROM User").get()).toEqual({ n: 0 });
    });
  });
});
