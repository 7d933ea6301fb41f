"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm, type ActionFormHandle, type FormAction } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addManagerScopeAction, addStaffAction, removeManagerScopeAction, removeStaffAction } from "@/lib/collaboratives/actions";

const NS = "collaborativeSetup";
type Person = { id: string; name: string; email: string };

/**
 * Adds a person from the candidates. Its outcome shows below it, so it stays when the last candidate
 * was added and the form gives way to a note.
 */
function AddPersonForm<T>({ formId, action, collaborativeId, candidates, label, submit, success }: {
  formId: string;
  action: FormAction<T>;
  collaborativeId: string;
  candidates: Person[];
  label: string;
  submit: string;
  success: string;
}) {
  const t = useTranslations(`${NS}.people`);
  const handle = useActionForm(action, { id: formId, namespace: NS, onSuccess: (_, form) => form?.reset() });
  return (
    <div className="mt-3 flex max-w-xl flex-col gap-3">
      {candidates.length === 0 ? (
        <p>{t("noCandidates")}</p>
      ) : (
        <HandleForm handle={handle} className="flex flex-col gap-3">
          <input type="hidden" name="collaborativeId" value={collaborativeId} />
          <Field name="userId" label={label}>
            {(control) => (
              <select {...control} required defaultValue="" className="input">
                <option value="" disabled>
                  {t("choose")}
                </option>
                {candidates.map((person) => (
                  <option key={person.id} value={person.id}>
                    {t("personOption", { name: person.name, email: person.email })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div>
            <SubmitButton className="btn-primary">{submit}</SubmitButton>
          </div>
        </HandleForm>
      )}
      <ActionStatus handle={handle} success={success} />
    </div>
  );
}

/** The people with a remove button each; a removed row goes away with its form, so the outcome shows above the table. */
function PeopleTable<P extends Person, T>({
  people,
  caption,
  removal,
  removed,
  fields,
}: {
  people: P[];
  caption: string;
  removal: ActionFormHandle<T>;
  removed: string;
  fields: (person: P) => Record<string, string>;
}) {
  const t = useTranslations(`${NS}.people`);
  return (
    <div className="flex flex-col gap-2">
      <ActionStatus handle={removal} success={removed} />
      {people.length === 0 ? (
        <p>{t("nobody")}</p>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{person.email}</td>
                <td>
                  <HandleForm handle={removal} id={`${removal.id}-${person.id}`} className="inline-flex">
                    {Object.entries(fields(person)).map(([name, value]) => (
                      <input key={name} type="hidden" name={name} value={value} />
                    ))}
                    <SubmitButton className="btn-secondary">{t("remove", { name: person.name })}</SubmitButton>
                  </HandleForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The secretariat staff of a collaborative: list, remove, add a SECRETARIAT user. */
export function StaffSection({ collaborativeId, staff, candidates }: { collaborativeId: string; staff: Person[]; candidates: Person[] }) {
  const t = useTranslations(`${NS}.people`);
  const removal = useActionForm(removeStaffAction, { id: "remove-staff", namespace: NS });
  return (
    <>
      <PeopleTable people={staff} caption={t("staffHeading")} removal={removal} removed={t("staffRemoved")} fields={(person) => ({ collaborativeId, userId: person.id })} />
      <AddPersonForm
        formId="add-staff"
        action={addStaffAction}
        collaborativeId={collaborativeId}
        candidates={candidates}
        label={t("addStaffLabel")}
        submit={t("addStaff")}
        success={t("staffAdded")}
      />
    </>
  );
}

/** Managers who read this collaborative: list, remove, add a MANAGER user. */
export function ManagerSection({
  collaborativeId,
  managers,
  candidates,
}: {
  collaborativeId: string;
  managers: (Person & { scopeId: string })[];
  candidates: Person[];
}) {
  const t = useTranslations(`${NS}.people`);
  const removal = useActionForm(removeManagerScopeAction, { id: "remove-manager", namespace: NS });
  return (
    <>
      <PeopleTable people={managers} caption={t("managersHeading")} removal={removal} removed={t("managerRemoved")} fields={(manager) => ({ scopeId: manager.scopeId })} />
      <AddPersonForm
        formId="add-manager"
        action={addManagerScopeAction}
        collaborativeId={collaborativeId}
        candidates={candidates}
        label={t("addManagerLabel")}
        submit={t("addManager")}
        success={t("managerAdded")}
      />
    </>
  );
}
