"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  archiveOrganisationConfig,
  createOrganisationConfig,
  moveOrganisationConfig,
  renameOrganisationConfig,
} from "./action-configs";

// Server actions for the organisation tree; each is its one definition in action-configs.ts.

export const createOrganisationAction = defineAction(createOrganisationConfig);
export const renameOrganisationAction = defineAction(renameOrganisationConfig);
export const moveOrganisationAction = defineAction(moveOrganisationConfig);
export const archiveOrganisationAction = defineAction(archiveOrganisationConfig);
