"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { FieldErrors } from "@/lib/actions/result";
import { submitReportAction } from "@/lib/reports/actions";
import { REPORT_TEXT_MAX } from "@/lib/reports/schema";

const FIELDS = ["wentWell", "barriers", "helpNeeded"] as const;

/** The contact person's three answers and the submit button. */
export function ReportForm({ teamId, month }: { teamId: string; month: string }) {
  const t = useTranslations("reports");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await submitReportAction({
      teamId,
      month,
      wentWell: data.get("wentWell"),
      barriers: data.get("barriers"),
      helpNeeded: data.get("helpNeeded"),
    });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setStatus({ ok: false, text: failureMessage(result, tErrors, t) });
      return;
    }
    setErrors({});
    setStatus({ ok: true, text: t("submitted") });
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="card flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{t("formHeading")}</h2>
      {FIELDS.map((field) => (
        <div key={field} className="flex flex-col gap-1">
          <label htmlFor={`report-${field}`} className="font-medium">
            {t(`fields.${field}`)}
            {field === "wentWell" && ` (${t("required")})`}
          </label>
          <textarea
            id={`report-${field}`}
            name={field}
            rows={4}
            maxLength={REPORT_TEXT_MAX}
            className="input w-full"
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `report-${field}-error` : undefined}
          />
          {errors[field] && (
            <p id={`report-${field}-error`} className="text-sm text-red-800">
              {errors[field].map((key) => fieldMessage(key, tErrors, t)).join(" ")}
            </p>
          )}
        </div>
      ))}
      <div>
        <button type="submit" className="btn-primary min-h-11" disabled={pending}>
          {t("submit")}
        </button>
      </div>
      <p role="status" aria-live="polite" className={status?.ok ? "text-green-800" : "text-red-800"}>
        {status?.text}
      </p>
    </form>
  );
}
