"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { HandleForm, type ActionFormHandle } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { Shown, StepButtons, StepSection, StepTarget, StepTextField } from "./step-parts";
import type { WorkspaceCycle } from "./workspace-cycle";

let questionKey = 0;
const nextKey = () => `q${++questionKey}`;

type Question = { key: string; question: string; prediction: string };

/** What the question fields hold now, so adding or removing one keeps what was typed in the others. */
function typedQuestions(form: HTMLFormElement, questions: Question[]): Question[] {
  const data = new FormData(form);
  return questions.map((item, index) => ({
    key: nextKey(),
    question: String(data.get(`questions.${index}.question`) ?? ""),
    prediction: String(data.get(`questions.${index}.prediction`) ?? ""),
  }));
}

/** PLAN: objective, questions with predictions, who/what/where/when, data collection, linked measures. */
export function PlanStep({ cycle, measures, handle, editable }: { cycle: WorkspaceCycle; measures: { id: string; name: string }[]; handle: ActionFormHandle<unknown>; editable: boolean }) {
  const t = useTranslations("pdsa");
  const [questions, setQuestions] = useState<Question[]>(() => cycle.predictions.map((p) => ({ key: nextKey(), question: p.question, prediction: p.prediction })));

  if (!editable) {
    return (
      <StepSection step="PLAN" heading={t("planHeading")}>
        <dl className="flex flex-col gap-2">
          <Shown label={t("scale")} value={cycle.scale} />
          <Shown label={t("objective")} value={cycle.objective} />
          <div>
            <dt className="font-medium">{t("questions")}</dt>
            <dd>
              {cycle.predictions.length === 0 ? (
                t("noQuestions")
              ) : (
                <ol className="ml-5 list-decimal">
                  {cycle.predictions.map((p, index) => (
                    <li key={p.id}>
                      <p>{p.question}</p>
                      <p className="text-slate-700">
                        {t("prediction", { number: index + 1 })}: {p.prediction || t("empty")}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </div>
          <Shown label={t("who")} value={cycle.who} />
          <Shown label={t("what")} value={cycle.what} />
          <Shown label={t("where")} value={cycle.where} />
          <Shown label={t("whenText")} value={cycle.whenText} />
          <Shown label={t("dataCollectionPlan")} value={cycle.dataCollectionPlan} />
          <Shown label={t("measures")} value={measures.filter((m) => cycle.measureIds.includes(m.id)).map((m) => m.name).join(", ")} />
        </dl>
      </StepSection>
    );
  }

  return (
    <StepSection step="PLAN" heading={t("planHeading")}>
      <HandleForm handle={handle} className="flex flex-col gap-3">
        <StepTarget cycleId={cycle.id} version={cycle.version} step="PLAN" />
        <StepTextField name="title" label={t("titleLabel")} value={cycle.title} max={200} />
        <StepTextField name="scale" label={t("scale")} value={cycle.scale} max={200} />
        <StepTextField name="objective" label={t("objective")} value={cycle.objective} multiline max={2000} />
        <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t("questions")}</legend>
          {questions.length === 0 && <p>{t("noQuestions")}</p>}
          {questions.map((q, index) => (
            <div key={q.key} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
              <Field name={`questions.${index}.question`} label={t("question", { number: index + 1 })} maxLength={500} initialLength={q.question.length}>
                {(control) => <input {...control} defaultValue={q.question} className="input min-h-11" />}
              </Field>
              <Field name={`questions.${index}.prediction`} label={t("prediction", { number: index + 1 })} maxLength={1000} initialLength={q.prediction.length}>
                {(control) => <textarea {...control} defaultValue={q.prediction} rows={2} className="input" />}
              </Field>
              <div>
                <button
                  type="button"
                  className="btn-secondary min-h-11"
                  onClick={(event) => setQuestions(typedQuestions(event.currentTarget.form!, questions).filter((_, i) => i !== index))}
                >
                  {t("removeQuestion", { number: index + 1 })}
                </button>
              </div>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="btn-secondary min-h-11"
              onClick={(event) => setQuestions([...typedQuestions(event.currentTarget.form!, questions), { key: nextKey(), question: "", prediction: "" }])}
            >
              {t("addQuestion")}
            </button>
          </div>
        </fieldset>
        <StepTextField name="who" label={t("who")} value={cycle.who} max={500} />
        <StepTextField name="what" label={t("what")} value={cycle.what} multiline max={1000} />
        <StepTextField name="where" label={t("where")} value={cycle.where} max={500} />
        <StepTextField name="whenText" label={t("whenText")} value={cycle.whenText} max={500} />
        <Field name="plannedStart" label={t("plannedStart")}>
          {(control) => <input {...control} type="date" defaultValue={cycle.plannedStart ?? ""} className="input min-h-11 w-fit" />}
        </Field>
        <StepTextField name="dataCollectionPlan" label={t("dataCollectionPlan")} value={cycle.dataCollectionPlan} multiline max={2000} />
        <fieldset className="flex flex-col gap-1 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t("measures")}</legend>
          {measures.length === 0 && <p>{t("noMeasures")}</p>}
          {measures.map((measure) => (
            <div key={measure.id} className="flex items-center gap-2">
              <input type="checkbox" id={`measure-${measure.id}`} name="measureIds" value={measure.id} defaultChecked={cycle.measureIds.includes(measure.id)} className="h-5 w-5" />
              <label htmlFor={`measure-${measure.id}`}>{measure.name}</label>
            </div>
          ))}
        </fieldset>
        <StepButtons step="PLAN" />
      </HandleForm>
    </StepSection>
  );
}
