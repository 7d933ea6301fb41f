import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { executeAction } from "@/lib/actions/define-action";
import { fail } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/session";
import { changeLocaleSchema } from "@/lib/users/schema";
import { saveUserLocale } from "@/lib/users/mutations";
import { freeText } from "@/lib/privacy/schema";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";

const asCurrent = (user: { id: string; role: string; name: string; email: string }): CurrentUser => ({
  id: user.id,
  role: user.role as CurrentUser["role"],
  name: user.name,
  email: user.email,
  locale: "da",
});

describe("the server-action contract on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  const changeLocale = {
    schema: changeLocaleSchema,
    authorize: () => ({ ok: true as const, relations: [] }),
    run: ({ tx, user, input }: { tx: Parameters<typeof saveUserLocale>[0]; user: CurrentUser; input: z.infer<typeof changeLocaleSchema> }) =>
      saveUserLocale(tx, user.id, input.locale),
  };

  it("saves the user's language with an audit event showing before and after", async () => {
    const user = await makeUser(t.db);
    const result = await executeAction(changeLocale, { db: t.db, user: asCurrent(user) }, { locale: "sv" });
    expect(result).toEqual({ ok: true, data: undefined });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("sv");
    const events = await t.db.auditEvent.findMany({ where: { entityId: user.id, action: "user.changeLocale" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].before!)).toEqual({ locale: "da" });
    expect(JSON.parse(events[0].after!)).toEqual({ locale: "sv" });
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const user = await makeUser(t.db);
    const result = await executeAction(changeLocale, { db: t.db, user: asCurrent(user) }, { locale: "de" });
    expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { locale: ["invalid"] } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("da");
    expect(await t.db.auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });

  it("refuses a signed-out caller before anything is read or written", async () => {
    expect(await executeAction(changeLocale, { db: t.db, user: null }, { locale: "sv" })).toEqual({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("answers the authorisation's code and runs nothing when the policy says no", async () => {
    const user = await makeUser(t.db);
    let ran = false;
    const result = await executeAction(
      { schema: changeLocaleSchema, authorize: () => ({ ok: false, code: "FORBIDDEN" }), run: async () => void (ran = true) },
      { db: t.db, user: asCurrent(user) },
      { locale: "sv" },
    );
    expect(result).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(ran).toBe(false);
  });

  it("rolls the whole transaction back when a workflow rule refuses half-way", async () => {
    const user = await makeUser(t.db);
    const result = await executeAction(
      {
        schema: changeLocaleSchema,
        authorize: () => ({ ok: true, relations: [] }),
        run: async ({ tx, user: actor, input }) => {
          await saveUserLocale(tx, actor.id, input.locale);
          fail({ code: "RULE_VIOLATION", rule: "test.refused" });
        },
      },
      { db: t.db, user: asCurrent(user) },
      { locale: "nb" },
    );
    expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "test.refused" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("da");
    expect(await t.db.auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });

  it("turns a personal identity number in free text into the translated field error", async () => {
    const user = await makeUser(t.db);
    const result = await executeAction(
      { schema: z.object({ note: freeText(200) }), authorize: () => ({ ok: true, relations: [] }), run: async () => "written" },
      { db: t.db, user: asCurrent(user) },
      { note: "Patient 010190-1234" },
    );
    expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { note: ["personalIdentifier"] } });
  });
});
