"use client";

import { useTranslations } from "next-intl";
import { Field, FormStatus, useActionForm } from "@/components/setup/action-form";
import { enrolTeamAction } from "@/lib/collaboratives/actions";

const NS = "collaborativeSetup";

/** Enrols a microsystem as a team: pick the microsystem, then its contact person from the list or by e-mail. */
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
  const { pending, result, onSubmit } = useActionForm(enrolTeamAction, { resetOnSuccess: true });
  const field = { formId: "enrol", namespace: NS, result };
  if (microsystems.length === 0) return <p>{t("noMicrosystemsLeft")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="collaborativeId" value={collaborativeId} />
      <Field {...field} name="microsystemId" label={t("microsystem")}>
        {(props) => (
          <select {...props} required defaultValue="" className="input">
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
      <Field {...field} name="name" label={t("teamName")} help={t("teamNameHelp")}>
        {(props) => <input {...props} type="text" className="input" />}
      </Field>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t("contactPerson")}</legend>
        <Field {...field} name="contactUserId" label={t("contactFromList")}>
          {(props) => (
            <select {...props} defaultValue="" className="input">
              <option value="">{t("chooseUser")}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {t("userOption", { name: user.name, email: user.email })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field} name="contactEmail" label={t("contactByEmail")} help={t("contactByEmailHelp")}>
          {(props) => <input {...props} type="email" autoComplete="off" className="input" />}
        </Field>
      </fieldset>
      <FormStatus result={result} namespace={NS} success={t("enrolled")} />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("enrol")}
        </button>
      </div>
    </form>
  );
}
