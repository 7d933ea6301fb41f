"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveChartSettingsConfig } from "./action-configs";

// Server action for a team's chart settings; the definition lives in action-configs.ts.

export const saveChartSettingsAction = defineAction(saveChartSettingsConfig);
