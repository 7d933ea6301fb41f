"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { errorsOf, useFormContext } from "./action-form";
import { useActionMessages } from "./action-messages";

export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/**
 * A labelled control of a kit form with its hint and translated field errors, wired for assistive
 * technology. With `maxLength` it shows a live count near the limit and never cuts a paste
 * silently: the control has no maxlength attribute, the server refuses and the message names the limit.
 */
export function Field({
  id: controlId,
  name,
  label,
  hint,
  maxLength,
  initialLength = 0,
  showErrors = true,
  className = "flex flex-col gap-1",
  children,
}: {
  /** The control's id, when a page needs a fixed one; else the form's id and the name. */
  id?: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  maxLength?: number;
  initialLength?: number;
  /** False where several forms share one result and this control's form did not send it. */
  showErrors?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { formId, namespace, result } = useFormContext();
  const messages = useActionMessages(namespace);
  const t = useTranslations("ui");
  const [length, setLength] = useState(initialLength);
  const id = controlId ?? `${formId}-${name}`;
  // A form reset (resetOnSuccess) puts the control back to its default text: the counter follows.
  useEffect(() => {
    if (maxLength === undefined) return;
    const form = document.getElementById(formId);
    const reset = () => setLength(initialLength);
    form?.addEventListener("reset", reset);
    return () => form?.removeEventListener("reset", reset);
  }, [formId, maxLength, initialLength]);
  const errors = showErrors ? errorsOf(result, name) : [];
  const over = maxLength !== undefined && length > maxLength;
  const describedBy = [hint ? `${id}-hint` : null, maxLength ? `${id}-count` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = { id, name, "aria-invalid": errors.length > 0 || over || undefined, "aria-describedby": describedBy } as ControlProps;
  return (
    <div className={className} onInput={maxLength ? (event) => setLength(((event.target as HTMLInputElement).value ?? "").length) : undefined}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </div>
      )}
      {children(control)}
      {maxLength !== undefined && (
        <p id={`${id}-count`} className={`text-sm ${over ? "font-medium text-red-800" : "text-slate-700"}`} aria-live={over ? "polite" : "off"}>
          {over ? t("overLimit", { over: length - maxLength, max: maxLength }) : t("counter", { count: length, max: maxLength })}
        </p>
      )}
      <ErrorText id={`${id}-error`} text={errors.map((key) => messages.field(key, { maxLength })).join(" ")} />
    </div>
  );
}

function ErrorText({ id, text }: { id: string; text: string }) {
  return text ? (
    <p id={id} className="text-sm text-red-800">
      {text}
    </p>
  ) : null;
}

/**
 * A group of radio buttons or checkboxes of a kit form under one legend, with the group's hint and
 * translated field errors (the errors of `name`) wired to the fieldset for assistive technology.
 */
export function FieldSet({
  name,
  legend,
  hint,
  className = "flex flex-col gap-1",
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { formId, namespace, result } = useFormContext();
  const messages = useActionMessages(namespace);
  const id = `${formId}-${name}`;
  const errors = errorsOf(result, name);
  const describedBy = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={className}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </div>
      )}
      {children}
      <ErrorText id={`${id}-error`} text={errors.map((key) => messages.field(key)).join(" ")} />
    </fieldset>
  );
}
