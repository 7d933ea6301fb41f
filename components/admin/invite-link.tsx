"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";

/**
 * The one-time invitation link, shown once under the form's confirmation, in a read-only field to
 * copy. It has no name, so it is never posted back.
 */
export function InviteLink({ url }: { url: string }) {
  const t = useTranslations("adminUsers");
  const id = useId();
  return (
    <div className="flex flex-col gap-1 rounded border border-green-300 bg-green-50 p-3">
      <label htmlFor={id} className="text-sm font-medium">
        {t("invite.link")}
      </label>
      <input id={id} readOnly value={url} className="input font-mono text-sm" data-testid="invite-link" onFocus={(event) => event.currentTarget.select()} />
      <p className="text-sm text-slate-700">{t("invite.onlyOnce")}</p>
    </div>
  );
}
