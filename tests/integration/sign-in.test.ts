import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";

describe("sign-in with e-mail and password", () => {
  let t: TestDb;
  let hash: string;
  beforeAll(async () => {
    t = await createTestDb();
    hash = await hashPassword("correct horse battery");
  });
  afterAll(async () => t.drop());

  it("stores argon2id hashes that verify only the right password", async () => {
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "Correct horse battery")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("signs in with the right password, ignoring case and spaces in the e-mail", async () => {
    const user = await makeUser(t.db, "SECRETARIAT", { email: "ok@test.example", passwordHash: hash, locale: "nb" });
    const result = await authenticateWithPassword(t.db, { email: "  OK@Test.Example ", password: "correct horse battery" });
    expect(result).toEqual({ ok: true, user: { id: user.id, role: "SECRETARIAT", locale: "nb", sessionVersion: 0 } });
  });

  it("answers a wrong password and an unknown user alike and changes no user", async () => {
    const user = await makeUser(t.db, "STAFF", { email: "wrong@test.example", passwordHash: hash });
    expect(await authenticateWithPassword(t.db, { email: "wrong@test.example", password: "nope" })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await authenticateWithPassword(t.db, { email: "nobody@test.example", password: "nope" })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(hash);
    expect(after.updatedAt.getTime()).toBe(user.updatedAt.getTime());
  });

  it("refuses an account after 5 failures in 15 minutes, even with the right password, until the window passes", async () => {
    await makeUser(t.db, "STAFF", { email: "locked@test.example", passwordHash: hash });
    const start = new Date("2026-11-24T10:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < 5; i++) {
      expect((await authenticateWithPassword(t.db, { email: "locked@test.example", password: "bad" }, { now: at(i) })).ok).toBe(false);
    }
    expect(await authenticateWithPassword(t.db, { email: "locked@test.example", password: "correct horse battery" }, { now: at(6) })).toEqual({
      ok: false,
      code: "ACCOUNT_LOCKED",
    });
    // 15 minutes after the first failure only four remain in the window.
    const later = await authenticateWithPassword(t.db, { email: "locked@test.example", password: "correct horse battery" }, { now: at(15.5) });
    expect(later.ok).toBe(true);
  });

  it("locks one account only: another account still signs in", async () => {
    await makeUser(t.db, "STAFF", { email: "victim@test.example", passwordHash: hash });
    await makeUser(t.db, "STAFF", { email: "bystander@test.example", passwordHash: hash });
    const now = new Date("2026-11-24T12:00:00Z");
    for (let i = 0; i < 5; i++) await authenticateWithPassword(t.db, { email: "victim@test.example", password: "bad" }, { now });
    expect((await authenticateWithPassword(t.db, { email: "victim@test.example", password: "correct horse battery" }, { now })).ok).toBe(false);
    expect((await authenticateWithPassword(t.db, { email: "bystander@test.example", password: "correct horse battery" }, { now })).ok).toBe(true);
  });

  it("locks an account from one address only: the owner still signs in from another (issue 16)", async () => {
    await makeUser(t.db, "ADMIN", { email: "admin-target@test.example", passwordHash: hash });
    const now = new Date("2026-11-24T14:00:00Z");
    const attacker = { now, address: "203.0.113.9", sleep: async () => {} };
    for (let i = 0; i < 5; i++) await authenticateWithPassword(t.db, { email: "admin-target@test.example", password: "bad" }, attacker);
    const fromAttacker = await authenticateWithPassword(t.db, { email: "admin-target@test.example", password: "correct horse battery" }, attacker);
    expect(fromAttacker).toEqual({ ok: false, code: "ACCOUNT_LOCKED" });
    const fromWard = await authenticateWithPassword(
      t.db,
      { email: "admin-target@test.example", password: "correct horse battery" },
      { now, address: "10.1.2.3", sleep: async () => {} },
    );
    expect(fromWard.ok).toBe(true);
    const attempts = await t.db.loginAttempt.findMany({ where: { email: "admin-target@test.example" }, select: { address: true } });
    expect(attempts.filter((attempt) => attempt.address === "203.0.113.9")).toHaveLength(5);
  });

  it("makes every attempt on an account with many recent failures wait longer, from any address", async () => {
    await makeUser(t.db, "STAFF", { email: "slowed@test.example", passwordHash: hash });
    const now = new Date("2026-11-24T16:00:00Z");
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    for (let i = 0; i < 8; i++) {
      await authenticateWithPassword(t.db, { email: "slowed@test.example", password: "bad" }, { now, address: `198.51.100.${i}`, sleep });
    }
    // Failures 1-5 pass at once; from the sixth attempt each waits twice as long as the one before.
    expect(waits).toEqual([500, 1000, 1000 * 2]);
    const owner = await authenticateWithPassword(t.db, { email: "slowed@test.example", password: "correct horse battery" }, { now, address: "10.0.0.1", sleep });
    expect(owner.ok).toBe(true);
    expect(waits.at(-1)).toBe(4000);
  });

  it("refuses a deactivated account with its own message", async () => {
    const user = await makeUser(t.db, "STAFF", { email: "gone@test.example", passwordHash: hash });
    await t.db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authenticateWithPassword(t.db, { email: "gone@test.example", password: "correct horse battery" })).toEqual({
      ok: false,
      code: "ACCOUNT_DEACTIVATED",
    });
  });
});
