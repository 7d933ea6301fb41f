"use client";

import { useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useKitPending } from "./action-form";

/**
 * A submit that asks first, in a native modal <dialog> (focus moves into it, Escape closes it).
 * Without JavaScript the button submits at once: the server's rules still apply.
 */
export function ConfirmSubmit({
  formId,
  label,
  question,
  confirmLabel,
  className = "btn-secondary",
  name,
  value,
}: {
  formId: string;
  label: ReactNode;
  question: ReactNode;
  confirmLabel: ReactNode;
  className?: string;
  /** Sent with the submit, as a submit button's name and value (which of a form's buttons asked). */
  name?: string;
  value?: string;
}) {
  const t = useTranslations("ui");
  const dialog = useRef<HTMLDialogElement>(null);
  const pending = useKitPending();
  return (
    <>
      <button
        type="submit"
        name={name}
        value={value}
        className={className}
        disabled={pending}
        onClick={(event) => {
          event.preventDefault();
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${formId}-confirm`} className="rounded border border-slate-300 p-4 backdrop:bg-slate-900/40">
        <p id={`${formId}-confirm`} className="mb-4">
          {question}
        </p>
        <div className="flex gap-2">
          <button type="submit" form={formId} name={name} value={value} className="btn-primary" onClick={() => dialog.current?.close()}>
            {confirmLabel}
          </button>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()} autoFocus>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
