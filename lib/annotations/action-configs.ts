import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import { createAnnotation, deleteAnnotation } from "./mutations";
import { createAnnotationSchema, deleteAnnotationSchema } from "./schema";
import { TEAM_PAGES } from "@/lib/actions/revalidate";

// Chart annotations: "annotation.write" (contact person, member). Deleting reads the team from the annotation row.

export const createAnnotationConfig = {
  schema: createAnnotationSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "annotation.write"),
  run: ({ tx, user, input }) => createAnnotation(tx, user.id, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof createAnnotationSchema, { id: string }>;

export const deleteAnnotationConfig = {
  schema: deleteAnnotationSchema,
  authorize: async ({ db, user, input }) => {
    const annotation = await db.annotation.findUnique({ where: { id: input.annotationId }, select: { teamId: true } });
    if (!annotation) return { ok: false, code: "NOT_FOUND" };
    return authorizeTeam(db, user, annotation.teamId, "annotation.write");
  },
  run: ({ tx, user, input }) => deleteAnnotation(tx, user.id, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof deleteAnnotationSchema, { id: string }>;
