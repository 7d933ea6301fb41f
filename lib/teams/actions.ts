"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addMemberConfig, changeMemberRoleConfig, editAimConfig, removeMemberConfig } from "./action-configs";

export const editAimAction = defineAction(editAimConfig);
export const addMemberAction = defineAction(addMemberConfig);
export const changeMemberRoleAction = defineAction(changeMemberRoleConfig);
export const removeMemberAction = defineAction(removeMemberConfig);
