"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  abandonCycleConfig,
  advanceCycleConfig,
  commentCycleConfig,
  createCycleConfig,
  saveActConfig,
  saveDoConfig,
  savePlanConfig,
  saveStudyConfig,
  startNextCycleConfig,
} from "./action-configs";

export const createCycleAction = defineAction(createCycleConfig);
export const savePlanAction = defineAction(savePlanConfig);
export const saveDoAction = defineAction(saveDoConfig);
export const saveStudyAction = defineAction(saveStudyConfig);
export const saveActAction = defineAction(saveActConfig);
export const advanceCycleAction = defineAction(advanceCycleConfig);
export const abandonCycleAction = defineAction(abandonCycleConfig);
export const commentCycleAction = defineAction(commentCycleConfig);
export const startNextCycleAction = defineAction(startNextCycleConfig);
