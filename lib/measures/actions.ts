"use server";

import { defineAction } from "@/lib/actions/define-action";
import { archiveMeasureConfig, createSharedMeasureConfig, createTeamMeasureConfig, updateMeasureConfig } from "./action-configs";

// Server actions for measure definitions; each is its one definition in action-configs.ts.

export const createSharedMeasureAction = defineAction(createSharedMeasureConfig);
export const createTeamMeasureAction = defineAction(createTeamMeasureConfig);
export const updateMeasureAction = defineAction(updateMeasureConfig);
export const archiveMeasureAction = defineAction(archiveMeasureConfig);
