"use client";

import { useTranslations } from "next-intl";
import { FormStatus, useActionForm } from "@/components/setup/action-form";
import { recordAttendanceAction } from "@/lib/seminars/actions";

const OPTIONS = ["IN_PERSON", "REMOTE", "ABSENT"] as const;

/** Ticks one registrant's attendance (in person, remote, absent) once the seminar has started. */
export function AttendanceForm({ registrationId, name, current }: { registrationId: string; name: string; current: string | null }) {
  const t = useTranslations("seminars");
  const { pending, result, onSubmit } = useActionForm(recordAttendanceAction);
  const id = `attendance-${registrationId}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      <label htmlFor={id} className="sr-only">
        {t("registrations.attendanceFor", { name })}
      </label>
      <select id={id} name="attendance" defaultValue={current ?? ""} className="input">
        <option value="" disabled>
          {t("attendance.none")}
        </option>
        {OPTIONS.map((option) => (
          <option key={option} value={option}>
            {t(`attendance.${option}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={t("registrations.saveFor", { name })}>
        {t("registrations.save")}
      </button>
      <FormStatus result={result} namespace="seminars" success={t("registrations.recorded")} />
    </form>
  );
}
