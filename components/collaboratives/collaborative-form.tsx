"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCollaborativeAction, updateCollaborativeAction } from "@/lib/collaboratives/actions";
import { COLLABORATIVE_TEXT_MAX } from "@/lib/collaboratives/schema";

const NS = "collaborativeSetup";

export type CollaborativeFormValues = {
  collaborativeId: string;
  name: string;
  topic: string;
  aim: string;
  startDate: string;
  endDate: string;
  organisationId: string | null;
  status: string;
};

/**
 * Creates a collaborative (no values) or edits one (values, with the statuses it may move to).
 * After creating, the action takes the secretariat to the new collaborative (its config's redirectTo).
 */
export function CollaborativeForm({
  organisations,
  values,
  statusChoices = [],
}: {
  organisations: { id: string; name: string }[];
  values?: CollaborativeFormValues;
  statusChoices?: readonly string[];
}) {
  const t = useTranslations(`${NS}.form`);
  const tEnums = useTranslations("enums");
  const isEdit = values !== undefined;
  return (
    <ActionForm
      action={isEdit ? updateCollaborativeAction : createCollaborativeAction}
      id={isEdit ? "collaborative-settings" : "collaborative-new"}
      namespace={NS}
      success={isEdit ? t("saved") : t("created")}
      className="flex max-w-2xl flex-col gap-4"
    >
      {isEdit && <input type="hidden" name="collaborativeId" value={values.collaborativeId} />}
      <Field name="name" label={t("name")} maxLength={COLLABORATIVE_TEXT_MAX.name} initialLength={values?.name.length}>
        {(control) => <input {...control} type="text" required defaultValue={values?.name} className="input" />}
      </Field>
      <Field name="topic" label={t("topic")} hint={t("topicHelp")} maxLength={COLLABORATIVE_TEXT_MAX.topic} initialLength={values?.topic.length}>
        {(control) => <input {...control} type="text" required defaultValue={values?.topic} className="input" />}
      </Field>
      <Field name="aim" label={t("aim")} hint={t("aimHelp")} maxLength={COLLABORATIVE_TEXT_MAX.aim} initialLength={values?.aim.length}>
        {(control) => <textarea {...control} rows={3} defaultValue={values?.aim} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="startDate" label={t("startDate")}>
          {(control) => <input {...control} type="date" required defaultValue={values?.startDate} className="input" />}
        </Field>
        <Field name="endDate" label={t("endDate")}>
          {(control) => <input {...control} type="date" required defaultValue={values?.endDate} className="input" />}
        </Field>
      </div>
      <Field name="organisationId" label={t("organisation")} hint={t("organisationHelp")}>
        {(control) => (
          <select {...control} defaultValue={values?.organisationId ?? ""} className="input">
            <option value="">{t("noOrganisation")}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {isEdit && (
        <Field name="status" label={t("status")} hint={t("statusHelp")}>
          {(control) => (
            <select {...control} defaultValue={values.status} className="input">
              {statusChoices.map((status) => (
                <option key={status} value={status}>
                  {tEnums(`collaborativeStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div>
        <SubmitButton>{isEdit ? t("save") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
