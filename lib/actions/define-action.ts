import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { invalidateDashboards } from "@/lib/dashboards/cache";
import type { AuthzResult } from "@/lib/authz/authorize";
import { prisma } from "@/lib/db/prisma";
import type { Db, DbTransaction } from "@/lib/db/client";
import { toFieldErrors } from "./field-errors";
import { ActionError, type ActionResult } from "./result";

export type ActionContext<I> = { user: CurrentUser; input: I; db: Db };

export type ActionConfig<S extends z.ZodType, T> = {
  schema: S;
  authorize: (context: ActionContext<z.output<S>>) => Promise<AuthzResult<unknown>> | AuthzResult<unknown>;
  run: (context: ActionContext<z.output<S>> & { tx: DbTransaction }) => Promise<T>;
};

function formDataToObject(input: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    object[key] = value;
  }
  return object;
}

/**
 * The one shape of a server action (STYLE.md "Contracts"): parse with zod → require a session →
 * authorise against the target row → run the mutation in one transaction (which records its own
 * audit event and may refuse by throwing ActionError) → a typed result. A refusal writes nothing.
 * Exported apart from the session lookup so integration tests run it against a real database.
 */
export async function executeAction<S extends z.ZodType, T>(
  config: ActionConfig<S, T>,
  environment: { db: Db; user: CurrentUser | null },
  input: unknown,
): Promise<ActionResult<T>> {
  const parsed = config.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: toFieldErrors(parsed.error) };
  const { db, user } = environment;
  if (!user) return { ok: false, code: "UNAUTHENTICATED" };
  const context = { user, input: parsed.data, db };
  const decision = await config.authorize(context);
  if (!decision.ok) return { ok: false, code: decision.code };
  try {
    const data = await db.$transaction((tx) => config.run({ ...context, tx }));
    invalidateDashboards();
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, ...error.failure };
    console.error(error);
    return { ok: false, code: "INTERNAL" };
  }
}

/** A server action bound to the app's database and the signed-in user. */
export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S, T>): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => executeAction(config, { db: prisma, user: await getCurrentUser() }, input);
}
