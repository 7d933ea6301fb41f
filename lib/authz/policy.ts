// The one table of who may do what (PRODUCT.md §4, "Who may do what"). Pure: no database, no Next.
// A relation is how a user stands to the thing acted on; loaders and actions derive it from the
// database (relations.ts) and ask decide() here. Unknown actions and relations fail closed.
import type { Role, TeamRole } from "./roles";

/** How a user stands to a team: a team role, or secretariat/manager/admin reach over it. */
export type TeamRelation = TeamRole | "SECRETARIAT" | "MANAGER" | "ADMIN";
/** How a user stands to a collaborative. */
export type CollaborativeRelation = "SECRETARIAT" | "MANAGER" | "ADMIN" | "TEAM_MEMBER";

const TEAM_MEMBERS = ["CONTACT_PERSON", "MEMBER", "PATIENT_REPRESENTATIVE"] as const;
const TEAM_WORKERS = ["CONTACT_PERSON", "MEMBER"] as const;

export const TEAM_POLICY = {
  "team.read": [...TEAM_MEMBERS, "SECRETARIAT", "MANAGER", "ADMIN"],
  "team.editAim": ["CONTACT_PERSON", "SECRETARIAT"],
  "team.manageMembers": ["CONTACT_PERSON", "SECRETARIAT"],
  "team.editDriverDiagram": [...TEAM_WORKERS, "SECRETARIAT"],
  "team.editMeasures": ["CONTACT_PERSON", "SECRETARIAT"],
  "team.editChartSettings": ["CONTACT_PERSON"],
  "measurement.write": [...TEAM_WORKERS, "SECRETARIAT"],
  "annotation.write": [...TEAM_WORKERS],
  "pdsa.write": [...TEAM_WORKERS],
  "comment.write": [...TEAM_MEMBERS, "SECRETARIAT"],
  "idea.post": [...TEAM_MEMBERS],
  "idea.move": [...TEAM_WORKERS],
  "report.submit": ["CONTACT_PERSON"],
  "assessment.write": ["SECRETARIAT"],
  "seminar.register": [...TEAM_MEMBERS],
} as const satisfies Record<string, readonly TeamRelation[]>;
export type TeamAction = keyof typeof TEAM_POLICY;

export const COLLABORATIVE_POLICY = {
  "collaborative.read": ["SECRETARIAT", "MANAGER", "ADMIN", "TEAM_MEMBER"],
  "collaborative.readTeams": ["SECRETARIAT", "MANAGER", "ADMIN"],
  "collaborative.manage": ["SECRETARIAT"],
} as const satisfies Record<string, readonly CollaborativeRelation[]>;
export type CollaborativeAction = keyof typeof COLLABORATIVE_POLICY;

/** Actions that depend on the global role alone. */
export const ROLE_POLICY = {
  // Only the secretariat: its creator becomes the staff that manages it (an admin would leave it unmanaged).
  "collaborative.create": ["SECRETARIAT"],
  "organisation.manage": ["ADMIN"],
  "microsystem.create": ["ADMIN", "SECRETARIAT"],
  "user.manage": ["ADMIN"],
  "outbox.read": ["ADMIN"],
  "dashboard.regional": ["MANAGER", "ADMIN"],
  "apiToken.manage": ["MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;
export type RoleAction = keyof typeof ROLE_POLICY;

/** How a user stands to a clinical microsystem: a role on one of its teams, or a global reach. */
export type MicrosystemRelation = TeamRole | "SECRETARIAT" | "MANAGER" | "ADMIN";

/** The microsystem and its 5P profile (PRODUCT.md §2): its own team members keep the profile. */
export const MICROSYSTEM_POLICY = {
  "microsystem.read": [...TEAM_MEMBERS, "SECRETARIAT", "MANAGER", "ADMIN"],
  "microsystem.edit": ["SECRETARIAT", "ADMIN"],
  "microsystem.editProfile": [...TEAM_WORKERS, "SECRETARIAT", "ADMIN"],
} as const satisfies Record<string, readonly MicrosystemRelation[]>;
export type MicrosystemAction = keyof typeof MICROSYSTEM_POLICY;

export type Decision = "ALLOW" | "FORBIDDEN" | "NOT_FOUND";

function allows(table: Record<string, readonly string[]>, action: string, relations: readonly string[]): boolean {
  const allowed = Object.hasOwn(table, action) ? table[action] : [];
  return relations.some((relation) => allowed.includes(relation));
}

/**
 * The decision for a team action. With no read relation the team does not exist for this user
 * (NOT_FOUND, so outsiders learn nothing); readers who may not do the action get FORBIDDEN.
 */
export function decideTeam(relations: readonly TeamRelation[], action: TeamAction): Decision {
  if (!allows(TEAM_POLICY, "team.read", relations)) return "NOT_FOUND";
  return allows(TEAM_POLICY, action, relations) ? "ALLOW" : "FORBIDDEN";
}

/** The decision for a collaborative action, with the same NOT_FOUND rule as decideTeam. */
export function decideCollaborative(relations: readonly CollaborativeRelation[], action: CollaborativeAction): Decision {
  if (!allows(COLLABORATIVE_POLICY, "collaborative.read", relations)) return "NOT_FOUND";
  return allows(COLLABORATIVE_POLICY, action, relations) ? "ALLOW" : "FORBIDDEN";
}

export function decideRole(role: string, action: RoleAction): Decision {
  return allows(ROLE_POLICY, action, [role]) ? "ALLOW" : "FORBIDDEN";
}

/** The decision for a microsystem action, with the same NOT_FOUND rule as decideTeam. */
export function decideMicrosystem(relations: readonly MicrosystemRelation[], action: MicrosystemAction): Decision {
  if (!allows(MICROSYSTEM_POLICY, "microsystem.read", relations)) return "NOT_FOUND";
  return allows(MICROSYSTEM_POLICY, action, relations) ? "ALLOW" : "FORBIDDEN";
}
