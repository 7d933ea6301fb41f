import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collaborativesResource } from "@/lib/api/resources/collaboratives";
import { measurementsResource } from "@/lib/api/resources/measurements";
import { pdsaCyclesResource } from "@/lib/api/resources/pdsa-cycles";
import { teamsResource } from "@/lib/api/resources/teams";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { getItem, getList, makeToken, makeTwoRegions, walkPages, type TwoRegions } from "../helpers/api-fixtures";

describe("open data API: pagination and query parameters", () => {
  let t: TestDb;
  let w: TwoRegions;
  let token = "";
  let readableMeasurementIds: string[] = [];
  beforeAll(async () => {
    t = await createTestDb();
    w = await makeTwoRegions(t.db);
    token = (await makeToken(t.db, w.managerA)).token;
    readableMeasurementIds = w.teamsA.flatMap((team) => w.filled.get(team.id)!.measurements.map((m) => m.id)).sort();
  });
  afterAll(async () => t.drop());

  it("walks every readable row exactly once, in id order, following next with limit 2", async () => {
    const pages = await walkPages(t.db, measurementsResource, token, { limit: "2" });
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);
    expect(pages.flat()).toEqual(readableMeasurementIds);
    expect(new Set(pages.flat()).size).toBe(readableMeasurementIds.length);
    expect(pages.length).toBe(Math.ceil(readableMeasurementIds.length / 2));
  });

  it("keeps the filters in the next link", async () => {
    const team = w.a.teams[0].id;
    const first = await getList(t.db, measurementsResource, token, { teamId: team, limit: "1" });
    const next = new URL(first.body.next);
    expect(next.pathname).toBe("/api/v1/measurements");
    expect(Object.fromEntries(next.searchParams)).toEqual({ teamId: team, limit: "1", cursor: first.body.data[0].id });
    const walked = await walkPages(t.db, measurementsResource, token, { teamId: team, limit: "1" });
    const expected = w.filled.get(team)!.measurements.map((m) => m.id).sort();
    expect(walked.flat()).toEqual(expected);
  });

  it("answers next null when everything fits, with 100 rows per page by default", async () => {
    const { status, body } = await getList(t.db, measurementsResource, token);
    expect(status).toBe(200);
    expect(body.next).toBeNull();
    expect(body.data).toHaveLength(readableMeasurementIds.length);
    for (let i = 0; i < 101 - readableMeasurementIds.length; i++) {
      await t.db.measurement.create({
        data: { teamId: w.a.teams[1].id, measureId: w.shared.a.id, periodStart: new Date(Date.UTC(2024, 0, 1 + 7 * i)), numerator: 1, denominator: 2 },
      });
    }
    const full = await getList(t.db, measurementsResource, token);
    expect(full.body.data).toHaveLength(100);
    expect(full.body.next).toContain("cursor=");
    const rest = await walkPages(t.db, measurementsResource, token, {});
    expect(rest.map((page) => page.length)).toEqual([100, 1]);
  });

  it("answers an empty last page's next as null for a cursor after every row", async () => {
    const { body } = await getList(t.db, teamsResource, token, { cursor: "zzzzzzzz" });
    expect(body).toEqual({ data: [], next: null });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=1001", "limit"],
    ["limit=abc", "limit"],
    ["limit=2.5", "limit"],
    ["limit=", "limit"],
    ["teamid=x", "teamid"],
    ["limit=1&limit=2", "limit"],
    ["from=2026-13-01", "from"],
    ["from=2026-02-30", "from"],
    ["to=yesterday", "to"],
    ["from=2026-02-01&to=2026-01-01", "from"],
  ])("answers 400 JSON naming the parameter for measurements?%s", async (query, parameter) => {
    const { status, body } = await getList(t.db, measurementsResource, token, query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain(parameter);
  });

  it("answers 400 for an unknown PDSA state, a filter a collection does not have, and any parameter on a single read", async () => {
    expect((await getList(t.db, pdsaCyclesResource, token, { state: "FINISHED" })).status).toBe(400);
    expect((await getList(t.db, collaborativesResource, token, { teamId: w.a.teams[0].id })).status).toBe(400);
    const item = await getItem(t.db, teamsResource, token, w.a.teams[0].id, { limit: "2" });
    expect(item.status).toBe(400);
    expect(item.body.error.code).toBe("BAD_REQUEST");
  });

  it("checks the token before the parameters: a bad query without a token is 401", async () => {
    expect((await getList(t.db, measurementsResource, null, "limit=0")).status).toBe(401);
  });
});
