"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** The submit button of a kit form: disabled and showing `pendingLabel` while its form is submitting. */
export function SubmitButton({ children, pendingLabel, className = "btn-primary" }: { children: ReactNode; pendingLabel?: ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
