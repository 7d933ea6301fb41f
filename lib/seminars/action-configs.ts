import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeCollaborative, authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import {
  cancelRegistration,
  cancelSeminar,
  createSeminar,
  publishSeminar,
  recordAttendanceSheet,
  registerForSeminar,
  registrantTeamId,
  updateSeminar,
} from "./mutations";
import type { GapWarning } from "./rules";
import { attendanceSheetSchema, createSeminarSchema, registerSchema, seminarIdSchema, updateSeminarSchema } from "./schema";
import { SEMINAR_PAGES } from "@/lib/actions/revalidate";

// The action definitions, apart from the "use server" module so integration tests run the real ones
// (executeAction). Each derives the collaborative from the target row: the seminar or registration.

const NOT_FOUND = { ok: false, code: "NOT_FOUND" } as const;
const manage = (db: Db, actor: Actor, collaborativeId: string) => authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage");

async function manageSeminar(db: Db, actor: Actor, seminarId: string) {
  const seminar = await db.learningSeminar.findUnique({ where: { id: seminarId }, select: { collaborativeId: true } });
  return seminar ? manage(db, actor, seminar.collaborativeId) : NOT_FOUND;
}

/** A team member of the seminar's collaborative may register; others in scope get FORBIDDEN, outsiders NOT_FOUND. */
async function mayRegister(db: Db, actor: Actor, seminarId: string) {
  const seminar = await db.learningSeminar.findUnique({ where: { id: seminarId }, select: { collaborativeId: true } });
  if (!seminar) return NOT_FOUND;
  const teamId = await registrantTeamId(db, actor.id, seminar.collaborativeId);
  if (teamId) return authorizeTeam(db, actor, teamId, "seminar.register");
  const read = await authorizeCollaborative(db, actor, seminar.collaborativeId, "collaborative.read");
  return read.ok ? ({ ok: false, code: "FORBIDDEN" } as const) : NOT_FOUND;
}

type Saved = { id: string; warnings: GapWarning[] };

export const createSeminarConfig = {
  schema: createSeminarSchema,
  authorize: ({ db, user, input }) => manage(db, user, input.collaborativeId),
  run: ({ tx, user, input }) => createSeminar(tx, user.id, input),
  revalidate: SEMINAR_PAGES,
  // The new seminar's page, which says it was created (the form it came from is gone).
  redirectTo: ({ input, data }) => `/collaboratives/${input.collaborativeId}/seminars/${data.id}?created=1`,
} satisfies ActionConfig<typeof createSeminarSchema, Saved>;

export const updateSeminarConfig = {
  schema: updateSeminarSchema,
  authorize: ({ db, user, input }) => manageSeminar(db, user, input.seminarId),
  run: ({ tx, user, input }) => updateSeminar(tx, user.id, input),
  revalidate: SEMINAR_PAGES,
} satisfies ActionConfig<typeof updateSeminarSchema, Saved>;

export const publishSeminarConfig = {
  schema: seminarIdSchema,
  authorize: ({ db, user, input }) => manageSeminar(db, user, input.seminarId),
  run: ({ tx, user, input }) => publishSeminar(tx, user.id, input),
  revalidate: SEMINAR_PAGES,
} satisfies ActionConfig<typeof seminarIdSchema, { id: string }>;

export const cancelSeminarConfig = {
  schema: seminarIdSchema,
  authorize: ({ db, user, input }) => manageSeminar(db, user, input.seminarId),
  run: ({ tx, user, input }) => cancelSeminar(tx, user.id, input, new Date()),
  revalidate: SEMINAR_PAGES,
} satisfies ActionConfig<typeof seminarIdSchema, { id: string }>;

export const registerForSeminarConfig = {
  schema: registerSchema,
  authorize: ({ db, user, input }) => mayRegister(db, user, input.seminarId),
  run: ({ tx, user, input }) => registerForSeminar(tx, user, input, new Date()),
  revalidate: SEMINAR_PAGES,
} satisfies ActionConfig<typeof registerSchema, { id: string; status: string; position: number | null }>;

export const cancelRegistrationConfig = {
  schema: seminarIdSchema,
  authorize: ({ db, user, input }) => mayRegister(db, user, input.seminarId),
  run: ({ tx, user, input }) => cancelRegistration(tx, user.id, input, new Date()),
  revalidate: SEMINAR_PAGES,
} satisfies ActionConfig<typeof seminarIdSchema, { id: string }>;

/** The attendance sheet of one seminar: the collaborative comes from the seminar, each row must be one of its registrations. */
export const recordAttendanceSheetConfig = {
  schema: attendanceSheetSchema,
  authorize: ({ db, user, input }) => manageSeminar(db, user, input.seminarId),
  run: ({ tx, user, input }) => recordAttendanceSheet(tx, user.id, input, new Date()),
  revalidate: SEMINAR_PAGES,
  dashboards: false,
} satisfies ActionConfig<typeof attendanceSheetSchema, { id: string; saved: number }>;
