"use client";

import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { archiveOrganisationAction, moveOrganisationAction, renameOrganisationAction } from "@/lib/organisations/actions";
import type { OrganisationOption } from "@/lib/organisations/data";
import { allowedParentKinds, type OrganisationKind } from "@/lib/organisations/rules";
import { ActionStatus, FieldError, useAdminAction, useFailureMessage, useFieldErrorMessage } from "./action-feedback";
import { optionLabel } from "./organisation-create-form";

const NS = "adminOrganisations";

const OPERATIONS = { rename: renameOrganisationAction, move: moveOrganisationAction, archive: archiveOrganisationAction };
type Operation = keyof typeof OPERATIONS;

/** One status line for the three forms: the last submission's outcome. */
function runOperation(input: unknown) {
  const { operation, ...rest } = input as { operation: Operation };
  return OPERATIONS[operation](rest);
}

/** Rename, move and archive one organisation; opened per tree node with the keyboard or a click. */
export function OrganisationEditor({ node, options }: { node: OrganisationOption; options: OrganisationOption[] }) {
  const t = useTranslations(NS);
  const tEnums = useTranslations("enums.organisationKind");
  const failureMessage = useFailureMessage(NS);
  const fieldMessage = useFieldErrorMessage(NS);
  const id = useId();
  const { pending, failure, fieldErrors, run } = useAdminAction(runOperation);
  const [done, setDone] = useState<string | null>(null);

  // Offer only parents the rules allow: the right kind, the same country, not itself or below itself.
  const moveTargets = useMemo(() => {
    const below = new Set<string>([node.id]);
    for (const option of options) if (option.parentId && below.has(option.parentId)) below.add(option.id);
    const kinds = allowedParentKinds(node.kind as OrganisationKind) as readonly (string | null)[];
    return options.filter((option) => !below.has(option.id) && kinds.includes(option.kind) && option.country === node.country);
  }, [node, options]);
  const canBeRoot = (allowedParentKinds(node.kind as OrganisationKind) as readonly (string | null)[]).includes(null);

  const submit = (operation: Operation, message: string) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const fields = Object.fromEntries(new FormData(event.currentTarget).entries());
    run({ operation, organisationId: node.id, ...fields }, () => setDone(message));
  };
  const nameErrors = fieldErrors.name?.map(fieldMessage);

  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{t("edit.summary", { name: node.name })}</summary>
      <div className="mt-2 flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-3">
        <form onSubmit={submit("rename", t("edit.renamed"))} noValidate className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-name`} className="text-sm font-medium">
              {t("edit.newName")}
            </label>
            <input
              id={`${id}-name`}
              name="name"
              defaultValue={node.name}
              className="input"
              maxLength={200}
              aria-invalid={nameErrors ? true : undefined}
              aria-describedby={nameErrors ? `${id}-name-error` : undefined}
            />
          </div>
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t("edit.rename")}
          </button>
          <FieldError id={`${id}-name-error`} messages={nameErrors} />
        </form>
        <form onSubmit={submit("move", t("edit.moved"))} noValidate className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-parent`} className="text-sm font-medium">
              {t("edit.newParent")}
            </label>
            <select id={`${id}-parent`} name="parentId" className="input" defaultValue={node.parentId ?? ""}>
              {canBeRoot && <option value="">{t("create.parentNone")}</option>}
              {moveTargets.map((option) => (
                <option key={option.id} value={option.id}>
                  {optionLabel(option)} ({tEnums(option.kind)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t("edit.move")}
          </button>
        </form>
        <form onSubmit={submit("archive", t("edit.archived"))} className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-slate-700">{t("edit.archiveHint")}</p>
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t("edit.archive")}
          </button>
        </form>
        <ActionStatus tone={failure ? "error" : "success"} message={failure ? failureMessage(failure) : done} />
      </div>
    </details>
  );
}
