import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { TeamAction } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/relations";
import { abandonCycle, advanceCycle, commentCycle, createCycle, saveAct, saveDo, savePlan, saveStep, saveStudy, startNextCycle } from "./mutations";
import {
  abandonCycleSchema,
  advanceCycleSchema,
  commentCycleSchema,
  createCycleSchema,
  saveActSchema,
  saveDoSchema,
  savePlanSchema,
  saveStepSchema,
  saveStudySchema,
  startNextCycleSchema,
} from "./schema";
import { TEAM_PAGES } from "@/lib/actions/revalidate";

/** The team comes from the cycle's own row, never from the client. */
async function authorizeCycle(db: Db, actor: Actor, cycleId: string, action: TeamAction) {
  const cycle = await db.pdsaCycle.findUnique({ where: { id: cycleId }, select: { teamId: true } });
  return cycle ? authorizeTeam(db, actor, cycle.teamId, action) : ({ ok: false, code: "NOT_FOUND" } as const);
}

type Saved = { cycleId: string; version: number };

export const createCycleConfig = {
  schema: createCycleSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "pdsa.write"),
  run: ({ tx, user, input }) => createCycle(tx, user, input),
  revalidate: TEAM_PAGES,
  redirectTo: ({ input, data }) => `/teams/${input.teamId}/cycles/${data.cycleId}`,
} satisfies ActionConfig<typeof createCycleSchema, { cycleId: string }>;

export const savePlanConfig = {
  schema: savePlanSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => savePlan(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof savePlanSchema, Saved>;

export const saveDoConfig = {
  schema: saveDoSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => saveDo(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof saveDoSchema, Saved>;

export const saveStudyConfig = {
  schema: saveStudySchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => saveStudy(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof saveStudySchema, Saved>;

export const saveActConfig = {
  schema: saveActSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => saveAct(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof saveActSchema, Saved>;

/** The workspace's one step action: save, or save and advance, in one transaction. */
export const saveStepConfig = {
  schema: saveStepSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => saveStep(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof saveStepSchema, Saved & { state: string; advanced: boolean }>;

export const advanceCycleConfig = {
  schema: advanceCycleSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => advanceCycle(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof advanceCycleSchema, Saved & { state: string }>;

export const abandonCycleConfig = {
  schema: abandonCycleSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => abandonCycle(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof abandonCycleSchema, Saved>;

export const commentCycleConfig = {
  schema: commentCycleSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "comment.write"),
  run: ({ tx, user, input }) => commentCycle(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof commentCycleSchema, { commentId: string }>;

export const startNextCycleConfig = {
  schema: startNextCycleSchema,
  authorize: ({ db, user, input }) => authorizeCycle(db, user, input.cycleId, "pdsa.write"),
  run: ({ tx, user, input }) => startNextCycle(tx, user, input),
  revalidate: TEAM_PAGES,
  redirectTo: ({ data }) => `/teams/${data.teamId}/cycles/${data.cycleId}`,
} satisfies ActionConfig<typeof startNextCycleSchema, { cycleId: string; teamId: string }>;
