"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, HandleForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { renameOrganisationAction } from "@/lib/organisations/actions";
import type { OrganisationOption } from "@/lib/organisations/data";
import { allowedParentKinds, type OrganisationKind } from "@/lib/organisations/rules";
import { ORGANISATION_NAME_MAX } from "@/lib/organisations/schema";
import { optionLabel } from "./organisation-create-form";
import { useTreeForms } from "./organisation-tree-forms";

const NS = "adminOrganisations";

/**
 * Rename, move and archive one organisation; opened per tree node with the keyboard or a click.
 * A rename keeps the node in place, so it confirms here; a move and an archive change the tree,
 * so theirs is confirmed above it (OrganisationTreeForms).
 */
export function OrganisationEditor({ node, options }: { node: OrganisationOption; options: OrganisationOption[] }) {
  const t = useTranslations(NS);
  const tEnums = useTranslations("enums.organisationKind");
  const { move, archive } = useTreeForms();
  const id = `org-${node.id}`;

  // Offer only parents the rules allow: the right kind, the same country, not itself or below itself.
  const moveTargets = useMemo(() => {
    const below = new Set<string>([node.id]);
    for (const option of options) if (option.parentId && below.has(option.parentId)) below.add(option.id);
    const kinds = allowedParentKinds(node.kind as OrganisationKind) as readonly (string | null)[];
    return options.filter((option) => !below.has(option.id) && kinds.includes(option.kind) && option.country === node.country);
  }, [node, options]);
  const canBeRoot = (allowedParentKinds(node.kind as OrganisationKind) as readonly (string | null)[]).includes(null);
  const organisationId = <input type="hidden" name="organisationId" value={node.id} />;

  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{t("edit.summary", { name: node.name })}</summary>
      <div className="mt-2 flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-3">
        <ActionForm action={renameOrganisationAction} id={`${id}-rename`} namespace={NS} success={t("edit.renamed")} className="flex flex-col gap-2">
          {organisationId}
          <div className="flex flex-wrap items-end gap-2">
            <Field name="name" label={t("edit.newName")} maxLength={ORGANISATION_NAME_MAX} initialLength={node.name.length}>
              {(control) => <input {...control} defaultValue={node.name} className="input" />}
            </Field>
            <SubmitButton className="btn-secondary">{t("edit.rename")}</SubmitButton>
          </div>
        </ActionForm>
        <HandleForm handle={move} id={`${id}-move`} className="flex flex-wrap items-end gap-2">
          {organisationId}
          <Field name="parentId" label={t("edit.newParent")}>
            {(control) => (
              <select {...control} className="input" defaultValue={node.parentId ?? ""}>
                {canBeRoot && <option value="">{t("create.parentNone")}</option>}
                {moveTargets.map((option) => (
                  <option key={option.id} value={option.id}>
                    {optionLabel(option)} ({tEnums(option.kind)})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SubmitButton className="btn-secondary">{t("edit.move")}</SubmitButton>
        </HandleForm>
        <HandleForm handle={archive} id={`${id}-archive`} className="flex flex-wrap items-center gap-2">
          {organisationId}
          <p className="text-sm text-slate-700">{t("edit.archiveHint")}</p>
          <SubmitButton className="btn-secondary">{t("edit.archive")}</SubmitButton>
        </HandleForm>
      </div>
    </details>
  );
}
