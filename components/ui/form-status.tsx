"use client";

import type { ReactNode } from "react";
import { useFormContext } from "./action-form";
import { useActionMessages } from "./action-messages";

/**
 * The outcome of the form's last submit: a refusal as an alert (with `children` under it, such as
 * the items a step still lacks), a success as a status message, inside a live region that is always
 * in the page, so screen readers announce what appears.
 */
export function FormStatus({ success, children }: { success?: ReactNode; children?: ReactNode }) {
  const { result, namespace, formId } = useFormContext();
  const messages = useActionMessages(namespace);
  const failure = result && !result.ok ? result : null;
  const tone = "rounded border border-red-300 bg-red-50 p-2 text-red-800";
  return (
    <div aria-live="polite">
      {failure &&
        (children ? (
          <div role="alert" id={`${formId}-error`} className={tone}>
            <p>{messages.failure(failure)}</p>
            {children}
          </div>
        ) : (
          <p role="alert" id={`${formId}-error`} className={tone}>
            {messages.failure(failure)}
          </p>
        ))}
      {result?.ok && success && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-green-900">
          {success}
        </p>
      )}
    </div>
  );
}
