"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addManagerScopeConfig,
  addStaffConfig,
  changeTeamStatusConfig,
  createCollaborativeConfig,
  enrolTeamConfig,
  removeManagerScopeConfig,
  removeStaffConfig,
  updateCollaborativeConfig,
} from "./action-configs";

// Server actions of the collaborative set-up: each is its one definition in action-configs.ts bound
// to the app's database and the signed-in user. Each config names the pages a success revalidates.

export const createCollaborativeAction = defineAction(createCollaborativeConfig);
export const updateCollaborativeAction = defineAction(updateCollaborativeConfig);
export const enrolTeamAction = defineAction(enrolTeamConfig);
export const changeTeamStatusAction = defineAction(changeTeamStatusConfig);
export const addStaffAction = defineAction(addStaffConfig);
export const removeStaffAction = defineAction(removeStaffConfig);
export const addManagerScopeAction = defineAction(addManagerScopeConfig);
export const removeManagerScopeAction = defineAction(removeManagerScopeConfig);
