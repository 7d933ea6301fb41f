"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { applySavedLocaleAction } from "@/lib/users/actions";

const KNOWN_ERRORS = ["INVALID_CREDENTIALS", "ACCOUNT_LOCKED", "ACCOUNT_DEACTIVATED"] as const;

export function LoginForm({ callbackUrl, oidcEnabled }: { callbackUrl: string; oidcEnabled: boolean }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      const code = KNOWN_ERRORS.find((known) => known === result?.error) ?? "INVALID_CREDENTIALS";
      setError(code);
      setPending(false);
      return;
    }
    await applySavedLocaleAction();
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate aria-describedby={error ? "login-error" : undefined}>
        <div className="flex flex-col gap-1">
          <label htmlFor="email" className="font-medium">
            {t("email")}
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className="input" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="password" className="font-medium">
            {t("password")}
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
        </div>
        <div aria-live="polite">
          {error && (
            <p id="login-error" role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
              {t(`errors.${error}`)}
            </p>
          )}
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t("signingIn") : t("submit")}
        </button>
      </form>
      {oidcEnabled && (
        <button type="button" className="btn-secondary" onClick={() => signIn("oidc", { callbackUrl })}>
          {t("oidc")}
        </button>
      )}
    </div>
  );
}
