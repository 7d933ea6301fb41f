import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeCollaborative, authorizeTeam, type AuthzResult } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { archiveMeasure, createSharedMeasure, createTeamMeasure, updateMeasure } from "./mutations";
import { archiveMeasureSchema, createSharedMeasureSchema, createTeamMeasureSchema, updateMeasureSchema } from "./schema";
import { COLLABORATIVE_PAGES, TEAM_PAGES } from "@/lib/actions/revalidate";

// Measure definitions: shared ones belong to the collaborative's secretariat ("collaborative.manage"),
// a team's own to its contact person or the secretariat ("team.editMeasures"). Who owns an existing
// measure is read from the measure row, never from the client.

async function authorizeMeasure(db: Db, actor: Actor, measureId: string): Promise<AuthzResult<unknown>> {
  const measure = await db.measure.findUnique({ where: { id: measureId }, select: { collaborativeId: true, teamId: true } });
  if (measure?.collaborativeId) return authorizeCollaborative(db, actor, measure.collaborativeId, "collaborative.manage");
  if (measure?.teamId) return authorizeTeam(db, actor, measure.teamId, "team.editMeasures");
  return { ok: false, code: "NOT_FOUND" };
}

export const createSharedMeasureConfig = {
  schema: createSharedMeasureSchema,
  authorize: ({ db, user, input }) => authorizeCollaborative(db, user, input.collaborativeId, "collaborative.manage"),
  run: ({ tx, user, input }) => createSharedMeasure(tx, user.id, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof createSharedMeasureSchema, { id: string }>;

export const createTeamMeasureConfig = {
  schema: createTeamMeasureSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.editMeasures"),
  run: ({ tx, user, input }) => createTeamMeasure(tx, user.id, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof createTeamMeasureSchema, { id: string }>;

export const updateMeasureConfig = {
  schema: updateMeasureSchema,
  authorize: ({ db, user, input }) => authorizeMeasure(db, user, input.measureId),
  run: ({ tx, user, input }) => updateMeasure(tx, user.id, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof updateMeasureSchema, { id: string }>;

export const archiveMeasureConfig = {
  schema: archiveMeasureSchema,
  authorize: ({ db, user, input }) => authorizeMeasure(db, user, input.measureId),
  run: ({ tx, user, input }) => archiveMeasure(tx, user.id, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof archiveMeasureSchema, { id: string }>;
