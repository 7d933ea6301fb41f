"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitReportAction } from "@/lib/reports/actions";
import { REPORT_TEXT_MAX } from "@/lib/reports/schema";

const FIELDS = ["wentWell", "barriers", "helpNeeded"] as const;

/**
 * The contact person's three answers and the submit button. Once the report is in, the page gives
 * the answers as `submitted` and they take the form's place; the submit's state lives here, so
 * "the report is submitted" stays on screen above them (with or without JavaScript).
 */
export function ReportForm({ teamId, month, submitted }: { teamId: string; month: string; submitted?: ReactNode }) {
  const t = useTranslations("reports");
  const handle = useActionForm(submitReportAction, { id: "report", namespace: "reports" });
  if (submitted) {
    return (
      <>
        <ActionStatus handle={handle} success={t("submitted")} />
        {submitted}
      </>
    );
  }
  return (
    <HandleForm handle={handle} className="card flex flex-col gap-3" aria-labelledby="report-heading">
      <h2 id="report-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h2>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="month" value={month} />
      {FIELDS.map((field) => (
        <Field key={field} name={field} label={field === "wentWell" ? `${t(`fields.${field}`)} (${t("required")})` : t(`fields.${field}`)} maxLength={REPORT_TEXT_MAX}>
          {(control) => <textarea {...control} rows={4} className="input w-full" />}
        </Field>
      ))}
      <div>
        <SubmitButton className="btn-primary min-h-11">{t("submit")}</SubmitButton>
      </div>
      <ActionStatus handle={handle} success={t("submitted")} />
    </HandleForm>
  );
}
