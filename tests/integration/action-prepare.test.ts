// Always SQLite: the point is SQLite's one write lock, which a second connection (another app
// process) must be able to take while an action prepares its work (STYLE.md "Hostile input").
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { executeAction } from "@/lib/actions/define-action";
import { fail } from "@/lib/actions/result";
import { saveUserLocale } from "@/lib/users/mutations";
import { createSqliteDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";
import { asCurrent } from "../helpers/team-work-fixtures";
import { countingTransactions } from "../helpers/transaction-count";

describe("an action's prepare step, outside the write transaction", () => {
  let t: TestDb;
  let otherProcess: Database.Database;
  beforeAll(async () => {
    t = await createSqliteDb();
    otherProcess = new Database(t.url.slice("file:".length), { timeout: 0 });
    otherProcess.pragma("journal_mode = WAL");
  });
  afterAll(async () => {
    otherProcess.close();
    await t.drop();
  });

  /** Whether another process could take SQLite's write lock right now. */
  const otherCanWrite = () => {
    try {
      otherProcess.prepare("BEGIN IMMEDIATE").run();
      otherProcess.prepare("ROLLBACK").run();
      return true;
    } catch (error) {
      expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
      return false;
    }
  };
  const schema = z.object({ locale: z.enum(["da", "sv"]) });

  it("runs after authorisation and before the transaction, while the write lock is free, and hands its result to run", async () => {
    const user = await makeUser(t.db);
    const events: string[] = [];
    const result = await executeAction(
      {
        schema,
        authorize: () => {
          events.push("authorize");
          return { ok: true, relations: [] };
        },
        prepare: async ({ input }) => {
          events.push(`prepare (another process can write: ${otherCanWrite()})`);
          return { parsed: input.locale.toUpperCase() };
        },
        run: async ({ tx, user: actor, input, prepared }) => {
          events.push(`run (another process can write: ${otherCanWrite()})`);
          await saveUserLocale(tx, actor.id, input.locale);
          return prepared.parsed;
        },
      },
      { db: t.db, user: asCurrent(user) },
      { locale: "sv" },
    );
    expect(result).toEqual({ ok: true, data: "SV" });
    expect(events).toEqual(["authorize", "prepare (another process can write: true)", "run (another process can write: false)"]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("sv");
  });

  it("refuses with the prepare step's ActionError without opening a transaction, writing nothing and auditing nothing", async () => {
    const user = await makeUser(t.db);
    const counted = countingTransactions(t.db);
    const audits = await t.db.auditEvent.count();
    let ran = false;
    const result = await executeAction(
      {
        schema,
        authorize: () => ({ ok: true, relations: [] }),
        prepare: async () => fail({ code: "VALIDATION", fieldErrors: { file: ["fileTooLarge"] } }),
        run: async ({ tx, user: actor, input }) => {
          ran = true;
          await saveUserLocale(tx, actor.id, input.locale);
        },
      },
      { db: counted.db, user: asCurrent(user) },
      { locale: "sv" },
    );
    expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { file: ["fileTooLarge"] } });
    expect(ran).toBe(false);
    expect(counted.transactions()).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("da");
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("answers INTERNAL for a prepare step that crashes, and never prepares for a caller the policy refuses", async () => {
    const user = await makeUser(t.db);
    const crashed = await executeAction(
      {
        schema,
        authorize: () => ({ ok: true, relations: [] }),
        prepare: async () => {
          throw new Error("parser crashed (expected in this test)");
        },
        run: async () => "written",
      },
      { db: t.db, user: asCurrent(user) },
      { locale: "sv" },
    );
    expect(crashed).toEqual({ ok: false, code: "INTERNAL" });
    let prepared = false;
    const refused = await executeAction(
      {
        schema,
        authorize: () => ({ ok: false, code: "FORBIDDEN" }),
        prepare: async () => void (prepared = true),
        run: async () => "written",
      },
      { db: t.db, user: asCurrent(user) },
      { locale: "sv" },
    );
    expect(refused).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(prepared).toBe(false);
  });
});
