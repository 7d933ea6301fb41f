import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamsResource } from "@/lib/api/resources/teams";
import { hashApiToken } from "@/lib/api-tokens/secret";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";
import { getItem, getList, makeToken, makeTwoRegions, type TwoRegions } from "../helpers/api-fixtures";

describe("open data API: Bearer token authentication", () => {
  let t: TestDb;
  let world: TwoRegions;
  beforeAll(async () => {
    t = await createTestDb();
    world = await makeTwoRegions(t.db);
  });
  afterAll(async () => t.drop());

  const list = (token: string | null, now?: Date) => getList(t.db, teamsResource, token, {}, now);
  const newManager = async () => {
    const manager = await makeUser(t.db, "MANAGER");
    await t.db.managerScope.create({ data: { userId: manager.id, organisationId: world.regionA.id } });
    return manager;
  };

  it("answers a valid token with its owner's teams", async () => {
    const { token } = await makeToken(t.db, world.managerA);
    const { status, body } = await list(token);
    expect(status).toBe(200);
    expect(body.data.map((team: { id: string }) => team.id).sort()).toEqual(world.teamsA.map((team) => team.id).sort());
  });

  it("answers 401 JSON with a Bearer challenge without a token, with a malformed header and with a wrong token", async () => {
    for (const token of [null, "", "not a token", "samspil_wrongwrongwrong"]) {
      const { status, headers, body } = await list(token);
      expect(status).toBe(401);
      expect(headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(body.error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("does not accept the token's stored hash as a token", async () => {
    const created = await makeToken(t.db, world.managerA);
    expect((await list(hashApiToken(created.token))).status).toBe(401);
  });

  it("answers 401 once the token is revoked", async () => {
    const { id, token } = await makeToken(t.db, world.managerA);
    expect((await list(token)).status).toBe(200);
    await t.db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    const { status, body } = await list(token);
    expect(status).toBe(401);
    expect(body.error.message).toContain("revoked");
    expect((await getItem(t.db, teamsResource, token, world.teamsA[0].id)).status).toBe(401);
  });

  it("answers 401 when the owner is deactivated, and works again when reactivated", async () => {
    const manager = await newManager();
    const { token } = await makeToken(t.db, manager);
    await t.db.user.update({ where: { id: manager.id }, data: { deactivatedAt: new Date() } });
    expect((await list(token)).status).toBe(401);
    await t.db.user.update({ where: { id: manager.id }, data: { deactivatedAt: null } });
    expect((await list(token)).status).toBe(200);
  });

  it("answers 403 when the owner is no longer a manager or administrator (role read fresh)", async () => {
    const manager = await newManager();
    const { token } = await makeToken(t.db, manager);
    expect((await list(token)).status).toBe(200);
    for (const role of ["STAFF", "SECRETARIAT", "SOMETHING_ELSE"]) {
      await t.db.user.update({ where: { id: manager.id }, data: { role } });
      const { status, body } = await list(token);
      expect(status).toBe(403);
      expect(body.error.code).toBe("FORBIDDEN");
    }
  });

  it("marks the token used, at most once a minute", async () => {
    const { id, token } = await makeToken(t.db, world.managerA);
    const lastUsed = async () => (await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const first = new Date("2026-03-02T10:00:00.000Z");
    await list(token, first);
    expect((await lastUsed())?.toISOString()).toBe(first.toISOString());
    await list(token, new Date(first.getTime() + 30_000));
    expect((await lastUsed())?.toISOString()).toBe(first.toISOString());
    const later = new Date(first.getTime() + 61_000);
    await list(token, later);
    expect((await lastUsed())?.toISOString()).toBe(later.toISOString());
  });

  it("does not mark a refused token as used", async () => {
    const { id, token } = await makeToken(t.db, world.managerA);
    await t.db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await list(token);
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
  });
});
