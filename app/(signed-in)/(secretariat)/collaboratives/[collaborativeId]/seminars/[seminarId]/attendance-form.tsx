"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAttendanceSheetAction } from "@/lib/seminars/actions";
import { ATTENDANCES, type Attendance, type RegistrationMode } from "@/lib/seminars/rules";

type RegistrationStatus = "REGISTERED" | "WAITLISTED" | "CANCELLED";

export type SheetRow = {
  id: string;
  name: string;
  email: string;
  mode: RegistrationMode;
  status: RegistrationStatus;
  position: number | null;
  attendance: Attendance | null;
};
export type SheetTeam = { key: string; name: string; rows: SheetRow[] };

/**
 * The registrations per team and, once the seminar has started, the attendance sheet: every
 * registered person's attendance in one form with one save (one transaction, one audit event),
 * confirmed when saved. Each choice posts as "rows.N.attendance" beside its "rows.N.registrationId".
 */
export function AttendanceSheet({ seminarId, teams, editable }: { seminarId: string; teams: SheetTeam[]; editable: boolean }) {
  const t = useTranslations("seminars");
  // The sheet's row numbers run over every team's registered people, in the order shown.
  const positions = new Map<string, number>();
  if (editable) for (const row of teams.flatMap((team) => team.rows)) if (row.status === "REGISTERED") positions.set(row.id, positions.size);
  const tables = teams.map((team) => (
    <table key={team.key} className="data-table mb-4">
      <caption className="text-left font-semibold">{team.name}</caption>
      <thead>
        <tr>
          <th scope="col">{t("registrations.name")}</th>
          <th scope="col">{t("registrations.mode")}</th>
          <th scope="col">{t("registrations.status")}</th>
          <th scope="col">{t("registrations.attendance")}</th>
        </tr>
      </thead>
      <tbody>
        {team.rows.map((row) => {
          const position = positions.get(row.id);
          return (
            <tr key={row.id}>
              <th scope="row">
                {row.name} <span className="block text-sm font-normal text-slate-700">{row.email}</span>
              </th>
              <td>{t(`mode.${row.mode}`)}</td>
              <td>
                {t(`registrationStatus.${row.status}`)}
                {row.position !== null && <span className="block text-sm">{t("registrations.position", { position: row.position })}</span>}
              </td>
              <td>{position === undefined ? t(`attendance.${row.attendance ?? "none"}`) : <AttendanceChoice position={position} row={row} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  ));
  if (positions.size === 0) return <>{tables}</>;
  return (
    <ActionForm
      action={recordAttendanceSheetAction}
      id="attendance-sheet"
      namespace="seminars"
      success={(data) => t("registrations.sheetSaved", { count: data.saved })}
      className="flex flex-col gap-2"
      aria-label={t("registrations.sheetLabel")}
    >
      <p className="text-sm text-slate-700">{t("registrations.sheetHelp")}</p>
      <input type="hidden" name="seminarId" value={seminarId} />
      {tables}
      <div>
        <SubmitButton>{t("registrations.sheetSave")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

function AttendanceChoice({ position, row }: { position: number; row: SheetRow }) {
  const t = useTranslations("seminars");
  return (
    <>
      <input type="hidden" name={`rows.${position}.registrationId`} value={row.id} />
      <Field name={`rows.${position}.attendance`} label={<span className="sr-only">{t("registrations.attendanceFor", { name: row.name })}</span>} className="flex flex-col">
        {(control) => (
          <select {...control} defaultValue={row.attendance ?? ""} className="input">
            <option value="">{t("attendance.none")}</option>
            {ATTENDANCES.map((option) => (
              <option key={option} value={option}>
                {t(`attendance.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
