"use server";

import { defineAction } from "@/lib/actions/define-action";
import { importMeasurementsConfig, saveMeasurementsConfig } from "./action-configs";

// Server actions for measurement data; each is its one definition in action-configs.ts.

export const saveMeasurementsAction = defineAction(saveMeasurementsConfig);
export const importMeasurementsAction = defineAction(importMeasurementsConfig);
