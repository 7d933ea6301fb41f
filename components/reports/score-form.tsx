"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field, FieldSet } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { scoreReportAction } from "@/lib/reports/actions";
import { SCORE_STEPS, scoreKey } from "@/lib/reports/rules";
import { ASSESSMENT_COMMENT_MAX } from "@/lib/reports/schema";

/** The IHI scale as a radio group, each step with its meaning, a comment and save. */
export function ScoreForm({ reportId, current }: { reportId: string; current: { score: number; comment: string } | null }) {
  const t = useTranslations("assessments");
  return (
    <ActionForm action={scoreReportAction} id="score" namespace="assessments" success={t("saved")} className="card flex flex-col gap-3" aria-labelledby="score-heading">
      <h2 id="score-heading" className="text-lg font-semibold">
        {current ? t("rescoreHeading") : t("scoreHeading")}
      </h2>
      <input type="hidden" name="reportId" value={reportId} />
      <FieldSet name="score" legend={t("scaleLegend")}>
        {SCORE_STEPS.map((step) => {
          const key = scoreKey(step);
          return (
            <div key={key} className="flex items-start gap-2">
              <input
                type="radio"
                id={`score-${key}`}
                name="score"
                value={step.toFixed(1)}
                defaultChecked={current?.score === step}
                aria-describedby={`score-${key}-meaning`}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={`score-${key}`}>
                <span className="font-semibold">{t(`scale.${key}.label`)}</span> <span id={`score-${key}-meaning`}>{t(`scale.${key}.meaning`)}</span>
              </label>
            </div>
          );
        })}
      </FieldSet>
      <Field name="comment" label={t("comment")} maxLength={ASSESSMENT_COMMENT_MAX} initialLength={current?.comment.length ?? 0}>
        {(control) => <textarea {...control} rows={3} defaultValue={current?.comment ?? ""} className="input w-full" />}
      </Field>
      <div>
        <SubmitButton className="btn-primary min-h-11">{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
