"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { saveChartSettingsConfig } from "./action-configs";

// Server action for a team's chart settings; the definition lives in action-configs.ts.

const save = defineAction(saveChartSettingsConfig);

export async function saveChartSettingsAction(input: unknown) {
  const result = await save(input);
  if (result.ok) revalidatePath(`/teams/${result.data.teamId}/measures/${result.data.measureId}`);
  return result;
}
