"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, useActionForm, type ActionFormHandle } from "@/components/ui/action-form";
import { archiveOrganisationAction, moveOrganisationAction } from "@/lib/organisations/actions";

const NS = "adminOrganisations";

type Done = { organisationId: string };
type TreeForms = { move: ActionFormHandle<Done>; archive: ActionFormHandle<Done> };

const TreeFormsContext = createContext<TreeForms | null>(null);

/**
 * The move and archive forms of every node of the organisation tree. A moved node's editor is
 * re-rendered under its new parent and an archived one leaves the tree, so their outcome is
 * shown here, above the tree, where it stays after the tree has changed.
 */
export function OrganisationTreeForms({ children }: { children: ReactNode }) {
  const t = useTranslations(NS);
  const move = useActionForm(moveOrganisationAction, { id: "org-move", namespace: NS });
  const archive = useActionForm(archiveOrganisationAction, { id: "org-archive", namespace: NS });
  return (
    <TreeFormsContext.Provider value={{ move, archive }}>
      <div className="mb-3 flex flex-col gap-2">
        <ActionStatus handle={move} success={t("edit.moved")} />
        <ActionStatus handle={archive} success={t("edit.archived")} />
      </div>
      {children}
    </TreeFormsContext.Provider>
  );
}

/** The shared move and archive forms, for a node's editor inside OrganisationTreeForms. */
export function useTreeForms(): TreeForms {
  const forms = useContext(TreeFormsContext);
  if (!forms) throw new Error("OrganisationEditor belongs inside OrganisationTreeForms.");
  return forms;
}
