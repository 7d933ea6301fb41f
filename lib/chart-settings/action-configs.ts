import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import { saveChartSettings } from "./mutations";
import { saveChartSettingsSchema } from "./schema";
import { TEAM_PAGES } from "@/lib/actions/revalidate";

// A team's chart settings for one measure: "team.editChartSettings" (contact person only).

export const saveChartSettingsConfig = {
  schema: saveChartSettingsSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.editChartSettings"),
  run: ({ tx, user, input }) => saveChartSettings(tx, user.id, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof saveChartSettingsSchema, { teamId: string; measureId: string; baselineCount: number | null; phaseSplits: number[] }>;
