"use server";

import { defineAction } from "@/lib/actions/define-action";
import { moveIdeaConfig, postIdeaConfig } from "./action-configs";

export const postIdeaAction = defineAction(postIdeaConfig);
export const moveIdeaAction = defineAction(moveIdeaConfig);
