"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptInviteAction } from "@/lib/users/actions";
import type { InviteState } from "@/lib/users/rules";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/schema";

const NS = "invite";

/**
 * The invitation page's body: the password form while the link is valid, else what is wrong with
 * the link. It is rendered in the same place whatever the state, so after a success (which uses
 * the link up) the page, re-rendered with or without JavaScript, still shows the confirmation.
 */
export function InviteForm({ token, state, email }: { token: string; state: InviteState; email?: string }) {
  const t = useTranslations(NS);
  const form = useActionForm(acceptInviteAction, { id: "invite", namespace: NS });

  if (form.result?.ok || state !== "VALID") {
    return (
      <div className="flex flex-col gap-3">
        {form.result?.ok ? (
          <ActionStatus handle={form} success={t("success")} />
        ) : (
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
            {t(`rules.${state.toLowerCase()}`)}
          </p>
        )}
        <p>
          <Link href="/login" className={form.result?.ok ? "btn-primary inline-block" : "text-brand-700 underline"}>
            {t("toSignIn")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <HandleForm handle={form}>
      <p>{t("intro", { email: email ?? "" })}</p>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to (not used by the action). */}
      <input type="hidden" name="username" value={email} autoComplete="username" readOnly />
      <Field id="invite-password" name="password" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}>
        {(control) => <input {...control} type="password" autoComplete="new-password" className="input" minLength={PASSWORD_MIN_LENGTH} />}
      </Field>
      <Field id="invite-password-repeat" name="passwordRepeat" label={t("passwordRepeat")}>
        {(control) => <input {...control} type="password" autoComplete="new-password" className="input" />}
      </Field>
      <ActionStatus handle={form} success={t("success")} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </HandleForm>
  );
}
