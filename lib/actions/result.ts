/**
 * What every server action returns. Codes are SCREAMING_SNAKE and field errors are message keys;
 * the form translates both from the catalogues (messages/*.json, "errors" namespace).
 */
export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RULE_VIOLATION"
  | "INTERNAL";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      fieldErrors?: FieldErrors;
      rule?: string;
      /** Placeholders of the rule's message. */
      values?: Record<string, string | number>;
      /** Structured facts of a refusal for the screen to show (the items a PDSA step lacks); plain JSON. */
      details?: Readonly<Record<string, unknown>>;
    };

export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

/** Thrown inside a mutation to stop it, roll its transaction back and answer with a code. */
export class ActionError extends Error {
  constructor(public readonly failure: Omit<ActionFailure, "ok">) {
    super(failure.code);
  }
}

export function fail(failure: Omit<ActionFailure, "ok">): never {
  throw new ActionError(failure);
}
