import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import { scoreReport, submitReport } from "./mutations";
import { scoreReportSchema, submitReportSchema } from "./schema";
import { COLLABORATIVE_PAGES, TEAM_PAGES } from "@/lib/actions/revalidate";

export const submitReportConfig = {
  schema: submitReportSchema,
  // The report does not exist yet: its team is the target row, loaded by authorizeTeam.
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "report.submit"),
  run: ({ tx, user, input }) => submitReport(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof submitReportSchema, { reportId: string }>;

export const scoreReportConfig = {
  schema: scoreReportSchema,
  // The team (and month) come from the report's own row, never from the client.
  authorize: async ({ db, user, input }) => {
    const report = await db.actionPeriodReport.findUnique({ where: { id: input.reportId }, select: { teamId: true } });
    return report ? authorizeTeam(db, user, report.teamId, "assessment.write") : { ok: false, code: "NOT_FOUND" };
  },
  run: ({ tx, user, input }) => scoreReport(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof scoreReportSchema, { assessmentId: string }>;
