"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { OrganisationOption } from "@/lib/organisations/data";
import { setManagerScopesAction, setSecretariatScopesAction } from "@/lib/users/actions";
import { ActionStatus, FieldError, useAdminAction, useFailureMessage, useFieldErrorMessage } from "./action-feedback";
import { optionLabel } from "./organisation-create-form";

const NS = "adminUsers";

type Collaborative = { id: string; name: string; status: string };

function CheckboxGroup({
  legend,
  name,
  items,
  checked,
  errors,
}: {
  legend: string;
  name: string;
  items: { id: string; label: string }[];
  checked: string[];
  errors?: string[];
}) {
  const t = useTranslations(NS);
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={errors ? `${name}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {items.length === 0 && <p className="text-sm text-slate-700">{t("scopes.noChoices")}</p>}
      {items.map((item) => (
        <div key={item.id} className="flex items-center gap-2">
          <input type="checkbox" id={`${name}-${item.id}`} name={name} value={item.id} defaultChecked={checked.includes(item.id)} />
          <label htmlFor={`${name}-${item.id}`}>{item.label}</label>
        </div>
      ))}
      <FieldError id={`${name}-error`} messages={errors} />
    </fieldset>
  );
}

/** Which collaboratives a secretariat member runs, or what a manager reads; other roles have no scopes. */
export function UserScopesForm({
  userId,
  role,
  scopes,
  collaboratives,
  organisations,
}: {
  userId: string;
  role: string;
  scopes: { secretariatOf: string[]; managerOrganisations: string[]; managerCollaboratives: string[] };
  collaboratives: Collaborative[];
  organisations: OrganisationOption[];
}) {
  const t = useTranslations(NS);
  const tStatus = useTranslations("enums.collaborativeStatus");
  const tKinds = useTranslations("enums.organisationKind");
  const failureMessage = useFailureMessage(NS);
  const fieldMessage = useFieldErrorMessage(NS);
  const { pending, failure, fieldErrors, run } = useAdminAction(role === "MANAGER" ? setManagerScopesAction : setSecretariatScopesAction);
  const [saved, setSaved] = useState(false);

  if (role !== "SECRETARIAT" && role !== "MANAGER") return <p>{t("scopes.noScopes")}</p>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const input =
      role === "MANAGER"
        ? { userId, organisationIds: form.getAll("organisationIds"), collaborativeIds: form.getAll("collaborativeIds") }
        : { userId, collaborativeIds: form.getAll("collaborativeIds") };
    run(input, () => setSaved(true));
  }

  const collaborativeItems = collaboratives.map((c) => ({ id: c.id, label: `${c.name} (${tStatus(c.status)})` }));
  const errorsFor = (field: string) => fieldErrors[field]?.map(fieldMessage);

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">{t(role === "MANAGER" ? "scopes.managerHint" : "scopes.secretariatHint")}</p>
      {role === "MANAGER" && (
        <CheckboxGroup
          legend={t("scopes.organisations")}
          name="organisationIds"
          items={organisations.map((o) => ({ id: o.id, label: `${optionLabel(o)} (${tKinds(o.kind)})` }))}
          checked={scopes.managerOrganisations}
          errors={errorsFor("organisationIds")}
        />
      )}
      <CheckboxGroup
        legend={t(role === "MANAGER" ? "scopes.collaboratives" : "scopes.runs")}
        name="collaborativeIds"
        items={collaborativeItems}
        checked={role === "MANAGER" ? scopes.managerCollaboratives : scopes.secretariatOf}
        errors={errorsFor("collaborativeIds")}
      />
      <ActionStatus tone={failure ? "error" : "success"} message={failure ? failureMessage(failure) : saved ? t("scopes.saved") : null} />
      <div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t("scopes.save")}
        </button>
      </div>
    </form>
  );
}
