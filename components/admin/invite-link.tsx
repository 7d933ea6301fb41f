"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";

/** The one-time invitation link, shown once after it is made, in a read-only field to copy. */
export function InviteLink({ url, message }: { url: string; message: string }) {
  const t = useTranslations("adminUsers");
  const id = useId();
  return (
    <div className="flex flex-col gap-1 rounded border border-green-300 bg-green-50 p-3">
      <p className="font-medium text-green-900">{message}</p>
      <label htmlFor={id} className="text-sm font-medium">
        {t("invite.link")}
      </label>
      <input id={id} readOnly value={url} className="input font-mono text-sm" data-testid="invite-link" onFocus={(event) => event.currentTarget.select()} />
      <p className="text-sm text-slate-700">{t("invite.onlyOnce")}</p>
    </div>
  );
}
