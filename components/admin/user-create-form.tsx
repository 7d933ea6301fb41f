"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLES } from "@/lib/authz/roles";
import { LOCALES } from "@/lib/i18n/locales";
import { createUserAction } from "@/lib/users/actions";
import { EMAIL_MAX, USER_NAME_MAX } from "@/lib/users/schema";
import { InviteLink } from "./invite-link";

const NS = "adminUsers";

/** Creates an account and shows its one-time invitation link once, under the confirmation. */
export function UserCreateForm() {
  const t = useTranslations(NS);
  const tRoles = useTranslations("enums.role");
  const tCommon = useTranslations("common");
  const form = useActionForm(createUserAction, { id: "user-create", namespace: NS, onSuccess: (_data, element) => element?.reset() });
  return (
    <HandleForm handle={form} className="card flex flex-col gap-3" aria-labelledby="user-create-heading">
      <h2 id="user-create-heading" className="text-lg font-semibold">
        {t("create.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("create.intro")}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <Field name="name" label={t("name")} maxLength={USER_NAME_MAX}>
          {(control) => <input {...control} className="input" autoComplete="off" />}
        </Field>
        <Field name="email" label={t("email")} maxLength={EMAIL_MAX}>
          {(control) => <input {...control} type="email" className="input" autoComplete="off" />}
        </Field>
        <Field name="role" label={t("role")}>
          {(control) => (
            <select {...control} className="input" defaultValue="STAFF">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {tRoles(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="locale" label={t("language")}>
          {(control) => (
            <select {...control} className="input" defaultValue="da">
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {tCommon(`languages.${locale}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ActionStatus handle={form} success={t("create.created")} />
      {form.result?.ok && <InviteLink url={form.result.data.inviteUrl} />}
      <div>
        <SubmitButton>{t("create.submit")}</SubmitButton>
      </div>
    </HandleForm>
  );
}
