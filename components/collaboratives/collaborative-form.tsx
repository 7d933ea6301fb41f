"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, FormStatus, useActionForm } from "@/components/setup/action-form";
import { createCollaborativeAction, updateCollaborativeAction } from "@/lib/collaboratives/actions";

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
 * After creating, the secretariat lands on the new collaborative.
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
  const router = useRouter();
  const isEdit = values !== undefined;
  const formId = isEdit ? "collaborative-settings" : "collaborative-new";
  const { pending, result, onSubmit } = useActionForm(isEdit ? updateCollaborativeAction : createCollaborativeAction, {
    onSuccess: (data) => {
      if (!isEdit) router.push(`/collaboratives/${(data as { id: string }).id}`);
    },
  });
  const field = { formId, namespace: NS, result };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      {isEdit && <input type="hidden" name="collaborativeId" value={values.collaborativeId} />}
      <Field {...field} name="name" label={t("name")}>
        {(props) => <input {...props} type="text" required defaultValue={values?.name} className="input" />}
      </Field>
      <Field {...field} name="topic" label={t("topic")} help={t("topicHelp")}>
        {(props) => <input {...props} type="text" required defaultValue={values?.topic} className="input" />}
      </Field>
      <Field {...field} name="aim" label={t("aim")} help={t("aimHelp")}>
        {(props) => <textarea {...props} rows={3} defaultValue={values?.aim} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field} name="startDate" label={t("startDate")}>
          {(props) => <input {...props} type="date" required defaultValue={values?.startDate} className="input" />}
        </Field>
        <Field {...field} name="endDate" label={t("endDate")}>
          {(props) => <input {...props} type="date" required defaultValue={values?.endDate} className="input" />}
        </Field>
      </div>
      <Field {...field} name="organisationId" label={t("organisation")} help={t("organisationHelp")}>
        {(props) => (
          <select {...props} defaultValue={values?.organisationId ?? ""} className="input">
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
        <Field {...field} name="status" label={t("status")} help={t("statusHelp")}>
          {(props) => (
            <select {...props} defaultValue={values.status} className="input">
              {statusChoices.map((status) => (
                <option key={status} value={status}>
                  {tEnums(`collaborativeStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <FormStatus result={result} namespace={NS} success={isEdit ? t("saved") : undefined} />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {isEdit ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
