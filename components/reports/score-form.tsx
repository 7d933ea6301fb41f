"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { FieldErrors } from "@/lib/actions/result";
import { scoreReportAction } from "@/lib/reports/actions";
import { SCORE_STEPS, scoreKey } from "@/lib/reports/rules";
import { ASSESSMENT_COMMENT_MAX } from "@/lib/reports/schema";

/** The IHI scale as a radio group, each step with its meaning, a comment and save. */
export function ScoreForm({ reportId, current }: { reportId: string; current: { score: number; comment: string } | null }) {
  const t = useTranslations("assessments");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await scoreReportAction({ reportId, score: data.get("score") ?? "", comment: data.get("comment") });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setStatus({ ok: false, text: failureMessage(result, tErrors, t) });
      return;
    }
    setErrors({});
    setStatus({ ok: true, text: t("saved") });
    router.refresh();
  }

  return (
    <form onSubmit={save} noValidate className="card flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{current ? t("rescoreHeading") : t("scoreHeading")}</h2>
      <fieldset aria-describedby={errors.score ? "score-error" : undefined} className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t("scaleLegend")}</legend>
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
                <span className="font-semibold">{t(`scale.${key}.label`)}</span>{" "}
                <span id={`score-${key}-meaning`}>{t(`scale.${key}.meaning`)}</span>
              </label>
            </div>
          );
        })}
        {errors.score && (
          <p id="score-error" className="text-sm text-red-800">
            {errors.score.map((k) => fieldMessage(k, tErrors, t)).join(" ")}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="score-comment" className="font-medium">
          {t("comment")}
        </label>
        <textarea
          id="score-comment"
          name="comment"
          rows={3}
          maxLength={ASSESSMENT_COMMENT_MAX}
          defaultValue={current?.comment ?? ""}
          className="input w-full"
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? "score-comment-error" : undefined}
        />
        {errors.comment && (
          <p id="score-comment-error" className="text-sm text-red-800">
            {errors.comment.map((k) => fieldMessage(k, tErrors, t)).join(" ")}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="btn-primary min-h-11" disabled={pending}>
          {t("save")}
        </button>
      </div>
      <p role="status" aria-live="polite" className={status?.ok ? "text-green-800" : "text-red-800"}>
        {status?.text}
      </p>
    </form>
  );
}
