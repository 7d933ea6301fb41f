"use client";

import type { ReactNode } from "react";
import { useFormContext } from "./action-form";
import { useActionMessages } from "./action-messages";

/**
 * The outcome of the form's last submit: a refusal as an alert, a success as a status message,
 * inside a live region that is always in the page, so screen readers announce what appears.
 */
export function FormStatus({ success }: { success?: ReactNode }) {
  const { result, namespace, formId } = useFormContext();
  const messages = useActionMessages(namespace);
  const failure = result && !result.ok ? result : null;
  return (
    <div aria-live="polite">
      {failure && (
        <p role="alert" id={`${formId}-error`} className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {messages.failure(failure)}
        </p>
      )}
      {result?.ok && success && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-green-900">
          {success}
        </p>
      )}
    </div>
  );
}
