"use client";

import { useId, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { changeLocaleAction } from "@/lib/users/actions";

/** Changes the language at once; without JavaScript the button submits the same action. */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();

  return (
    <form
      action={async (formData) => {
        await changeLocaleAction(formData);
      }}
      className="flex items-center gap-2 text-sm"
    >
      <label htmlFor={id}>{t("language")}</label>
      <select
        id={id}
        name="locale"
        defaultValue={locale}
        disabled={pending}
        className="rounded border border-slate-400 bg-white px-2 py-1"
        onChange={(event) => {
          const formData = new FormData();
          formData.set("locale", event.target.value);
          startTransition(async () => {
            await changeLocaleAction(formData);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`languages.${option}`)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn-secondary">
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}
