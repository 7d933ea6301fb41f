"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAttendanceAction } from "@/lib/seminars/actions";

const OPTIONS = ["IN_PERSON", "REMOTE", "ABSENT"] as const;

/** Ticks one registrant's attendance (in person, remote, absent) once the seminar has started. */
export function AttendanceForm({ registrationId, name, current }: { registrationId: string; name: string; current: string | null }) {
  const t = useTranslations("seminars");
  return (
    <ActionForm action={recordAttendanceAction} id={`attendance-${registrationId}`} namespace="seminars" success={t("registrations.recorded")} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      <Field name="attendance" label={<span className="sr-only">{t("registrations.attendanceFor", { name })}</span>} className="flex flex-col">
        {(control) => (
          <select {...control} defaultValue={current ?? ""} className="input">
            <option value="" disabled>
              {t("attendance.none")}
            </option>
            {OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`attendance.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton className="btn-secondary">
        <span aria-hidden="true">{t("registrations.save")}</span>
        <span className="sr-only">{t("registrations.saveFor", { name })}</span>
      </SubmitButton>
    </ActionForm>
  );
}
