"use client";

import { useTranslations } from "next-intl";
import { Field, FormStatus, useActionForm } from "@/components/setup/action-form";
import { saveProfileAction } from "@/lib/microsystems/actions";
import { PROFILE_FIELDS, type ProfileText } from "@/lib/microsystems/rules";

const NS = "microsystems";

/**
 * The 5P profile as a guided form: each P with the questions a microsystem coach would ask under
 * it. Saving adds a new dated version, starting from the latest one.
 */
export function ProfileForm({ microsystemId, latest }: { microsystemId: string; latest: ProfileText | null }) {
  const t = useTranslations(`${NS}.profile`);
  const { pending, result, onSubmit } = useActionForm(saveProfileAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="microsystemId" value={microsystemId} />
      {PROFILE_FIELDS.map((field) => (
        <Field
          key={field}
          formId="profile"
          name={field}
          namespace={NS}
          result={result}
          label={t(`fields.${field}.label`)}
          help={<p>{t(`fields.${field}.prompts`)}</p>}
        >
          {(props) => <textarea {...props} rows={4} defaultValue={latest?.[field] ?? ""} className="input" />}
        </Field>
      ))}
      <FormStatus result={result} namespace={NS} success={t("saved")} />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
