"use client";

import { useActionState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/lib/auth/sign-in-action";
import { SubmitButton } from "@/components/ui/submit-button";

/** Posts to the sign-in server action, so it works before JavaScript loads and never puts the password in a URL. */
export function LoginForm({ callbackUrl, oidcEnabled }: { callbackUrl: string; oidcEnabled: boolean }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState<SignInState, FormData>(signInAction, null);

  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-col gap-4" noValidate aria-describedby={state ? "login-error" : undefined}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="flex flex-col gap-1">
          <label htmlFor="email" className="font-medium">
            {t("email")}
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className="input" defaultValue={state?.email} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="password" className="font-medium">
            {t("password")}
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
        </div>
        <div aria-live="polite">
          {state && (
            <p id="login-error" role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
              {t(`errors.${state.code}`)}
            </p>
          )}
        </div>
        <SubmitButton pendingLabel={t("signingIn")}>{t("submit")}</SubmitButton>
      </form>
      {oidcEnabled && (
        <button type="button" className="btn-secondary" onClick={() => signIn("oidc", { callbackUrl })}>
          {t("oidc")}
        </button>
      )}
    </div>
  );
}
