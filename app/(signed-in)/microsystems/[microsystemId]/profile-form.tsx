"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveProfileAction } from "@/lib/microsystems/actions";
import { PROFILE_FIELDS, type ProfileText } from "@/lib/microsystems/rules";
import { PROFILE_TEXT_MAX } from "@/lib/microsystems/schema";

const NS = "microsystems";

/**
 * The 5P profile as a guided form: each P with the questions a microsystem coach would ask under
 * it. Saving adds a new dated version, starting from the latest one.
 */
export function ProfileForm({ microsystemId, latest }: { microsystemId: string; latest: ProfileText | null }) {
  const t = useTranslations(`${NS}.profile`);
  return (
    <ActionForm action={saveProfileAction} id="profile" namespace={NS} success={t("saved")} className="flex flex-col gap-5">
      <input type="hidden" name="microsystemId" value={microsystemId} />
      {PROFILE_FIELDS.map((field) => (
        <Field
          key={field}
          name={field}
          label={t(`fields.${field}.label`)}
          hint={<p>{t(`fields.${field}.prompts`)}</p>}
          maxLength={PROFILE_TEXT_MAX}
          initialLength={latest?.[field].length}
        >
          {(control) => <textarea {...control} rows={4} defaultValue={latest?.[field] ?? ""} className="input" />}
        </Field>
      ))}
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
