"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createOrganisationAction } from "@/lib/organisations/actions";
import type { OrganisationOption } from "@/lib/organisations/data";
import { COUNTRIES, ORGANISATION_KINDS } from "@/lib/organisations/rules";
import { ActionStatus, FieldError, useAdminAction, useFailureMessage, useFieldErrorMessage } from "./action-feedback";

const NS = "adminOrganisations";

/** Indents an option by its depth in the tree, so the select reads like the tree. */
export function optionLabel(option: OrganisationOption): string {
  return `${"\u2014 ".repeat(option.depth)}${option.name}`;
}

export function OrganisationCreateForm({ options }: { options: OrganisationOption[] }) {
  const t = useTranslations(NS);
  const tEnums = useTranslations("enums.organisationKind");
  const failureMessage = useFailureMessage(NS);
  const fieldMessage = useFieldErrorMessage(NS);
  const { pending, failure, fieldErrors, run } = useAdminAction(createOrganisationAction);
  const [created, setCreated] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(form.entries());
    setCreated(null);
    run(input, () => {
      setCreated(String(input.name));
      formRef.current?.reset();
    });
  }

  const errorsFor = (field: string) => fieldErrors[field]?.map(fieldMessage);
  const described = (field: string) => (fieldErrors[field] ? `org-create-${field}-error` : undefined);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="card flex flex-col gap-3" aria-labelledby="org-create-heading">
      <h2 id="org-create-heading" className="text-lg font-semibold">
        {t("create.heading")}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="org-create-name" className="font-medium">
            {t("create.name")}
          </label>
          <input
            id="org-create-name"
            name="name"
            className="input"
            required
            maxLength={200}
            aria-invalid={fieldErrors.name ? true : undefined}
            aria-describedby={described("name")}
          />
          <FieldError id="org-create-name-error" messages={errorsFor("name")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="org-create-kind" className="font-medium">
            {t("create.kind")}
          </label>
          <select id="org-create-kind" name="kind" className="input" defaultValue="DEPARTMENT" aria-invalid={fieldErrors.kind ? true : undefined} aria-describedby={described("kind")}>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tEnums(kind)}
              </option>
            ))}
          </select>
          <FieldError id="org-create-kind-error" messages={errorsFor("kind")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="org-create-parent" className="font-medium">
            {t("create.parent")}
          </label>
          <select id="org-create-parent" name="parentId" className="input" defaultValue="" aria-invalid={fieldErrors.parentId ? true : undefined} aria-describedby={described("parentId")}>
            <option value="">{t("create.parentNone")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {optionLabel(option)} ({tEnums(option.kind)})
              </option>
            ))}
          </select>
          <FieldError id="org-create-parentId-error" messages={errorsFor("parentId")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="org-create-country" className="font-medium">
            {t("create.country")}
          </label>
          <select id="org-create-country" name="country" className="input" defaultValue="DK" aria-describedby="org-create-country-hint">
            {COUNTRIES.map((country) => (
              <option key={country} value={country}>
                {t(`countries.${country}`)}
              </option>
            ))}
          </select>
          <p id="org-create-country-hint" className="text-sm text-slate-700">
            {t("create.countryHint")}
          </p>
        </div>
      </div>
      <p className="text-sm text-slate-700">{t("create.kindHint")}</p>
      <ActionStatus
        tone={failure ? "error" : "success"}
        message={failure ? failureMessage(failure) : created ? t("create.created", { name: created }) : null}
      />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("create.submit")}
        </button>
      </div>
    </form>
  );
}
