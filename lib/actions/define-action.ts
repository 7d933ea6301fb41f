import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { invalidateDashboards } from "@/lib/dashboards/cache";
import type { AuthzResult } from "@/lib/authz/authorize";
import { prisma } from "@/lib/db/prisma";
import type { Db, DbTransaction } from "@/lib/db/client";
import { toFieldErrors } from "./field-errors";
import { ActionError, type ActionResult } from "./result";
import { revalidatePages, type Revalidate } from "./revalidate";

export type ActionContext<I, U = CurrentUser> = { user: U; input: I; db: Db };

/**
 * Work done after authorisation and before the write transaction opens: reading and bounding an
 * uploaded file, so a slow or hostile input never holds the database's write lock (STYLE.md
 * "Hostile input"). It may refuse by throwing ActionError; its result reaches `run` as `prepared`.
 * Required when `prepared` is something other than undefined, so `run` never receives a value
 * nobody computed.
 */
type PrepareStep<S extends z.ZodType, U, P> = undefined extends P
  ? { prepare?: (context: ActionContext<z.output<S>, U>) => Promise<P> }
  : { prepare: (context: ActionContext<z.output<S>, U>) => Promise<P> };

type ConfigBase<S extends z.ZodType, T, U, P = undefined> = PrepareStep<S, U, P> & {
  schema: S;
  authorize: (context: ActionContext<z.output<S>, U>) => Promise<AuthzResult<unknown>> | AuthzResult<unknown>;
  run: (context: ActionContext<z.output<S>, U> & { tx: DbTransaction; prepared: P }) => Promise<T>;
  /** The pages a success changes; the form's page is refreshed from them (no client-side refresh). */
  revalidate?: Revalidate<z.output<S>, T>;
  /** False when nothing a dashboard shows changes (default true: cached dashboards are cleared). */
  dashboards?: boolean;
  /** Work after the commit that may fail without undoing the write (sending queued e-mail). */
  afterCommit?: () => Promise<void>;
  /** Where the browser goes after a success (a new cycle's page), with or without JavaScript. */
  redirectTo?: (done: { input: z.output<S>; data: T }) => string;
};

export type ActionConfig<S extends z.ZodType, T, P = undefined> = ConfigBase<S, T, CurrentUser, P>;
/** An action anyone may call, signed in or not (an invitation's token, the language switcher). */
export type PublicActionConfig<S extends z.ZodType, T, P = undefined> = ConfigBase<S, T, CurrentUser | null, P>;

/** What a form's useActionState or a direct call hands a server action. */
export type ServerAction<T> = (stateOrInput: unknown, formData?: FormData) => Promise<ActionResult<T>>;

/** A form's fields as an object; a name that repeats (checkboxes) becomes an array of its values. */
export function formDataToObject(input: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const earlier = object[key];
    object[key] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
  }
  return object;
}

type Outcome<T> = { result: ActionResult<T>; input?: unknown };

/** Parse → (session) → authorise → prepare → one transaction. `input` is the parsed input, for revalidation. */
async function runConfig<S extends z.ZodType, T, U extends CurrentUser | null, P>(
  config: ConfigBase<S, T, U, P>,
  db: Db,
  user: U,
  rawInput: unknown,
  requiresUser: boolean,
): Promise<Outcome<T>> {
  const parsed = config.schema.safeParse(rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput);
  if (!parsed.success) return { result: { ok: false, code: "VALIDATION", fieldErrors: toFieldErrors(parsed.error) } };
  if (requiresUser && !user) return { result: { ok: false, code: "UNAUTHENTICATED" } };
  const context = { user, input: parsed.data, db };
  const decision = await config.authorize(context);
  if (!decision.ok) return { result: { ok: false, code: decision.code } };
  try {
    // Without a prepare step, P is undefined (its default), so `prepared` is too.
    const prepared = config.prepare ? await config.prepare(context) : (undefined as P);
    const data = await db.$transaction((tx) => config.run({ ...context, tx, prepared }));
    if (config.dashboards !== false) invalidateDashboards();
    return { result: { ok: true, data }, input: parsed.data };
  } catch (error) {
    if (error instanceof ActionError) return { result: { ok: false, ...error.failure } };
    console.error(error);
    return { result: { ok: false, code: "INTERNAL" } };
  }
}

/**
 * The one shape of a server action (STYLE.md "Contracts"): parse with zod → require a session →
 * authorise against the target row → prepare outside any transaction (optional: read an uploaded
 * file) → run the mutation in one transaction (which records its own audit event and may refuse by
 * throwing ActionError, as prepare may) → a typed result. A refusal writes nothing.
 * Exported apart from the session lookup so integration tests run it against a real database.
 */
export async function executeAction<S extends z.ZodType, T, P = undefined>(
  config: ActionConfig<S, T, P>,
  environment: { db: Db; user: CurrentUser | null },
  input: unknown,
): Promise<ActionResult<T>> {
  return (await runConfig(config as ConfigBase<S, T, CurrentUser | null, P>, environment.db, environment.user, input, true)).result;
}

/** executeAction for a public action: `user` is null when signed out, and authorize decides. */
export async function executePublicAction<S extends z.ZodType, T, P = undefined>(
  config: PublicActionConfig<S, T, P>,
  environment: { db: Db; user: CurrentUser | null },
  input: unknown,
): Promise<ActionResult<T>> {
  return (await runConfig(config, environment.db, environment.user, input, false)).result;
}

/** The input of a call: the FormData of `<form action>` (second argument) or the one argument of a direct call. */
function inputOf(stateOrInput: unknown, formData?: FormData): unknown {
  return formData instanceof FormData ? formData : stateOrInput;
}

function bind<S extends z.ZodType, T, P>(config: ConfigBase<S, T, CurrentUser | null, P> & { revalidate: Revalidate<z.output<S>, T> }, requiresUser: boolean): ServerAction<T> {
  return async (stateOrInput, formData) => {
    const { result, input } = await runConfig(config, prisma, await getCurrentUser(), inputOf(stateOrInput, formData), requiresUser);
    if (result.ok) {
      revalidatePages(config.revalidate, { input: input as z.output<S>, data: result.data });
      await config.afterCommit?.().catch((error: unknown) => console.error(error));
      if (config.redirectTo) redirect(config.redirectTo({ input: input as z.output<S>, data: result.data }));
    }
    return result;
  };
}

/**
 * A server action bound to the app's database and the signed-in user. It takes one input (a
 * direct call) or useActionState's (previous result, FormData), so the same action serves a form
 * that submits before JavaScript has loaded. After a success it revalidates the pages its config
 * names, which refreshes the page the form is on.
 */
export function defineAction<S extends z.ZodType, T, P = undefined>(config: ActionConfig<S, T, P> & { revalidate: Revalidate<z.output<S>, T> }): ServerAction<T> {
  return bind(config as ConfigBase<S, T, CurrentUser | null, P> & { revalidate: Revalidate<z.output<S>, T> }, true);
}

/** defineAction for a public action (PublicActionConfig). */
export function definePublicAction<S extends z.ZodType, T, P = undefined>(config: PublicActionConfig<S, T, P> & { revalidate: Revalidate<z.output<S>, T> }): ServerAction<T> {
  return bind(config, false);
}
