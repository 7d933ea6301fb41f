import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import { moveIdea, postIdea } from "./mutations";
import type { IdeaStatus } from "./rules";
import { moveIdeaSchema, postIdeaSchema } from "./schema";
import { TEAM_PAGES } from "@/lib/actions/revalidate";

export const postIdeaConfig = {
  schema: postIdeaSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "idea.post"),
  run: ({ tx, user, input }) => postIdea(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof postIdeaSchema, { ideaId: string }>;

export const moveIdeaConfig = {
  schema: moveIdeaSchema,
  // The team comes from the idea's own row, never from the client.
  authorize: async ({ db, user, input }) => {
    const idea = await db.idea.findUnique({ where: { id: input.ideaId }, select: { teamId: true } });
    return idea ? authorizeTeam(db, user, idea.teamId, "idea.move") : { ok: false, code: "NOT_FOUND" };
  },
  run: ({ tx, user, input }) => moveIdea(tx, user, input),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof moveIdeaSchema, { ideaId: string; status: IdeaStatus }>;
