"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useKitPending } from "./action-form";

/**
 * The submit button of a form: disabled and showing `pendingLabel` while its form is submitting,
 * whether the kit dispatched the submit (ActionForm) or the browser's form action did.
 */
export function SubmitButton({
  children,
  pendingLabel,
  className = "btn-primary",
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending: formPending } = useFormStatus();
  const kitPending = useKitPending();
  const pending = formPending || kitPending;
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
