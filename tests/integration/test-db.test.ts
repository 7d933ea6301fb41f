import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../helpers/test-db";

describe("test database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("starts empty with every table migrated", async () => {
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.measurement.count()).toBe(0);
  });
});
