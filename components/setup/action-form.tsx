"use client";

import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

// A small kit for the set-up forms (collaboratives, measures, microsystems): submit to a server
// action, show field errors next to their fields and the outcome in an aria-live region, then
// refresh the page's server data. Messages come from the catalogues: a namespace's own
// fieldErrors.* and rules.* first, then the shared errors.field.* and errors.codes.*.

export type AnyAction = (input: FormData) => Promise<ActionResult<unknown>>;

export function useActionForm(action: AnyAction, options: { resetOnSuccess?: boolean; onSuccess?: (data: unknown) => void } = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    startTransition(async () => {
      const outcome = await action(formData);
      setResult(outcome);
      if (outcome.ok) {
        if (options.resetOnSuccess) form.reset();
        options.onSuccess?.(outcome.data);
        router.refresh();
      }
    });
  }

  return { pending, result, onSubmit };
}

/** Field-error keys of one field, or none. */
export function errorsOf(result: ActionResult<unknown> | null, field: string): string[] {
  return result && !result.ok ? (result.fieldErrors?.[field] ?? []) : [];
}

function useMessage(namespace: string) {
  const t = useTranslations();
  return {
    field: (key: string) => (t.has(`${namespace}.fieldErrors.${key}`) ? t(`${namespace}.fieldErrors.${key}`) : t.has(`errors.field.${key}`) ? t(`errors.field.${key}`) : t("errors.field.invalid")),
    failure: (result: Extract<ActionResult<unknown>, { ok: false }>) =>
      result.code === "RULE_VIOLATION" && result.rule && t.has(`${namespace}.rules.${result.rule}`)
        ? t(`${namespace}.rules.${result.rule}`)
        : t(`errors.codes.${result.code}`),
  };
}

type ControlProps = { id: string; name: string; "aria-invalid": boolean | undefined; "aria-describedby": string | undefined };

/** A labelled control with its help text and translated field errors wired up for assistive technology. */
export function Field({
  formId,
  name,
  label,
  help,
  namespace,
  result,
  children,
}: {
  formId: string;
  name: string;
  label: string;
  help?: ReactNode;
  namespace: string;
  result: ActionResult<unknown> | null;
  children: (props: ControlProps) => ReactNode;
}) {
  const message = useMessage(namespace);
  const id = `${formId}-${name}`;
  const errors = errorsOf(result, name);
  const describedBy = [help ? `${id}-help` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {help && (
        <div id={`${id}-help`} className="text-sm text-slate-700">
          {help}
        </div>
      )}
      {children({ id, name, "aria-invalid": errors.length > 0 || undefined, "aria-describedby": describedBy })}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.map(message.field).join(" ")}
        </p>
      )}
    </div>
  );
}

/** The outcome of the last submit, announced politely: the code's or rule's message, or the success text. */
export function FormStatus({ result, namespace, success }: { result: ActionResult<unknown> | null; namespace: string; success?: string }) {
  const message = useMessage(namespace);
  return (
    <div aria-live="polite">
      {result && !result.ok && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {message.failure(result)}
        </p>
      )}
      {result?.ok && success && <p className="rounded border border-green-300 bg-green-50 p-2 text-green-900">{success}</p>}
    </div>
  );
}

/** A one-button form (withdraw, remove, archive) that reports its own outcome. */
export function ActionButton({
  action,
  fields,
  label,
  namespace,
  className = "btn-secondary",
}: {
  action: AnyAction;
  fields: Record<string, string>;
  label: string;
  namespace: string;
  className?: string;
}) {
  const { pending, result, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending}>
        {label}
      </button>
      <FormStatus result={result && !result.ok ? result : null} namespace={namespace} />
    </form>
  );
}
