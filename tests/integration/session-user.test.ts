import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSessionUser } from "@/lib/auth/session-user";
import { deactivateUser, reactivateUser } from "@/lib/users/mutations";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";

// The user behind a session cookie, read on every request (lib/auth/session.ts getCurrentUser).
describe("the user a session names", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("is the user with role, name, e-mail and locale", async () => {
    const user = await makeUser(t.db, "SECRETARIAT", { locale: "sv" });
    expect(await readSessionUser(t.db, user.id)).toEqual({ id: user.id, role: "SECRETARIAT", name: user.name, email: user.email, locale: "sv" });
  });

  it("is nobody once the account is deactivated, or when the id is unknown", async () => {
    const user = await makeUser(t.db, "MANAGER");
    expect(await readSessionUser(t.db, user.id)).not.toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await readSessionUser(t.db, user.id)).toBeNull();
    expect(await readSessionUser(t.db, "no-such-user")).toBeNull();
  });

  it("is nobody with a role the app does not know, and speaks Danish when the stored locale is unknown", async () => {
    const odd = await makeUser(t.db);
    await t.db.user.update({ where: { id: odd.id }, data: { role: "SUPERUSER" } });
    expect(await readSessionUser(t.db, odd.id)).toBeNull();
    const foreign = await makeUser(t.db, "STAFF", { locale: "fi" });
    expect(await readSessionUser(t.db, foreign.id)).toMatchObject({ role: "STAFF", locale: "da" });
  });

  it("is nobody once the session's version is older than the user's: sign-out and deactivation end sessions (issue 16)", async () => {
    const user = await makeUser(t.db, "STAFF");
    expect(await readSessionUser(t.db, user.id, 0)).not.toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await readSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await readSessionUser(t.db, user.id, 1)).toMatchObject({ id: user.id });
  });

  it("stays nobody for a cookie from before a deactivation, even after the account is reactivated", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const user = await makeUser(t.db, "STAFF");
    await t.db.$transaction((tx) => deactivateUser(tx, admin.id, { userId: user.id }));
    await t.db.$transaction((tx) => reactivateUser(tx, admin.id, { userId: user.id }));
    expect(await readSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await readSessionUser(t.db, user.id, 1)).toMatchObject({ id: user.id });
  });
});
