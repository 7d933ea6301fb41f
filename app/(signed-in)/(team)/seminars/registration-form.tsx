"use client";

import { useTranslations } from "next-intl";
import { ActionButton, FormStatus, useActionForm } from "@/components/setup/action-form";
import { cancelRegistrationAction, registerForSeminarAction } from "@/lib/seminars/actions";

/** Registers oneself (in person or remote), changes the mode, or cancels. */
export function RegistrationForm({ seminarId, seminarLabel, mode, registered }: { seminarId: string; seminarLabel: string; mode: string | null; registered: boolean }) {
  const t = useTranslations("seminars");
  const { pending, result, onSubmit } = useActionForm(registerForSeminarAction);
  const groupId = `mode-${seminarId}`;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" aria-label={seminarLabel}>
        <input type="hidden" name="seminarId" value={seminarId} />
        <fieldset className="flex gap-3">
          <legend className="font-medium">{t("mine.modeLabel")}</legend>
          {(["IN_PERSON", "REMOTE"] as const).map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input type="radio" name="mode" value={option} defaultChecked={(mode ?? "IN_PERSON") === option} id={`${groupId}-${option}`} />
              {t(`mode.${option}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn-primary" disabled={pending}>
          {registered ? t("mine.changeMode") : t("mine.register")}
        </button>
        <FormStatus result={result} namespace="seminars" success={t("mine.registered")} />
      </form>
      {registered && <ActionButton action={cancelRegistrationAction} fields={{ seminarId }} label={t("mine.cancelRegistration")} namespace="seminars" />}
    </div>
  );
}
