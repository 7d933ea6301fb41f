"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { FieldSet } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { OrganisationOption } from "@/lib/organisations/data";
import { setManagerScopesAction, setSecretariatScopesAction } from "@/lib/users/actions";
import { optionLabel } from "./organisation-create-form";

const NS = "adminUsers";
const FORM_ID = "user-scopes";

type Collaborative = { id: string; name: string; status: string };

/** One checkbox per choice; unticked boxes are simply absent from the post, so none ticked clears the set. */
function CheckboxGroup({ legend, name, items, checked }: { legend: string; name: string; items: { id: string; label: string }[]; checked: string[] }) {
  const t = useTranslations(NS);
  return (
    <FieldSet name={name} legend={legend}>
      {items.length === 0 && <p className="text-sm text-slate-700">{t("scopes.noChoices")}</p>}
      {items.map((item) => (
        <div key={item.id} className="flex items-center gap-2">
          <input type="checkbox" id={`${FORM_ID}-${name}-${item.id}`} name={name} value={item.id} defaultChecked={checked.includes(item.id)} />
          <label htmlFor={`${FORM_ID}-${name}-${item.id}`}>{item.label}</label>
        </div>
      ))}
    </FieldSet>
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

  if (role !== "SECRETARIAT" && role !== "MANAGER") return <p>{t("scopes.noScopes")}</p>;
  const isManager = role === "MANAGER";
  const collaborativeItems = collaboratives.map((c) => ({ id: c.id, label: `${c.name} (${tStatus(c.status)})` }));

  return (
    <ActionForm
      action={isManager ? setManagerScopesAction : setSecretariatScopesAction}
      id={FORM_ID}
      namespace={NS}
      success={t("scopes.saved")}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-700">{t(isManager ? "scopes.managerHint" : "scopes.secretariatHint")}</p>
      {isManager && (
        <CheckboxGroup
          legend={t("scopes.organisations")}
          name="organisationIds"
          items={organisations.map((o) => ({ id: o.id, label: `${optionLabel(o)} (${tKinds(o.kind)})` }))}
          checked={scopes.managerOrganisations}
        />
      )}
      <CheckboxGroup
        legend={t(isManager ? "scopes.collaboratives" : "scopes.runs")}
        name="collaborativeIds"
        items={collaborativeItems}
        checked={isManager ? scopes.managerCollaboratives : scopes.secretariatOf}
      />
      <div>
        <SubmitButton className="btn-secondary">{t("scopes.save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
