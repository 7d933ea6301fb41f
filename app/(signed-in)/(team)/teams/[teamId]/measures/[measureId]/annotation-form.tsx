"use client";

import { useTranslations } from "next-intl";
import { ActionForm, ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field, FieldSet } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { createAnnotationAction, deleteAnnotationAction } from "@/lib/annotations/actions";

type Annotation = { id: string; date: string; label: string; text: string };

const NS = "annotations";

/** The chart's annotations (dated notes) with a form to add one and a button to delete each. */
export function AnnotationForm({ teamId, measureId, annotations, canWrite }: { teamId: string; measureId: string; annotations: Annotation[]; canWrite: boolean }) {
  const t = useTranslations(NS);
  // A deleted annotation's row goes away with its form, so the deletion's outcome is shown under the list.
  const deletion = useActionForm(deleteAnnotationAction, { id: "annotation-delete", namespace: NS });

  return (
    <Section id="annotations" title={t("title")} className="card flex flex-col gap-3">
      {annotations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {annotations.map((annotation) => (
            <li key={annotation.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{annotation.label}</span>
              <span>{annotation.text}</span>
              {canWrite && (
                <HandleForm handle={deletion} id={`annotation-delete-${annotation.id}`} className="inline-flex">
                  <input type="hidden" name="annotationId" value={annotation.id} />
                  <SubmitButton className="btn-secondary min-h-11">{t("delete", { text: annotation.text })}</SubmitButton>
                </HandleForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <ActionStatus handle={deletion} success={t("deleted")} />}
      {canWrite && (
        <ActionForm action={createAnnotationAction} id="annotation" namespace={NS} success={t("created")} resetOnSuccess className="flex flex-col gap-2">
          <input type="hidden" name="teamId" value={teamId} />
          <Field name="date" label={t("date")}>
            {(control) => <input {...control} type="date" required className="input" />}
          </Field>
          <Field name="text" label={t("text")} maxLength={300}>
            {(control) => <input {...control} required className="input" placeholder={t("placeholder")} />}
          </Field>
          {/* The measure's id, or empty for all the team's charts. */}
          <FieldSet name="measureId" legend={t("scope")} className="flex flex-col">
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="measureId" value={measureId} defaultChecked /> {t("scopeMeasure")}
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="measureId" value="" /> {t("scopeAll")}
            </label>
          </FieldSet>
          <div>
            <SubmitButton className="btn-primary min-h-11">{t("add")}</SubmitButton>
          </div>
        </ActionForm>
      )}
    </Section>
  );
}
