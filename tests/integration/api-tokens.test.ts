import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { createApiTokenConfig, revokeApiTokenConfig } from "@/lib/api-tokens/action-configs";
import { listOwnApiTokens } from "@/lib/api-tokens/data";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/authz/roles";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";
import { asCurrent } from "../helpers/admin-fixtures";

describe("personal API tokens: create, list and revoke (apiToken.manage)", () => {
  let t: TestDb;
  let manager: CurrentUser;
  let admin: CurrentUser;
  beforeAll(async () => {
    t = await createTestDb();
    manager = asCurrent(await makeUser(t.db, "MANAGER"));
    admin = asCurrent(await makeUser(t.db, "ADMIN"));
  });
  afterAll(async () => t.drop());

  const create = (user: CurrentUser, input: unknown) => executeAction(createApiTokenConfig, { db: t.db, user }, input);
  const revoke = (user: CurrentUser, tokenId: string) => executeAction(revokeApiTokenConfig, { db: t.db, user }, { tokenId });
  const snapshot = async () =>
    JSON.stringify({
      tokens: await t.db.apiToken.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true, name: true, revokedAt: true } }),
      audit: await t.db.auditEvent.count(),
    });
  async function expectRefusedUnchanged(run: () => Promise<unknown>, expected: unknown) {
    const before = await snapshot();
    expect(await run()).toMatchObject(expected as object);
    expect(await snapshot()).toBe(before);
  }

  it("creates a token for a manager: answers it once, stores only its SHA-256 and records an audit event without it", async () => {
    const result = await create(manager, { name: "  Power BI  " });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.name).toBe("Power BI");
    expect(result.data.token).toMatch(/^samspil_[A-Za-z0-9_-]{43}$/);
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ userId: manager.id, name: "Power BI", lastUsedAt: null, revokedAt: null });
    expect(row.tokenHash).toBe(createHash("sha256").update(result.data.token).digest("hex"));
    const audit = await t.db.auditEvent.findMany({ where: { entityId: row.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: manager.id, action: "apiToken.create", entityType: "ApiToken" });
    expect(`${audit[0].before}${audit[0].after}`).not.toContain(result.data.token);
    expect(`${audit[0].after}`).not.toContain(row.tokenHash);
  });

  it("gives every token a different secret, also for an administrator", async () => {
    const first = await create(admin, { name: "R" });
    const second = await create(admin, { name: "R" });
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(first.data.token).not.toBe(second.data.token);
  });

  it.each<Role>(["STAFF", "SECRETARIAT"])("refuses a %s with FORBIDDEN and writes nothing", async (role) => {
    const user = asCurrent(await makeUser(t.db, role));
    await expectRefusedUnchanged(() => create(user, { name: "Nope" }), { ok: false, code: "FORBIDDEN" });
    expect(await listOwnApiTokens(t.db, user)).toBeNull();
  });

  it("refuses an empty name, a too long name and a personal identity number with field errors", async () => {
    await expectRefusedUnchanged(() => create(manager, { name: "   " }), { ok: false, code: "VALIDATION", fieldErrors: { name: expect.any(Array) } });
    await expectRefusedUnchanged(() => create(manager, { name: "x".repeat(101) }), { ok: false, code: "VALIDATION" });
    await expectRefusedUnchanged(() => create(manager, { name: "Token 010190-1234" }), {
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["personalIdentifier"] },
    });
    await expectRefusedUnchanged(() => create(manager, {}), { ok: false, code: "VALIDATION" });
  });

  it("refuses a signed-out caller with UNAUTHENTICATED", async () => {
    const before = await snapshot();
    expect(await executeAction(createApiTokenConfig, { db: t.db, user: null }, { name: "x" })).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshot()).toBe(before);
  });

  it("lists only the actor's own tokens, newest first, without their hashes", async () => {
    const owner = asCurrent(await makeUser(t.db, "MANAGER"));
    await create(owner, { name: "Old" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await create(owner, { name: "New" });
    const list = await listOwnApiTokens(t.db, owner);
    expect(list?.map((token) => token.name)).toEqual(["New", "Old"]);
    expect(Object.keys(list![0]).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "revokedAt"]);
    expect((await listOwnApiTokens(t.db, manager))?.some((token) => token.name === "Old")).toBe(false);
  });

  it("revokes the actor's own token and records an audit event", async () => {
    const created = await create(manager, { name: "To revoke" });
    if (!created.ok) throw new Error("not created");
    expect(await revoke(manager, created.data.id)).toEqual({ ok: true, data: { id: created.data.id } });
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
    const events = await t.db.auditEvent.findMany({ where: { entityId: row.id, action: "apiToken.revoke" } });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(manager.id);
    expect(JSON.parse(events[0].after!)).toEqual({ name: "To revoke", revokedAt: row.revokedAt!.toISOString() });
  });

  it("refuses to revoke a token twice (RULE_VIOLATION) and leaves the first revocation as it was", async () => {
    const created = await create(manager, { name: "Twice" });
    if (!created.ok) throw new Error("not created");
    await revoke(manager, created.data.id);
    await expectRefusedUnchanged(() => revoke(manager, created.data.id), { ok: false, code: "RULE_VIOLATION", rule: "apiToken.alreadyRevoked" });
  });

  it("answers NOT_FOUND for someone else's token, even for an administrator, and for an unknown id", async () => {
    const created = await create(manager, { name: "Mine" });
    if (!created.ok) throw new Error("not created");
    const otherManager = asCurrent(await makeUser(t.db, "MANAGER"));
    await expectRefusedUnchanged(() => revoke(otherManager, created.data.id), { ok: false, code: "NOT_FOUND" });
    await expectRefusedUnchanged(() => revoke(admin, created.data.id), { ok: false, code: "NOT_FOUND" });
    await expectRefusedUnchanged(() => revoke(manager, "no-such-token"), { ok: false, code: "NOT_FOUND" });
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).revokedAt).toBeNull();
  });

  it("refuses revocation by a role that may not hold tokens (FORBIDDEN) and a missing id (VALIDATION)", async () => {
    const created = await create(manager, { name: "Kept" });
    if (!created.ok) throw new Error("not created");
    const staff = asCurrent(await makeUser(t.db, "STAFF"));
    await expectRefusedUnchanged(() => revoke(staff, created.data.id), { ok: false, code: "FORBIDDEN" });
    await expectRefusedUnchanged(() => executeAction(revokeApiTokenConfig, { db: t.db, user: manager }, {}), { ok: false, code: "VALIDATION" });
  });

  it("takes the create and revoke forms' FormData; the new token comes back once, in the result", async () => {
    const posted = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    };
    const created = await create(manager, posted({ name: "Fra formularen" }));
    expect(created).toMatchObject({ ok: true, data: { name: "Fra formularen", token: expect.stringMatching(/^samspil_/) } });
    if (!created.ok) return;
    await expectRefusedUnchanged(() => create(manager, posted({ name: "x".repeat(101) })), { ok: false, code: "VALIDATION", fieldErrors: { name: ["tooBig"] } });
    expect(await executeAction(revokeApiTokenConfig, { db: t.db, user: manager }, posted({ tokenId: created.data.id }))).toEqual({ ok: true, data: { id: created.data.id } });
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).revokedAt).toBeInstanceOf(Date);
  });
});
