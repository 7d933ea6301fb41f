"use client";

import { useState, useTransition, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { acceptInviteAction } from "@/lib/users/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/schema";

type Failure = Extract<ActionResult<never>, { ok: false }>;

export function InviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const tAll = useTranslations();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState(false);

  const fieldMessage = (key: string) => (tAll.has(`invite.fieldErrors.${key}`) ? t(`fieldErrors.${key}`) : tAll(`errors.field.${key}`));
  const errorsFor = (field: string) => failure?.fieldErrors?.[field]?.map(fieldMessage);
  const ruleMessage = (f: Failure) => {
    const key = f.rule ? `states.${f.rule.split(".").pop()!.toUpperCase()}` : null;
    return key && t.has(key) ? t(key) : tAll(`errors.codes.${f.code}`);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await acceptInviteAction({ token, password: form.get("password"), passwordRepeat: form.get("passwordRepeat") });
      if (result.ok) {
        setFailure(null);
        setDone(true);
      } else setFailure(result);
    });
  }

  if (done) {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("success")}
        </p>
        <p>
          <Link href="/login" className="btn-primary inline-block">
            {t("toSignIn")}
          </Link>
        </p>
      </div>
    );
  }

  const passwordErrors = errorsFor("password");
  const repeatErrors = errorsFor("passwordRepeat");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p>{t("intro", { email })}</p>
      <input type="hidden" name="username" value={email} autoComplete="username" readOnly />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-password" className="font-medium">
          {t("password")}
        </label>
        <input
          id="invite-password"
          name="password"
          type="password"
          autoComplete="new-password"
          className="input"
          minLength={PASSWORD_MIN_LENGTH}
          aria-invalid={passwordErrors ? true : undefined}
          aria-describedby={`invite-password-hint${passwordErrors ? " invite-password-error" : ""}`}
        />
        <p id="invite-password-hint" className="text-sm text-slate-700">
          {t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        </p>
        {passwordErrors && (
          <p id="invite-password-error" className="text-sm text-red-800">
            {passwordErrors.join(" ")}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-password-repeat" className="font-medium">
          {t("passwordRepeat")}
        </label>
        <input
          id="invite-password-repeat"
          name="passwordRepeat"
          type="password"
          autoComplete="new-password"
          className="input"
          aria-invalid={repeatErrors ? true : undefined}
          aria-describedby={repeatErrors ? "invite-password-repeat-error" : undefined}
        />
        {repeatErrors && (
          <p id="invite-password-repeat-error" className="text-sm text-red-800">
            {repeatErrors.join(" ")}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {failure && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
            {ruleMessage(failure)}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
