"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/auth/sign-in-action";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Posts to the sign-in server action, so it works before JavaScript loads and never puts the password in a URL. */
export function LoginForm({ callbackUrl, oidcEnabled }: { callbackUrl: string; oidcEnabled: boolean }) {
  const t = useTranslations("auth");
  return (
    <div className="flex flex-col gap-4">
      {/* A success redirects, so there is no success message to show. */}
      <ActionForm action={signInAction} id="login" namespace="auth" success="" aria-label={t("title")}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field id="email" name="email" label={t("email")}>
          {(control) => <input {...control} type="email" autoComplete="username" required className="input" />}
        </Field>
        <Field id="password" name="password" label={t("password")}>
          {(control) => <input {...control} type="password" autoComplete="current-password" required className="input" />}
        </Field>
        <SubmitButton pendingLabel={t("signingIn")}>{t("submit")}</SubmitButton>
      </ActionForm>
      {oidcEnabled && (
        <button type="button" className="btn-secondary" onClick={() => signIn("oidc", { callbackUrl })}>
          {t("oidc")}
        </button>
      )}
    </div>
  );
}
