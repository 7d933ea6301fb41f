import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeCollaborative, authorizeRole } from "@/lib/authz/authorize";
import { authorizeMicrosystem } from "@/lib/authz/microsystem";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/relations";
import {
  addManagerScope,
  addStaff,
  changeTeamStatus,
  createCollaborative,
  enrolTeam,
  removeManagerScope,
  removeStaff,
  updateCollaborative,
} from "./mutations";
import {
  addManagerScopeSchema,
  changeTeamStatusSchema,
  createCollaborativeSchema,
  enrolTeamSchema,
  removeManagerScopeSchema,
  staffMemberSchema,
  updateCollaborativeSchema,
} from "./schema";
import { COLLABORATIVE_PAGES, TEAM_PAGES } from "@/lib/actions/revalidate";

// The action definitions, apart from the "use server" module so integration tests can run the real
// ones against a test database (executeAction). Each derives the collaborative from the target row.

const manage = (db: Db, actor: Actor, collaborativeId: string) => authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage");

export const createCollaborativeConfig = {
  schema: createCollaborativeSchema,
  authorize: ({ user }) => authorizeRole(user, "collaborative.create"),
  run: ({ tx, user, input }) => createCollaborative(tx, user, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
  // The new collaborative's page, with or without JavaScript (the form it came from is done).
  redirectTo: ({ data }) => `/collaboratives/${data.id}?created=1`,
} satisfies ActionConfig<typeof createCollaborativeSchema, { id: string }>;

export const updateCollaborativeConfig = {
  schema: updateCollaborativeSchema,
  authorize: ({ db, user, input }) => manage(db, user, input.collaborativeId),
  run: ({ tx, user, input }) => updateCollaborative(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof updateCollaborativeSchema, { id: string }>;

// Enrolling needs the microsystem within the secretariat's reach as well: enrolling another
// collaborative's microsystem would hand its 5P profile to this secretariat (issue 16).
export const enrolTeamConfig = {
  schema: enrolTeamSchema,
  authorize: async ({ db, user, input }) => {
    const managed = await manage(db, user, input.collaborativeId);
    return managed.ok ? authorizeMicrosystem(db, user, input.microsystemId, "microsystem.edit") : managed;
  },
  run: ({ tx, user, input }) => enrolTeam(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof enrolTeamSchema, { id: string }>;

export const changeTeamStatusConfig = {
  schema: changeTeamStatusSchema,
  authorize: async ({ db, user, input }) => {
    const team = await db.team.findUnique({ where: { id: input.teamId }, select: { collaborativeId: true } });
    return team ? manage(db, user, team.collaborativeId) : { ok: false, code: "NOT_FOUND" };
  },
  run: ({ tx, user, input }) => changeTeamStatus(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof changeTeamStatusSchema, { id: string; status: string }>;

export const addStaffConfig = {
  schema: staffMemberSchema,
  authorize: ({ db, user, input }) => manage(db, user, input.collaborativeId),
  run: ({ tx, user, input }) => addStaff(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof staffMemberSchema, void>;

export const removeStaffConfig = {
  schema: staffMemberSchema,
  authorize: ({ db, user, input }) => manage(db, user, input.collaborativeId),
  run: ({ tx, user, input }) => removeStaff(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof staffMemberSchema, void>;

export const addManagerScopeConfig = {
  schema: addManagerScopeSchema,
  authorize: ({ db, user, input }) => manage(db, user, input.collaborativeId),
  run: ({ tx, user, input }) => addManagerScope(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof addManagerScopeSchema, { id: string }>;

export const removeManagerScopeConfig = {
  schema: removeManagerScopeSchema,
  authorize: async ({ db, user, input }) => {
    const scope = await db.managerScope.findUnique({ where: { id: input.scopeId }, select: { collaborativeId: true } });
    return scope?.collaborativeId ? manage(db, user, scope.collaborativeId) : { ok: false, code: "NOT_FOUND" };
  },
  run: ({ tx, user, input }) => removeManagerScope(tx, user.id, input),
  revalidate: [...COLLABORATIVE_PAGES, ...TEAM_PAGES],
} satisfies ActionConfig<typeof removeManagerScopeSchema, void>;
