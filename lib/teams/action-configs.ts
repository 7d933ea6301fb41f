import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import { addTeamMember, changeTeamMemberRole, removeTeamMember, saveTeamAim } from "./mutations";
import { addMemberSchema, changeMemberRoleSchema, editAimSchema, removeMemberSchema } from "./schema";
import { COLLABORATIVE_PAGES, TEAM_PAGES } from "@/lib/actions/revalidate";

// The team's own rows are the target: authorizeTeam loads the team from the database, so an id
// of a team outside the user's reach answers NOT_FOUND exactly like an unknown id.

export const editAimConfig = {
  schema: editAimSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.editAim"),
  run: ({ tx, user, input }) => saveTeamAim(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof editAimSchema, { version: number }>;

export const addMemberConfig = {
  schema: addMemberSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.manageMembers"),
  run: ({ tx, user, input }) => addTeamMember(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof addMemberSchema, { userId: string }>;

export const changeMemberRoleConfig = {
  schema: changeMemberRoleSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.manageMembers"),
  run: ({ tx, user, input }) => changeTeamMemberRole(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof changeMemberRoleSchema, { userId: string }>;

export const removeMemberConfig = {
  schema: removeMemberSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.manageMembers"),
  run: ({ tx, user, input }) => removeTeamMember(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof removeMemberSchema, { userId: string }>;
