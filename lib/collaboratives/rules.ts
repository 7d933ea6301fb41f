// Pure workflow rules of setting up a collaborative (PRODUCT.md §3 and §4). No Prisma, no Next:
// the mutations ask these and refuse with RULE_VIOLATION and the rule's name, translated from
// collaborativeSetup.rules.<name>.
import { COLLABORATIVE_STATUSES, type CollaborativeStatus, type TeamStatus } from "./schema";

export type CollaborativeRule =
  | "endNotAfterStart"
  | "statusBackwards"
  | "teamStatusNotAllowed"
  | "microsystemAlreadyEnrolled"
  | "microsystemArchived"
  | "contactNotFound"
  | "contactDeactivated"
  | "contactIsManager"
  | "staffNotSecretariat"
  | "alreadyStaff"
  | "lastStaff"
  | "notManager"
  | "alreadyScoped";

/** A collaborative ends after it starts (PRODUCT.md §3: start and end). */
export function datesRefusal(startDate: Date, endDate: Date): CollaborativeRule | null {
  return endDate.getTime() > startDate.getTime() ? null : "endNotAfterStart";
}

/**
 * Status moves only forwards: PLANNING → ACTIVE → CLOSED (PRODUCT.md §3). Staying put is allowed
 * (saving the other details); a step back, or from CLOSED anywhere, is not.
 */
export function collaborativeStatusRefusal(from: string, to: CollaborativeStatus): CollaborativeRule | null {
  const fromIndex = (COLLABORATIVE_STATUSES as readonly string[]).indexOf(from);
  const toIndex = COLLABORATIVE_STATUSES.indexOf(to);
  if (fromIndex < 0) return "statusBackwards";
  return toIndex >= fromIndex ? null : "statusBackwards";
}

const TEAM_TRANSITIONS: Record<TeamStatus, readonly TeamStatus[]> = {
  ENROLLED: ["ACTIVE", "WITHDRAWN"],
  ACTIVE: ["COMPLETED", "WITHDRAWN"],
  WITHDRAWN: [],
  COMPLETED: [],
};

/** A team goes ENROLLED → ACTIVE → COMPLETED, and may withdraw while ENROLLED or ACTIVE. */
export function teamStatusRefusal(from: string, to: TeamStatus): CollaborativeRule | null {
  const allowed = (TEAM_TRANSITIONS as Record<string, readonly TeamStatus[] | undefined>)[from] ?? [];
  return allowed.includes(to) ? null : "teamStatusNotAllowed";
}

/** The statuses a team may move to next, for the buttons on the teams page. */
export function nextTeamStatuses(from: string): readonly TeamStatus[] {
  return (TEAM_TRANSITIONS as Record<string, readonly TeamStatus[] | undefined>)[from] ?? [];
}

/**
 * Enrolment: a microsystem takes part in a collaborative at most once (the database's unique index
 * on Team(collaborativeId, microsystemId)), it is not archived, and the contact person is an existing,
 * active user (PRODUCT.md §3 Team, TeamMember).
 */
export function enrolmentRefusal(facts: {
  alreadyEnrolled: boolean;
  microsystemArchived: boolean;
  contact: { deactivatedAt: Date | null; role?: string } | null;
}): CollaborativeRule | null {
  if (facts.alreadyEnrolled) return "microsystemAlreadyEnrolled";
  if (facts.microsystemArchived) return "microsystemArchived";
  if (!facts.contact) return "contactNotFound";
  if (facts.contact.deactivatedAt) return "contactDeactivated";
  // A manager reads a team's data but writes nothing (PRODUCT.md §4), so cannot be its contact person.
  if (facts.contact.role === "MANAGER") return "contactIsManager";
  return null;
}

/** Secretariat staff are active users with the SECRETARIAT role, added once. */
export function addStaffRefusal(user: { role: string; deactivatedAt: Date | null }, alreadyStaff: boolean): CollaborativeRule | null {
  if (user.role !== "SECRETARIAT" || user.deactivatedAt) return "staffNotSecretariat";
  return alreadyStaff ? "alreadyStaff" : null;
}

/** The last secretariat member cannot be removed: nobody could manage the collaborative afterwards. */
export function removeStaffRefusal(staffCount: number): CollaborativeRule | null {
  return staffCount <= 1 ? "lastStaff" : null;
}

/** Only active MANAGER users get a collaborative in their read scope, once. */
export function addManagerScopeRefusal(user: { role: string; deactivatedAt: Date | null }, alreadyScoped: boolean): CollaborativeRule | null {
  if (user.role !== "MANAGER" || user.deactivatedAt) return "notManager";
  return alreadyScoped ? "alreadyScoped" : null;
}
