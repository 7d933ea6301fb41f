"use client";

import { useTranslations } from "next-intl";
import { HandleForm, type ActionFormHandle } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { Shown, StepButtons, StepSection, StepTarget, StepTextField } from "./step-parts";
import type { WorkspaceCycle } from "./workspace-cycle";

const HELD_CHOICES = ["yes", "no", ""] as const;

/** STUDY: each prediction compared with what happened, and the summary of learning. */
export function StudyStep({ cycle, handle, editable }: { cycle: WorkspaceCycle; handle: ActionFormHandle<unknown>; editable: boolean }) {
  const t = useTranslations("pdsa");
  const heldLabel = (value: (typeof HELD_CHOICES)[number]) => (value === "yes" ? t("heldYes") : value === "no" ? t("heldNo") : t("heldUnknown"));
  const heldText = (held: boolean | null) => heldLabel(held === true ? "yes" : held === false ? "no" : "");

  if (!editable) {
    return (
      <StepSection step="STUDY" heading={t("studyHeading")}>
        <dl className="flex flex-col gap-2">
          {cycle.predictions.map((p, index) => (
            <div key={p.id}>
              <dt className="font-medium">
                {t("question", { number: index + 1 })}: {p.question}
              </dt>
              <dd>
                {t("outcome", { number: index + 1 })}: {p.outcome || t("empty")}
              </dd>
              <dd>
                {t("held", { number: index + 1 })}: {heldText(p.held)}
              </dd>
            </div>
          ))}
          <Shown label={t("learningSummary")} value={cycle.learningSummary} />
        </dl>
      </StepSection>
    );
  }

  return (
    <StepSection step="STUDY" heading={t("studyHeading")}>
      <HandleForm handle={handle} className="flex flex-col gap-3">
        <StepTarget cycleId={cycle.id} version={cycle.version} step="STUDY" />
        {cycle.predictions.map((p, index) => (
          <div key={p.id} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
            <input type="hidden" name={`results.${index}.predictionId`} value={p.id} />
            <p className="font-medium">
              {t("question", { number: index + 1 })}: {p.question}
            </p>
            <p className="text-slate-700">
              {t("prediction", { number: index + 1 })}: {p.prediction}
            </p>
            <Field name={`results.${index}.outcome`} label={t("outcome", { number: index + 1 })} maxLength={2000} initialLength={p.outcome.length}>
              {(control) => <textarea {...control} defaultValue={p.outcome} rows={2} className="input" />}
            </Field>
            <fieldset className="flex flex-wrap gap-4">
              <legend className="font-medium">{t("held", { number: index + 1 })}</legend>
              {HELD_CHOICES.map((value) => (
                <div key={value || "unknown"} className="flex items-center gap-2">
                  <input
                    type="radio"
                    id={`held-${p.id}-${value || "unknown"}`}
                    name={`results.${index}.held`}
                    value={value}
                    defaultChecked={(p.held === true && value === "yes") || (p.held === false && value === "no") || (p.held === null && value === "")}
                    className="h-5 w-5"
                  />
                  <label htmlFor={`held-${p.id}-${value || "unknown"}`}>{heldLabel(value)}</label>
                </div>
              ))}
            </fieldset>
          </div>
        ))}
        <StepTextField name="learningSummary" label={t("learningSummary")} value={cycle.learningSummary} multiline max={5000} />
        <StepButtons step="STUDY" />
      </HandleForm>
    </StepSection>
  );
}
