"use client";

import { useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/authz/roles";
import { LOCALES } from "@/lib/i18n/locales";
import { createUserAction } from "@/lib/users/actions";
import { ActionStatus, FieldError, useAdminAction, useFailureMessage, useFieldErrorMessage } from "./action-feedback";
import { InviteLink } from "./invite-link";

const NS = "adminUsers";

/** Creates an account and shows its one-time invitation link once. */
export function UserCreateForm() {
  const t = useTranslations(NS);
  const tRoles = useTranslations("enums.role");
  const tCommon = useTranslations("common");
  const failureMessage = useFailureMessage(NS);
  const fieldMessage = useFieldErrorMessage(NS);
  const { pending, failure, fieldErrors, data, run } = useAdminAction(createUserAction);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(Object.fromEntries(new FormData(event.currentTarget).entries()), () => formRef.current?.reset());
  }

  const errorsFor = (field: string) => fieldErrors[field]?.map(fieldMessage);
  const invalid = (field: string) => (fieldErrors[field] ? true : undefined);
  const described = (field: string) => (fieldErrors[field] ? `user-create-${field}-error` : undefined);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="card flex flex-col gap-3" aria-labelledby="user-create-heading">
      <h2 id="user-create-heading" className="text-lg font-semibold">
        {t("create.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("create.intro")}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="user-create-name" className="font-medium">
            {t("name")}
          </label>
          <input id="user-create-name" name="name" className="input" autoComplete="off" maxLength={200} aria-invalid={invalid("name")} aria-describedby={described("name")} />
          <FieldError id="user-create-name-error" messages={errorsFor("name")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-create-email" className="font-medium">
            {t("email")}
          </label>
          <input
            id="user-create-email"
            name="email"
            type="email"
            className="input"
            autoComplete="off"
            maxLength={254}
            aria-invalid={invalid("email")}
            aria-describedby={described("email")}
          />
          <FieldError id="user-create-email-error" messages={errorsFor("email")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-create-role" className="font-medium">
            {t("role")}
          </label>
          <select id="user-create-role" name="role" className="input" defaultValue="STAFF" aria-invalid={invalid("role")} aria-describedby={described("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
          <FieldError id="user-create-role-error" messages={errorsFor("role")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-create-locale" className="font-medium">
            {t("language")}
          </label>
          <select id="user-create-locale" name="locale" className="input" defaultValue="da" aria-invalid={invalid("locale")} aria-describedby={described("locale")}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {tCommon(`languages.${locale}`)}
              </option>
            ))}
          </select>
          <FieldError id="user-create-locale-error" messages={errorsFor("locale")} />
        </div>
      </div>
      <ActionStatus tone="error" message={failure ? failureMessage(failure) : null} />
      {data && <InviteLink url={data.inviteUrl} message={t("create.created")} />}
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("create.submit")}
        </button>
      </div>
    </form>
  );
}
