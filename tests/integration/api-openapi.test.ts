import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { API_COLLECTIONS, buildOpenApiDocument } from "@/lib/api/openapi";
import { API_SCHEMAS } from "@/lib/api/openapi-schemas";
import { API_RESOURCES } from "@/lib/api/resources";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { getList, makeToken, makeTwoRegions } from "../helpers/api-fixtures";

const V1 = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route under app/api/v1 as an OpenAPI path: "teams/[id]/route.ts" → "/teams/{id}". */
function routesOnDisk(dir = V1, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix || "/"] : [];
    const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
    return routesOnDisk(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

type Doc = ReturnType<typeof buildOpenApiDocument>;
type Operation = { get: { parameters: ({ name?: string; $ref?: string; in?: string })[]; security?: unknown[] } };

describe("open data API: the OpenAPI document", () => {
  let doc: Doc;
  beforeAll(() => {
    doc = buildOpenApiDocument("https://samspil.test");
  });

  it("describes exactly the routes that exist under app/api/v1", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(routesOnDisk().sort());
  });

  it("is OpenAPI 3.1 with the bearer security scheme required everywhere but on itself", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://samspil.test/api/v1" }]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect((doc.paths["/openapi.json"] as Operation).get.security).toEqual([]);
  });

  it("documents for every collection exactly the query parameters its handler accepts", () => {
    expect(API_COLLECTIONS.map((collection) => collection.path)).toEqual(API_RESOURCES.map((resource) => resource.path));
    for (const resource of API_RESOURCES) {
      const operation = doc.paths[`/${resource.path}`] as Operation;
      const documented = operation.get.parameters.map((parameter) => parameter.name ?? parameter.$ref!.split("/").pop()!);
      expect({ path: resource.path, parameters: documented.sort() }).toEqual({ path: resource.path, parameters: Object.keys(resource.query.shape).sort() });
    }
  });

  it("serves the document as JSON from the route handler, with the request's origin as server", async () => {
    const previous = process.env.NEXTAUTH_URL;
    delete process.env.NEXTAUTH_URL;
    try {
      const response = getOpenApi(new Request("http://bi.example:3000/api/v1/openapi.json"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      const served = await response.json();
      expect(served.servers).toEqual([{ url: "http://bi.example:3000/api/v1" }]);
      expect(Object.keys(served.paths).sort()).toEqual(Object.keys(doc.paths).sort());
    } finally {
      if (previous !== undefined) process.env.NEXTAUTH_URL = previous;
    }
  });

  describe("response schemas against real rows", () => {
    let t: TestDb;
    let token = "";
    beforeAll(async () => {
      t = await createTestDb();
      const world = await makeTwoRegions(t.db);
      await t.db.pdsaCycleMeasure.create({ data: { cycleId: world.filled.get(world.a.teams[0].id)!.cycle.id, measureId: world.shared.a.id } });
      token = (await makeToken(t.db, world.admin)).token;
    });
    afterAll(async () => t.drop());

    it("names every field each collection answers, no more and no fewer", async () => {
      for (const collection of API_COLLECTIONS) {
        const resource = API_RESOURCES.find((candidate) => candidate.path === collection.path)!;
        const { status, body } = await getList(t.db, resource, token);
        expect(status).toBe(200);
        expect(body.data.length).toBeGreaterThan(0);
        const schema = API_SCHEMAS[collection.schema] as { properties: Record<string, { properties?: object }> };
        for (const row of body.data as Record<string, unknown>[]) {
          expect({ path: collection.path, keys: Object.keys(row).sort() }).toEqual({ path: collection.path, keys: Object.keys(schema.properties).sort() });
        }
      }
    });

    it("writes dates as YYYY-MM-DD, months as YYYY-MM and moments as ISO 8601 UTC", async () => {
      const measurement = (await getList(t.db, API_RESOURCES.find((r) => r.path === "measurements")!, token, { limit: "1" })).body.data[0];
      expect(measurement.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(measurement.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      const assessment = (await getList(t.db, API_RESOURCES.find((r) => r.path === "assessments")!, token, { limit: "1" })).body.data[0];
      expect(assessment.month).toBe("2026-01");
      const cycles = (await getList(t.db, API_RESOURCES.find((r) => r.path === "pdsa-cycles")!, token)).body.data as { measureIds: string[] }[];
      expect(cycles.some((cycle) => cycle.measureIds.length === 1)).toBe(true);
    });
  });
});
