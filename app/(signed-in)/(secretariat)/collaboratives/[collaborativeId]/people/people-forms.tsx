"use client";

import { useTranslations } from "next-intl";
import { ActionButton, Field, FormStatus, useActionForm, type AnyAction } from "@/components/setup/action-form";
import { addManagerScopeAction, addStaffAction, removeManagerScopeAction, removeStaffAction } from "@/lib/collaboratives/actions";

const NS = "collaborativeSetup";
type Person = { id: string; name: string; email: string };

function AddPersonForm({ formId, action, collaborativeId, candidates, label, submit }: {
  formId: string;
  action: AnyAction;
  collaborativeId: string;
  candidates: Person[];
  label: string;
  submit: string;
}) {
  const t = useTranslations(`${NS}.people`);
  const { pending, result, onSubmit } = useActionForm(action, { resetOnSuccess: true });
  if (candidates.length === 0) return <p className="mt-2">{t("noCandidates")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex max-w-xl flex-col gap-3">
      <input type="hidden" name="collaborativeId" value={collaborativeId} />
      <Field formId={formId} name="userId" label={label} namespace={NS} result={result}>
        {(props) => (
          <select {...props} required defaultValue="" className="input">
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
      <FormStatus result={result} namespace={NS} />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}

function PeopleTable({ people, caption, remove }: { people: Person[]; caption: string; remove: (person: Person) => React.ReactNode }) {
  const t = useTranslations(`${NS}.people`);
  if (people.length === 0) return <p>{t("nobody")}</p>;
  return (
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
            <td>{remove(person)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The secretariat staff of a collaborative: list, remove, add a SECRETARIAT user. */
export function StaffSection({ collaborativeId, staff, candidates }: { collaborativeId: string; staff: Person[]; candidates: Person[] }) {
  const t = useTranslations(`${NS}.people`);
  return (
    <>
      <PeopleTable
        people={staff}
        caption={t("staffHeading")}
        remove={(person) => (
          <ActionButton action={removeStaffAction} fields={{ collaborativeId, userId: person.id }} label={t("remove", { name: person.name })} namespace={NS} />
        )}
      />
      <AddPersonForm formId="add-staff" action={addStaffAction} collaborativeId={collaborativeId} candidates={candidates} label={t("addStaffLabel")} submit={t("addStaff")} />
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
  return (
    <>
      <PeopleTable
        people={managers}
        caption={t("managersHeading")}
        remove={(person) => (
          <ActionButton
            action={removeManagerScopeAction}
            fields={{ scopeId: managers.find((manager) => manager.id === person.id)!.scopeId }}
            label={t("remove", { name: person.name })}
            namespace={NS}
          />
        )}
      />
      <AddPersonForm
        formId="add-manager"
        action={addManagerScopeAction}
        collaborativeId={collaborativeId}
        candidates={candidates}
        label={t("addManagerLabel")}
        submit={t("addManager")}
      />
    </>
  );
}
