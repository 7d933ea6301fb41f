"use server";

import { defineAction } from "@/lib/actions/define-action";
import { abandonCycleConfig, commentCycleConfig, createCycleConfig, saveStepConfig, startNextCycleConfig } from "./action-configs";

// Server actions of the PDSA workspace; each is its one definition in action-configs.ts. A step is
// saved, or saved and advanced, by saveStepAction alone: one button, one transaction.

export const createCycleAction = defineAction(createCycleConfig);
export const saveStepAction = defineAction(saveStepConfig);
export const abandonCycleAction = defineAction(abandonCycleConfig);
export const commentCycleAction = defineAction(commentCycleConfig);
export const startNextCycleAction = defineAction(startNextCycleConfig);
