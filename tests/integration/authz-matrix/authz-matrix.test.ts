// Issue 16, "Authorisation matrix": every server-action config and every route under app/api, tried
// as every identity of world.ts (each role, a member of another team and of another collaborative,
// managers of two regions, signed out). Allowed or refused as matrix.ts says (PRODUCT.md §4), and a
// refused call changes nothing: a hash of every table, the audit log included, is the same after.
// A config, a "use server" export or a route file without its row in matrix.ts fails the test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction, executePublicAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { authenticateApiRequest } from "@/lib/api/auth";
import { collaborativeFeedToken } from "@/lib/seminars/ics";
import { secretProblem } from "@/scripts/require-secret.mjs";
import { createTestDb, type TestDb } from "../../helpers/test-db";
import { CONFIG_MODULES, CONFIGS, DUPLICATE_CONFIGS } from "./configs";
import { ACTIONS, API_READERS, INLINE_SERVER_ACTIONS, ROUTES, type ActionCase, type RouteRow } from "./matrix";
import { changedTables, tableHasher, type TableHasher } from "./table-hash";
import { buildWorld, currentUser, IDENTITIES, type Identity, type World } from "./world";

// The route handlers read the app's database client and the session; here they are the test
// database and the identity being tried.
const env = vi.hoisted(() => ({ db: undefined as object | undefined, user: null as unknown }));
vi.mock("@/lib/db/prisma", () => ({
  prisma: new Proxy(
    {},
    {
      get: (_target, key) => {
        const value: unknown = Reflect.get(env.db!, key);
        return typeof value === "function" ? value.bind(env.db) : value;
      },
    },
  ),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => env.user, requireUser: async () => env.user }));

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ROUTE_MODULES = import.meta.glob("/app/api/**/route.ts") as Record<string, () => Promise<Record<string, unknown>>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative.split(path.sep).join("/")] : [];
  });
}
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** The source of one export, from `export … name` to the next top-level export. */
function exportSource(file: string, name: string): string {
  const text = read(file);
  const start = text.search(new RegExp(`export (?:const|function|async function) ${name}\\b`));
  if (start < 0) return "";
  const next = text.indexOf("\nexport ", start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
const tried = { actions: 0, routes: 0 };
const started = Date.now();

describe("authorisation matrix (issue 16): every action and API route as every identity", () => {
  let t: TestDb;
  let w: World;
  let hasher: TableHasher;
  let counter = 0;
  const seq = () => counter++;

  beforeAll(async () => {
    if (secretProblem(process.env)) process.env.NEXTAUTH_SECRET = "authz-matrix-secret-that-is-long-enough-to-use";
    t = await createTestDb();
    env.db = t.db;
    w = await buildWorld(t.db);
    hasher = await tableHasher(t.db, t.provider);
  });
  afterAll(async () => {
    console.info(`authorisation matrix: ${tried.actions} (action, identity) and ${tried.routes} (route, identity) pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await t?.drop();
  });

  /** Runs `call` and answers what changed in the database: the tables whose hash differs. */
  async function changes<T>(call: () => Promise<T>): Promise<{ value: T; changed: string[] }> {
    const before = await hasher.hash();
    const value = await call();
    return { value, changed: changedTables(before, await hasher.hash()) };
  }

  describe("the matrix is complete", () => {
    it("hashes every table of the database, the audit log and the outbox included", () => {
      expect(hasher.tables).toEqual(expect.arrayContaining(["AuditEvent", "OutboxMessage", "User", "Team", "Measurement", "ApiToken"]));
      expect(hasher.tables.length).toBeGreaterThan(25);
    });

    it("has a row for every exported action config, and every row names a config", () => {
      expect(DUPLICATE_CONFIGS).toEqual([]);
      expect(CONFIGS.size).toBeGreaterThan(60);
      expect([...CONFIGS.keys()].filter((name) => !(name in ACTIONS)).sort()).toEqual([]);
      expect(Object.keys(ACTIONS).filter((name) => !CONFIGS.has(name)).sort()).toEqual([]);
    });

    it("finds every file that defines an action config (lib/*/action-configs.ts and lib/users/invite.ts)", () => {
      const defining = sourceFiles("lib").filter((file) => /satisfies (?:Public)?ActionConfig</.test(read(file)));
      expect(defining.filter((file) => !(`/${file}` in CONFIG_MODULES)).sort()).toEqual([]);
    });

    it("marks exactly the public configs (signed out allowed to call) as public", () => {
      const publicInCode = [...CONFIGS].filter(([name, { file }]) => exportSource(file, name).includes("PublicActionConfig")).map(([name]) => name);
      const publicInMatrix = Object.entries(ACTIONS).filter(([, row]) => row.public).map(([name]) => name);
      expect(publicInMatrix.sort()).toEqual(publicInCode.sort());
    });

    it("has a row for every server action: each \"use server\" export binds a config of the matrix or is listed as inline", () => {
      const serverFiles = ["lib", "app", "components"].flatMap(sourceFiles).filter((file) => /^\s*["']use server["']/.test(read(file)));
      expect(serverFiles.length).toBeGreaterThan(10);
      const missing: string[] = [];
      const inline = new Set<string>();
      for (const file of serverFiles) {
        for (const match of read(file).matchAll(/export (?:const|async function|function) (\w+)(.*)/g)) {
          const [, name, rest] = match;
          const bound = /^\s*=\s*define(?:Public)?Action\(\s*(?:\{\s*\.\.\.)?(\w+)/.exec(rest);
          if (bound && bound[1] in ACTIONS) continue;
          if (bound && bound[1].endsWith("Config")) missing.push(`${file}#${name} binds ${bound[1]}, which has no row`);
          else if (`${file}#${name}` in INLINE_SERVER_ACTIONS) inline.add(`${file}#${name}`);
          else missing.push(`${file}#${name}`);
        }
      }
      expect(missing).toEqual([]);
      expect(Object.keys(INLINE_SERVER_ACTIONS).filter((key) => !inline.has(key))).toEqual([]);
    });

    it("has a row for every route file under app/api, and every row names a route file", () => {
      const files = Object.keys(ROUTE_MODULES).map((file) => file.slice(1));
      expect(files.filter((file) => !(file in ROUTES)).sort()).toEqual([]);
      expect(Object.keys(ROUTES).filter((file) => !files.includes(file)).sort()).toEqual([]);
    });
  });

  // ---- Routes (run first: the API tokens are warmed once, so a read writes no lastUsedAt after) ------

  describe("routes under app/api", () => {
    beforeAll(async () => {
      for (const token of Object.values(w.apiTokens)) await authenticateApiRequest(t.db, `Bearer ${token}`);
    });

    async function route(file: string) {
      const handlers = await ROUTE_MODULES[`/${file}`]();
      const methods = Object.keys(handlers).filter((key) => /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(key));
      return { GET: handlers.GET as (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response> | Response, methods };
    }
    const call = async (file: string, who: Identity, url: string, params?: Record<string, string>, headers: Record<string, string> = {}) => {
      env.user = currentUser(w, who);
      tried.routes++;
      const { GET } = await route(file);
      const response = await GET(new Request(`https://samspil.test${url}`, { headers }), params ? { params: Promise.resolve(params) } : undefined);
      return { status: response.status, body: await response.text() };
    };
    const urlOf = (file: string, params: Record<string, string>) =>
      "/" + file.replace(/^app\//, "").replace(/\/route\.ts$/, "").replace(/\[(?:\.\.\.)?(\w+)\]/g, (_all, key: string) => params[key] ?? key);

    const checks: { [K in RouteRow["auth"]]: (file: string, row: Extract<RouteRow, { auth: K }>) => Promise<string[]> } = {
      session: async (file, row) => {
        const problems: string[] = [];
        for (const who of IDENTITIES) {
          const allowed = row.allowed.includes(who);
          const expected = who === "signedOut" ? 401 : allowed ? 200 : 404;
          const params = row.params(w);
          const { value, changed } = await changes(() => call(file, who, urlOf(file, params), params));
          if (value.status !== expected) problems.push(`${who}: ${value.status}, expected ${expected}`);
          if (allowed && !value.body.includes(row.contains(w))) problems.push(`${who}: the answer lacks ${row.contains(w)}`);
          if (!allowed && changed.length > 0) problems.push(`${who}: a refused read changed ${changed.join(", ")}`);
        }
        return problems;
      },
      bearer: async (file, row) => {
        const problems: string[] = [];
        const target = row.target(w);
        const params = row.item ? { id: target } : undefined;
        const url = row.item ? `/api/v1/${row.resource}/${target}` : `/api/v1/${row.resource}?limit=1000`;
        for (const who of IDENTITIES) {
          const seesTarget = (API_READERS.seeTarget as readonly Identity[]).includes(who);
          const scopedOut = (API_READERS.scopedOut as readonly Identity[]).includes(who);
          const expected = who === "signedOut" ? 401 : seesTarget ? 200 : scopedOut ? (row.item ? 404 : 200) : 403;
          const headers: Record<string, string> = who === "signedOut" ? {} : { authorization: `Bearer ${w.apiTokens[who]}` };
          const { value, changed } = await changes(() => call(file, who, url, params, headers));
          if (value.status !== expected) problems.push(`${who}: ${value.status}, expected ${expected}`);
          if (value.status === 200) {
            const data = (JSON.parse(value.body) as { data: { id: string } | { id: string }[] }).data;
            const ids = Array.isArray(data) ? data.map((row) => row.id) : [data.id];
            if (ids.includes(target) !== seesTarget) problems.push(`${who}: ${seesTarget ? "does not see" : "sees"} team A1's row`);
          }
          if (changed.length > 0) problems.push(`${who}: a read changed ${changed.join(", ")}`);
        }
        return problems;
      },
      public: async (file) => {
        const problems: string[] = [];
        for (const who of IDENTITIES) {
          const { value, changed } = await changes(() => call(file, who, urlOf(file, {})));
          if (value.status !== 200) problems.push(`${who}: ${value.status}, expected 200`);
          for (const id of [w.teamA1.id, w.collaborativeA.id, w.users.memberA1.email]) if (value.body.includes(id)) problems.push(`${who}: the answer shows ${id}`);
          if (changed.length > 0) problems.push(`${who}: a read changed ${changed.join(", ")}`);
        }
        return problems;
      },
      userFeed: async (file) => {
        const problems: string[] = [];
        const owner = w.users.memberA1;
        for (const who of IDENTITIES) {
          const own = await call(file, who, urlOf(file, { token: `${owner.calendarToken}.ics` }), { token: `${owner.calendarToken}.ics` });
          if (own.status !== 200) problems.push(`${who} with member A1's feed URL: ${own.status}, expected 200`);
          if (!own.body.includes(w.startedSeminar.title) || own.body.includes(w.seminarB.title)) problems.push(`${who}: the feed is not member A1's seminars alone`);
          const { value, changed } = await changes(() => call(file, who, urlOf(file, { token: "0".repeat(32) }), { token: `${"0".repeat(32)}.ics` }));
          if (value.status !== 404) problems.push(`${who} with a wrong token: ${value.status}, expected 404`);
          if (changed.length > 0) problems.push(`${who}: a refused read changed ${changed.join(", ")}`);
        }
        return problems;
      },
      collaborativeFeed: async (file) => {
        const problems: string[] = [];
        const tokenA = `${collaborativeFeedToken(w.collaborativeA.id)}.ics`;
        for (const who of IDENTITIES) {
          const own = await call(file, who, "/api/calendar/collaboratives/A", { collaborativeId: w.collaborativeA.id, token: tokenA });
          if (own.status !== 200) problems.push(`${who} with A's feed URL: ${own.status}, expected 200`);
          if (!own.body.includes(w.openSeminar.title) || own.body.includes(w.seminarB.title)) problems.push(`${who}: A's feed is not A's seminars alone`);
          for (const params of [
            { collaborativeId: w.collaborativeB.id, token: tokenA },
            { collaborativeId: w.collaborativeA.id, token: `${"x".repeat(32)}.ics` },
          ]) {
            const { value, changed } = await changes(() => call(file, who, "/api/calendar/collaboratives/B", params));
            if (value.status !== 404) problems.push(`${who} with ${params.collaborativeId === w.collaborativeB.id ? "A's token for B" : "a wrong token"}: ${value.status}, expected 404`);
            if (changed.length > 0) problems.push(`${who}: a refused read changed ${changed.join(", ")}`);
          }
        }
        return problems;
      },
      notDriven: async (_file, row) => (row.why && row.coveredBy ? [] : ["a route that is not driven must say why and what covers it"]),
    };

    for (const [file, row] of Object.entries(ROUTES)) {
      it(`${file} (${row.auth})`, async () => {
        expect(ROUTE_MODULES[`/${file}`], `${file} exists`).toBeDefined();
        if (row.auth !== "notDriven") expect((await route(file)).methods).toEqual(["GET"]);
        const check = checks[row.auth] as (file: string, row: RouteRow) => Promise<string[]>;
        expect(await check(file, row)).toEqual([]);
      });
    }
  });

  // ---- Server actions -------------------------------------------------------------------------------

  describe("server actions", () => {
    /** One call; a refused one (`hashed`) between two hashes of every table. */
    async function attempt(name: string, testCase: ActionCase, who: Identity, hashed: boolean) {
      const { config } = CONFIGS.get(name)!;
      const user = currentUser(w, who);
      const ctx = { db: t.db, w, who, user, seq };
      const input = await testCase.input(ctx);
      tried.actions++;
      const run = (): Promise<ActionResult<unknown>> =>
        ACTIONS[name].public ? executePublicAction(config as never, { db: t.db, user }, input) : executeAction(config, { db: t.db, user }, input);
      return { ctx, ...(hashed ? await changes(run) : { value: await run(), changed: [] }) };
    }

    for (const [name, row] of Object.entries(ACTIONS)) {
      it(`${name}: allowed as PRODUCT.md §4 says; refused for everyone else, changing nothing`, async () => {
        expect(CONFIGS.has(name), `${name} is an exported config`).toBe(true);
        const problems: string[] = [];
        for (const testCase of row.cases) {
          const label = (who: Identity) => `${who} on ${testCase.target}`;
          // The refused first: the allowed calls then run in the same world, each on its own target.
          for (const who of IDENTITIES.filter((identity) => !testCase.allowed.includes(identity))) {
            const { value: result, changed } = await attempt(name, testCase, who, true);
            if (result.ok) problems.push(`${label(who)}: allowed, but PRODUCT.md §4 refuses it`);
            else if (!REFUSALS.includes(result.code)) problems.push(`${label(who)}: ${result.code} ${JSON.stringify(result.fieldErrors ?? result.rule ?? "")}, expected a refusal of rights`);
            else if (who === "signedOut" && !row.public && result.code !== "UNAUTHENTICATED") problems.push(`${label(who)}: ${result.code}, expected UNAUTHENTICATED`);
            if (changed.length > 0) problems.push(`${label(who)}: the refused call changed ${changed.join(", ")}`);
          }
          for (const who of testCase.allowed) {
            const { value: result, ctx } = await attempt(name, testCase, who, false);
            if (!result.ok && !(testCase.allowedRefusals ?? []).includes(result.code))
              problems.push(`${label(who)}: ${result.code} ${JSON.stringify(result.fieldErrors ?? result.rule ?? "")}, expected success`);
            await testCase.after?.(ctx);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
});
