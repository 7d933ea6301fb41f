"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useEffectEvent, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormStatus } from "./form-status";

// The form kit's core: a <form action> on a server action through useActionState, so it submits
// before JavaScript has loaded (the browser posts; Next runs the action and renders the result).
// With JavaScript the submit is dispatched in a transition, which keeps what the user typed when
// the server refuses (React would reset the form after a native form action). The action's config
// revalidates the page (lib/actions/revalidate.ts); a form never refreshes by hand.
//
// Usually <ActionForm action={…}> is all a screen needs. When the outcome must be shown outside the
// form (a step form that is replaced after it advanced), useActionForm() makes the state in the
// parent, <ActionForm handle={…}> submits through it and <ActionStatus handle={…}> shows it.

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

export type ActionFormHandle<T> = {
  id: string;
  namespace: string;
  result: ActionResult<T> | null;
  pending: boolean;
  formAction: (formData: FormData) => void;
};

/** The state of a kit form, made where its outcome is shown. */
export function useActionForm<T>(
  action: FormAction<T>,
  options: { id: string; namespace: string; onSuccess?: (data: T, form: HTMLFormElement | null) => void },
): ActionFormHandle<T> {
  const [result, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const succeeded = useEffectEvent((data: T) => options.onSuccess?.(data, document.getElementById(options.id) as HTMLFormElement | null));
  useEffect(() => {
    if (result?.ok) succeeded(result.data);
  }, [result]);
  return { id: options.id, namespace: options.namespace, result, pending, formAction };
}

type Aria = { "aria-label"?: string; "aria-labelledby"?: string };
type Children<T> = ReactNode | ((state: { result: ActionResult<T> | null; pending: boolean }) => ReactNode);

/**
 * A kit form on a handle from useActionForm; its outcome is shown where the handle's ActionStatus is.
 * Several forms may share one handle (one per card of a list whose cards move or disappear after
 * a success): each then needs its own `id`, and their outcome is shown once, by the ActionStatus.
 */
export function HandleForm<T>({ handle, id: formId, className, children, ...aria }: { handle: ActionFormHandle<T>; id?: string; className?: string; children: Children<T> } & Aria) {
  const { namespace, result, pending, formAction } = handle;
  const id = formId ?? handle.id;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(formData));
  }
  return (
    <FormContext.Provider value={{ formId: id, namespace, result, pending }}>
      <form id={id} action={formAction} onSubmit={onSubmit} noValidate className={className ?? "flex flex-col gap-4"} {...aria}>
        {typeof children === "function" ? children({ result, pending }) : children}
      </form>
    </FormContext.Provider>
  );
}

/** The outcome of a handle's last submit, wherever the screen puts it. */
export function ActionStatus<T>({ handle, success, children }: { handle: ActionFormHandle<T>; success: string | ((data: T) => ReactNode); children?: ReactNode }) {
  const { id, namespace, result, pending } = handle;
  const successText = result?.ok ? (typeof success === "function" ? success(result.data) : success) : null;
  return (
    <FormContext.Provider value={{ formId: id, namespace, result, pending }}>
      <FormStatus success={successText}>{children}</FormStatus>
    </FormContext.Provider>
  );
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
  children: Children<T>;
} & Aria;

/** A form on a server action with its outcome announced at its end. */
export function ActionForm<T>({ action, id, namespace, success, resetOnSuccess, onSuccess, className, children, ...aria }: ActionFormProps<T>) {
  const handle = useActionForm(action, {
    id,
    namespace,
    onSuccess: (data, form) => {
      if (resetOnSuccess) form?.reset();
      onSuccess?.(data);
    },
  });
  return (
    <HandleForm handle={handle} className={className} {...aria}>
      {(state) => (
        <>
          {typeof children === "function" ? children(state) : children}
          <ActionStatus handle={handle} success={success} />
        </>
      )}
    </HandleForm>
  );
}
