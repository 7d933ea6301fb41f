"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { LOCALES } from "@/lib/i18n/locales";
import { changeLocaleAction } from "@/lib/users/actions";

/**
 * Changes the language, signed in or out. With JavaScript a choice submits the form at once;
 * without it the "Apply" button does. The action sets the cookie and revalidates every page, so
 * the page comes back in the new language (no client-side refresh). That page is the visible
 * confirmation; the status message is for screen readers (a refusal is shown to everyone).
 */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const form = useActionForm(changeLocaleAction, { id: "language", namespace: "common" });
  return (
    <HandleForm handle={form} className="flex flex-wrap items-center gap-2 text-sm">
      <Field name="locale" label={<span className="font-normal">{t("language")}</span>} className="flex items-center gap-2">
        {(control) => (
          <select
            {...control}
            defaultValue={locale}
            className="rounded border border-slate-400 bg-white px-2 py-1"
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
          >
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`languages.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <noscript>
        <SubmitButton className="btn-secondary">{t("apply")}</SubmitButton>
      </noscript>
      <div className={form.result?.ok ? "sr-only" : undefined}>
        <ActionStatus handle={form} success={t("languageChanged")} />
      </div>
    </HandleForm>
  );
}
