"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";

type Failure = Extract<ActionResult<never>, { ok: false }>;

/**
 * Runs a server action from a form, keeps its result and refreshes the page after success.
 * `namespace` is the catalogue namespace of the screen: its `rules.*` and `fieldErrors.*` win over
 * the shared errors.* messages.
 */
export function useAdminAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [data, setData] = useState<T | null>(null);

  function run(input: Record<string, unknown>, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        setFailure(null);
        setData(result.data);
        onSuccess?.(result.data);
        router.refresh();
      } else {
        setData(null);
        setFailure(result);
      }
    });
  }

  return { pending, failure, data, run, fieldErrors: failure?.fieldErrors ?? ({} as FieldErrors) };
}

/** The translated message of a failure: the screen's rule text when there is one, else the code's. */
export function useFailureMessage(namespace: string) {
  const t = useTranslations();
  return (failure: Failure) => {
    if (failure.rule) {
      const key = `${namespace}.rules.${failure.rule.split(".").pop()}`;
      if (t.has(key)) return t(key);
    }
    return t(`errors.codes.${failure.code}`);
  };
}

export function useFieldErrorMessage(namespace: string) {
  const t = useTranslations();
  return (key: string) => (t.has(`${namespace}.fieldErrors.${key}`) ? t(`${namespace}.fieldErrors.${key}`) : t(`errors.field.${key}`));
}

/** Field errors under a control; its id is what the control's aria-describedby points at. */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {messages.join(" ")}
    </p>
  );
}

/** The outcome of the last submission, announced politely to screen readers. */
export function ActionStatus({ message, tone }: { message: string | null; tone: "success" | "error" }) {
  return (
    <div aria-live="polite" role="status">
      {message && (
        <p
          className={
            tone === "error"
              ? "rounded border border-red-300 bg-red-50 p-2 text-red-800"
              : "rounded border border-green-300 bg-green-50 p-2 text-green-900"
          }
        >
          {message}
        </p>
      )}
    </div>
  );
}
