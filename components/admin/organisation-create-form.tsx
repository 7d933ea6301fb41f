"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createOrganisationAction } from "@/lib/organisations/actions";
import type { OrganisationOption } from "@/lib/organisations/data";
import { COUNTRIES, ORGANISATION_KINDS } from "@/lib/organisations/rules";
import { ORGANISATION_NAME_MAX } from "@/lib/organisations/schema";

const NS = "adminOrganisations";

/** Indents an option by its depth in the tree, so the select reads like the tree. */
export function optionLabel(option: OrganisationOption): string {
  return `${"\u2014 ".repeat(option.depth)}${option.name}`;
}

/** Adds an organisation: name, kind, where in the tree, and the country of a top-level one. */
export function OrganisationCreateForm({ options }: { options: OrganisationOption[] }) {
  const t = useTranslations(NS);
  const tEnums = useTranslations("enums.organisationKind");
  return (
    <ActionForm
      action={createOrganisationAction}
      id="org-create"
      namespace={NS}
      success={(data) => t("create.created", { name: data.name })}
      resetOnSuccess
      className="card flex flex-col gap-3"
      aria-labelledby="org-create-heading"
    >
      <h2 id="org-create-heading" className="text-lg font-semibold">
        {t("create.heading")}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <Field name="name" label={t("create.name")} maxLength={ORGANISATION_NAME_MAX}>
          {(control) => <input {...control} className="input" />}
        </Field>
        <Field name="kind" label={t("create.kind")}>
          {(control) => (
            <select {...control} className="input" defaultValue="DEPARTMENT">
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {tEnums(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="org-create-parent" name="parentId" label={t("create.parent")}>
          {(control) => (
            <select {...control} className="input" defaultValue="">
              <option value="">{t("create.parentNone")}</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {optionLabel(option)} ({tEnums(option.kind)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="country" label={t("create.country")} hint={t("create.countryHint")}>
          {(control) => (
            <select {...control} className="input" defaultValue="DK">
              {COUNTRIES.map((country) => (
                <option key={country} value={country}>
                  {t(`countries.${country}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="text-sm text-slate-700">{t("create.kindHint")}</p>
      <div>
        <SubmitButton>{t("create.submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
