import { describe, expect, it } from "vitest";
import { z } from "zod";
import { afterCursor, nextPageUrl, pageParams, toPage } from "@/lib/api/pagination";
import { dateParam, parseQuery } from "@/lib/api/query";

const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `id-${i}` }));

describe("API pagination and query parsing", () => {
  it("cuts a page of limit + 1 rows to limit and points the cursor at its last row", () => {
    expect(toPage(rows(3), 2)).toEqual({ data: rows(2), nextCursor: "id-1" });
    expect(toPage(rows(2), 2)).toEqual({ data: rows(2), nextCursor: null });
    expect(toPage([], 2)).toEqual({ data: [], nextCursor: null });
  });

  it("starts after the cursor", () => {
    expect(afterCursor(undefined)).toEqual({});
    expect(afterCursor("abc")).toEqual({ id: { gt: "abc" } });
  });

  it("builds the next link on the public base URL with the query kept and the cursor replaced", () => {
    const request = new URL("http://internal:3000/api/v1/teams?collaborativeId=c1&limit=5&cursor=old");
    expect(nextPageUrl(request, "https://samspil.example", "new")).toBe("https://samspil.example/api/v1/teams?collaborativeId=c1&limit=5&cursor=new");
    expect(nextPageUrl(request, "https://samspil.example", null)).toBeNull();
  });

  it("defaults the limit to 100 and refuses unknown, repeated and invalid parameters", () => {
    const schema = z.object({ ...pageParams, from: dateParam.optional() }).strict();
    expect(parseQuery(schema, new URLSearchParams(""))).toEqual({ ok: true, data: { limit: 100 } });
    expect(parseQuery(schema, new URLSearchParams("limit=1000&from=2024-02-29"))).toEqual({
      ok: true,
      data: { limit: 1000, from: new Date("2024-02-29T00:00:00.000Z") },
    });
    expect(parseQuery(schema, new URLSearchParams("teamId=x"))).toEqual({ ok: false, message: 'unknown parameter "teamId"' });
    expect(parseQuery(schema, new URLSearchParams("limit=1&limit=2"))).toEqual({ ok: false, message: 'parameter "limit" is given more than once' });
    expect(parseQuery(schema, new URLSearchParams("from=2023-02-29"))).toEqual({ ok: false, message: "from: not a calendar date" });
  });
});
