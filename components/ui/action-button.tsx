"use client";

import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "./action-form";
import { ConfirmSubmit } from "./confirm-dialog";
import { SubmitButton } from "./submit-button";

/**
 * A one-button form (withdraw, remove, archive, publish) on the kit: hidden fields, an optional
 * confirmation dialog, and its outcome announced beside the button.
 */
export function ActionButton<T>({
  action,
  id,
  namespace,
  fields,
  label,
  success,
  confirm,
  className = "btn-secondary",
}: {
  action: FormAction<T>;
  id: string;
  namespace: string;
  fields: Record<string, string>;
  label: ReactNode;
  success: string;
  confirm?: { question: ReactNode; confirmLabel: ReactNode };
  className?: string;
}) {
  return (
    <ActionForm action={action} id={id} namespace={namespace} success={success} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmSubmit formId={id} label={label} question={confirm.question} confirmLabel={confirm.confirmLabel} className={className} />
      ) : (
        <SubmitButton className={className}>{label}</SubmitButton>
      )}
    </ActionForm>
  );
}
