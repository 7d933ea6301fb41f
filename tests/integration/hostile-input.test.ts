// Issue 16, "Hostile input": every server-action config, called by an identity allowed to call it
// (authorisation-matrix rows give the identity and a valid input), with one field of that valid
// input replaced by a random or hostile value, a field added, or the whole input replaced. Whatever
// comes, the answer is a success or a clear refusal: never INTERNAL, never a thrown error, and a
// VALIDATION refusal names only message keys the catalogues have.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, executePublicAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { CONFIGS } from "./authz-matrix/configs";
import { ACTIONS } from "./authz-matrix/matrix";
import { buildWorld, currentUser, type World } from "./authz-matrix/world";

/** Every message key a field error may name: the shared errors.field.* and every screen's fieldErrors.*. */
function fieldMessageKeys(catalogue: unknown): Set<string> {
  const keys = new Set<string>(Object.keys((catalogue as { errors: { field: object } }).errors.field));
  const walk = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "fieldErrors" && typeof value === "object" && value !== null) for (const name of Object.keys(value)) keys.add(name);
      else walk(value);
    }
  };
  walk(catalogue);
  return keys;
}
const MESSAGE_KEYS = fieldMessageKeys(JSON.parse(readFileSync(path.join(process.cwd(), "messages", "da.json"), "utf8")));

const HOSTILE_TEXT = [
  "",
  " ",
  "\u0000",
  "\u202e\u200b",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "010190-1234",
  "2026-02-30",
  "0001-01-01",
  "9999-12-31T99:99",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "0x1F",
  "true",
  "null",
  "__proto__",
  "constructor",
  "𝟘𝟙𝟚",
  "x".repeat(100_000),
];

/** A value of any kind a crafted body could carry where a field is expected. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }),
  fc.constant(Array.from({ length: 20_000 }, () => "x")),
);

type Mutation = { kind: "replaceField"; pick: number; value: unknown } | { kind: "addField"; key: string; value: unknown } | { kind: "replaceInput"; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("replaceField" as const), pick: fc.nat(), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("addField" as const), key: fc.constantFrom("__proto__", "constructor", "$ACTION_ID", "id", "teamId", "role"), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("replaceInput" as const), value: fc.oneof(hostileValue, fc.anything()) }) },
);

function mutate(valid: unknown, change: Mutation): unknown {
  if (change.kind === "replaceInput" || typeof valid !== "object" || valid === null || Array.isArray(valid)) return change.kind === "replaceInput" ? change.value : valid;
  const input = { ...(valid as Record<string, unknown>) };
  if (change.kind === "addField") {
    Object.defineProperty(input, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
    return input;
  }
  const keys = Object.keys(input);
  if (keys.length > 0) input[keys[change.pick % keys.length]] = change.value;
  return input;
}

/** Problems with one answer: a server error, or a refusal whose message keys the catalogues lack. */
function problemsOf(result: ActionResult<unknown>): string[] {
  if (result.ok) return [];
  if (result.code === "INTERNAL") return ["INTERNAL"];
  const unknownKeys = Object.values(result.fieldErrors ?? {})
    .flat()
    .filter((key) => !MESSAGE_KEYS.has(key));
  return unknownKeys.length > 0 ? [`field error keys without a message: ${unknownKeys.join(", ")}`] : [];
}

describe("hostile input (issue 16): random and crafted values never give a server error", () => {
  let t: TestDb;
  let w: World;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestDb();
    w = await buildWorld(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("covers every action config", () => {
    expect(CONFIGS.size).toBeGreaterThan(60);
    expect([...CONFIGS.keys()].filter((name) => !(name in ACTIONS))).toEqual([]);
  });

  for (const [name, row] of Object.entries(ACTIONS)) {
    it(`${name}: a success or a clear refusal for any one field changed`, async () => {
      const { config } = CONFIGS.get(name)!;
      const testCase = row.cases[0];
      const who = testCase.allowed.find((identity) => identity !== "signedOut") ?? testCase.allowed[0];
      const user = currentUser(w, who);
      const ctx = { db: t.db, w, who, user, seq: () => counter++ };
      const valid = await testCase.input(ctx);
      const seen: string[] = [];
      await fc.assert(
        fc.asyncProperty(mutation, async (change) => {
          const input = mutate(valid, change);
          let result: ActionResult<unknown>;
          try {
            result = row.public ? await executePublicAction(config as never, { db: t.db, user }, input) : await executeAction(config, { db: t.db, user }, input);
          } catch (error) {
            seen.push(`threw ${String(error)}`);
            return false;
          }
          const problems = problemsOf(result);
          seen.push(...problems);
          return problems.length === 0;
        }),
        { numRuns: 12, seed: 20261207, endOnFailure: true },
      );
      expect(seen).toEqual([]);
      await testCase.after?.(ctx);
    });
  }

  it("the CSV import: any text under the template's header is previewed or refused row by row, and a confirmed import writes all its rows or none", async () => {
    const { config } = CONFIGS.get("importMeasurementsConfig")!;
    const user = currentUser(w, "contactA1");
    const cell = fc.oneof(fc.constantFrom(...HOSTILE_TEXT.filter((text) => text.length < 1000), w.ownA1.name, "2026-W10", "2026-03", "2026-03-01", "7", "7,5", '"a;b"', '"'), fc.string({ maxLength: 30 }));
    const line = fc.tuple(fc.array(cell, { maxLength: 7 }), fc.constantFrom(";", ",", "\t")).map(([cells, separator]) => cells.join(separator));
    const csv = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r"))
      .map(([lines, end]) => ["measure;period;numerator;denominator;note", ...lines].join(end));
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(csv, fc.boolean(), async (text, confirm) => {
        const before = await t.db.measurement.count({ where: { teamId: w.teamA1.id } });
        const result = await executeAction(config, { db: t.db, user }, { teamId: w.teamA1.id, csv: text, confirm });
        const after = await t.db.measurement.count({ where: { teamId: w.teamA1.id } });
        problems.push(...problemsOf(result));
        // A preview and a refusal write nothing; a confirmed success writes (or updates) its rows.
        if ((!result.ok || !confirm) && after !== before) problems.push(`wrote ${after - before} rows without a confirmed success`);
        return problems.length === 0;
      }),
      { numRuns: 60, seed: 20261208, endOnFailure: true },
    );
    expect(problems).toEqual([]);
  });
});
