"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useEffectEvent, useRef, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormStatus } from "./form-status";

// The form kit's core: a <form action> on a server action through useActionState, so it submits
// before JavaScript has loaded (the browser posts; Next runs the action and renders the result).
// With JavaScript the submit is dispatched in a transition, which keeps what the user typed when
// the server refuses (React would reset the form after a native form action). The action's config
// revalidates the page (lib/actions/revalidate.ts); the form never refreshes by hand.

export type FormAction<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

type FormContextValue = { formId: string; namespace: string; result: ActionResult<unknown> | null; pending: boolean };
const FormContext = createContext<FormContextValue | null>(null);

/** The state of the kit form around a Field, FormStatus or SubmitButton. */
export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error("Field, FormStatus and SubmitButton belong inside an ActionForm.");
  return context;
}

/** True while the surrounding kit form's submit runs (false outside a kit form). */
export function useKitPending(): boolean {
  return useContext(FormContext)?.pending ?? false;
}

/** Field-error keys of one field in the last result. */
export function errorsOf(result: ActionResult<unknown> | null, field: string): string[] {
  return result && !result.ok ? (result.fieldErrors?.[field] ?? []) : [];
}

export type ActionFormProps<T> = {
  action: FormAction<T>;
  /** Unique on the page: the prefix of every control's id. */
  id: string;
  /** The screen's catalogue namespace (its fieldErrors.* and rules.*). */
  namespace: string;
  /** Announced after a success; every form confirms what happened. */
  success: string | ((data: T) => ReactNode);
  resetOnSuccess?: boolean;
  onSuccess?: (data: T) => void;
  className?: string;
  /** Where the status goes; "none" when the caller places its own <FormStatus />. */
  status?: "end" | "none";
  children: ReactNode | ((state: { result: ActionResult<T> | null; pending: boolean }) => ReactNode);
  "aria-label"?: string;
  "aria-labelledby"?: string;
};

export function ActionForm<T>({ action, id, namespace, success, resetOnSuccess, onSuccess, className, status = "end", children, ...aria }: ActionFormProps<T>) {
  const [result, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const succeeded = useEffectEvent((data: T) => {
    if (resetOnSuccess) formRef.current?.reset();
    onSuccess?.(data);
  });

  useEffect(() => {
    if (result?.ok) succeeded(result.data);
  }, [result]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(formData));
  }

  const successText = result?.ok ? (typeof success === "function" ? success(result.data) : success) : null;
  return (
    <FormContext.Provider value={{ formId: id, namespace, result, pending }}>
      <form ref={formRef} id={id} action={formAction} onSubmit={onSubmit} noValidate className={className ?? "flex flex-col gap-4"} {...aria}>
        {typeof children === "function" ? children({ result, pending }) : children}
        {status === "end" && <FormStatus success={successText} />}
      </form>
    </FormContext.Provider>
  );
}
