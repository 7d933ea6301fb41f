"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NEXT_STATE, type OpenState } from "@/lib/pdsa/rules";

// Pieces every step of the cycle workspace shares: its section, its text fields, what a finished
// step shows, and the two buttons (save; save and go on) that send one action each.

export function StepSection({ step, heading, children }: { step: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`step-${step}`} className="card flex flex-col gap-3" data-step={step}>
      <h2 id={`step-${step}`} className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A step's text field, single line or multi-line, with the schema's length limit shown as a counter. */
export function StepTextField({ name, label, value, multiline = false, max }: { name: string; label: string; value: string; multiline?: boolean; max: number }) {
  return (
    <Field name={name} label={label} maxLength={max} initialLength={value.length}>
      {(control) => (multiline ? <textarea {...control} defaultValue={value} rows={3} className="input" /> : <input {...control} defaultValue={value} className="input min-h-11" />)}
    </Field>
  );
}

/** A finished step's field, read only. */
export function Shown({ label, value }: { label: string; value: string }) {
  const t = useTranslations("pdsa");
  return (
    <div>
      <dt className="font-medium">{label}</dt>
      <dd className="whitespace-pre-line text-slate-800">{value || t("empty")}</dd>
    </div>
  );
}

/** The hidden fields that say which cycle, version and step a submit is for. */
export function StepTarget({ cycleId, version, step }: { cycleId: string; version: number; step: OpenState }) {
  return (
    <>
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
    </>
  );
}

/** Save the step, or save it and go to the next one: both in one server action and one transaction. */
export function StepButtons({ step }: { step: OpenState }) {
  const t = useTranslations("pdsa");
  const tEnums = useTranslations("enums");
  return (
    <div className="flex flex-wrap gap-2">
      <SubmitButton name="intent" value="save" className="btn-secondary min-h-11">
        {t("save")}
      </SubmitButton>
      <SubmitButton name="intent" value="advance" className="btn-primary min-h-11">
        {t("goTo", { state: tEnums(`cycleState.${NEXT_STATE[step]}`) })}
      </SubmitButton>
    </div>
  );
}
