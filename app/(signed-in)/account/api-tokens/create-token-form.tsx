"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, FieldError, useAdminAction, useFailureMessage, useFieldErrorMessage } from "@/components/admin/action-feedback";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { NewToken } from "./new-token";

const NS = "apiTokens";

/** Creates a token and shows it once, with a copy button, until the page is left. */
export function CreateTokenForm() {
  const t = useTranslations(NS);
  const failureMessage = useFailureMessage(NS);
  const fieldMessage = useFieldErrorMessage(NS);
  const { pending, failure, fieldErrors, run } = useAdminAction(createApiTokenAction);
  // Kept apart from the action's result so a later failed submission does not hide a token not yet copied.
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(Object.fromEntries(new FormData(event.currentTarget).entries()), (data) => {
      setCreated(data);
      formRef.current?.reset();
    });
  }

  const nameErrors = fieldErrors.name?.map(fieldMessage);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="card flex flex-col gap-3" aria-labelledby="api-token-create-heading">
      <h2 id="api-token-create-heading" className="text-lg font-semibold">
        {t("create.heading")}
      </h2>
      <div className="flex max-w-md flex-col gap-1">
        <label htmlFor="api-token-name" className="font-medium">
          {t("create.name")}
        </label>
        <input
          id="api-token-name"
          name="name"
          className="input"
          autoComplete="off"
          maxLength={100}
          aria-invalid={nameErrors ? true : undefined}
          aria-describedby={nameErrors ? "api-token-name-hint api-token-name-error" : "api-token-name-hint"}
        />
        <p id="api-token-name-hint" className="text-sm text-slate-700">
          {t("create.nameHint")}
        </p>
        <FieldError id="api-token-name-error" messages={nameErrors} />
      </div>
      <ActionStatus tone="error" message={failure ? failureMessage(failure) : null} />
      {created && <NewToken name={created.name} token={created.token} />}
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("create.submit")}
        </button>
      </div>
    </form>
  );
}
