/** Global roles of PRODUCT.md §3. */
export const ROLES = ["ADMIN", "SECRETARIAT", "MANAGER", "STAFF"] as const;
export type Role = (typeof ROLES)[number];

/** Roles within one team (TeamMember.role). */
export const TEAM_ROLES = ["CONTACT_PERSON", "MEMBER", "PATIENT_REPRESENTATIVE"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === "string" && (TEAM_ROLES as readonly string[]).includes(value);
}
