import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import type { AuthzResult } from "@/lib/authz/authorize";
import { prisma } from "@/lib/db/prisma";
import type { Db, DbTransaction } from "@/lib/db/client";
import { toFieldErrors } from "./field-errors";
import { ActionError, type ActionResult } from "./result";

type Context<I> = { user: CurrentUser; input: I; db: Db };

/**
 * The one shape of a server action (STYLE.md "Contracts"): parse with zod → require a session →
 * authorise against the target row → run the mutation in one transaction (which records its own
 * audit event and may refuse by throwing ActionError) → a typed result. A refusal writes nothing.
 */
export function defineAction<S extends z.ZodType, T>(config: {
  schema: S;
  authorize: (context: Context<z.output<S>>) => Promise<AuthzResult<unknown>>;
  run: (context: Context<z.output<S>> & { tx: DbTransaction }) => Promise<T>;
}): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = config.schema.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
    if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: toFieldErrors(parsed.error) };
    const user = await getCurrentUser();
    if (!user) return { ok: false, code: "UNAUTHENTICATED" };
    const context = { user, input: parsed.data, db: prisma };
    const decision = await config.authorize(context);
    if (!decision.ok) return { ok: false, code: decision.code };
    try {
      const data = await prisma.$transaction((tx) => config.run({ ...context, tx }));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, ...error.failure };
      console.error(error);
      return { ok: false, code: "INTERNAL" };
    }
  };
}
