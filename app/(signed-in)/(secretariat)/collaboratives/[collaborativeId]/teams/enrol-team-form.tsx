"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { enrolTeamAction } from "@/lib/collaboratives/actions";

const NS = "collaborativeSetup";

/**
 * Enrols a microsystem as a team: pick the microsystem, then its contact person from the list or by
 * e-mail. The outcome shows below the form, so it stays when the last free microsystem was enrolled
 * and the form gives way to a note.
 */
export function EnrolTeamForm({
  collaborativeId,
  microsystems,
  users,
}: {
  collaborativeId: string;
  microsystems: { id: string; name: string; organisation: { name: string } }[];
  users: { id: string; name: string; email: string }[];
}) {
  const t = useTranslations(`${NS}.teams`);
  const handle = useActionForm(enrolTeamAction, { id: "enrol", namespace: NS, onSuccess: (_, form) => form?.reset() });
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      {microsystems.length === 0 ? (
        <p>{t("noMicrosystemsLeft")}</p>
      ) : (
        <HandleForm handle={handle} className="flex flex-col gap-4" aria-labelledby="enrol-heading">
          <input type="hidden" name="collaborativeId" value={collaborativeId} />
          <Field name="microsystemId" label={t("microsystem")}>
            {(control) => (
              <select {...control} required defaultValue="" className="input">
                <option value="" disabled>
                  {t("chooseMicrosystem")}
                </option>
                {microsystems.map((microsystem) => (
                  <option key={microsystem.id} value={microsystem.id}>
                    {t("microsystemOption", { name: microsystem.name, organisation: microsystem.organisation.name })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="name" label={t("teamName")} hint={t("teamNameHelp")} maxLength={200}>
            {(control) => <input {...control} type="text" className="input" />}
          </Field>
          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
            <legend className="px-1 font-medium">{t("contactPerson")}</legend>
            <Field name="contactUserId" label={t("contactFromList")}>
              {(control) => (
                <select {...control} defaultValue="" className="input">
                  <option value="">{t("chooseUser")}</option>
                  {users.map((user) => (
                    <option key={user.id} value={user.id}>
                      {t("userOption", { name: user.name, email: user.email })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="contactEmail" label={t("contactByEmail")} hint={t("contactByEmailHelp")}>
              {(control) => <input {...control} type="email" autoComplete="off" className="input" />}
            </Field>
          </fieldset>
          <div>
            <SubmitButton className="btn-primary">{t("enrol")}</SubmitButton>
          </div>
        </HandleForm>
      )}
      <ActionStatus handle={handle} success={t("enrolled")} />
    </div>
  );
}
