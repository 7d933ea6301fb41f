// Pure rules of a team's aim and membership (PRODUCT.md §3 "TeamMember", the "Teams").
// No Prisma, no Next: the mutations ask these and the unit tests pin them.
import type { TeamRole } from "@/lib/authz/roles";

export type RuleResult<T = undefined> = { ok: true; value: T } | { ok: false; rule: string };

export type MemberRow = { userId: string; role: TeamRole };

/**
 * Optimistic concurrency for the aim: a save carries the Team.version it read; any other
 * current version means someone saved in between, and the save must change nothing.
 */
export function isStaleVersion(readVersion: number, currentVersion: number): boolean {
  return readVersion !== currentVersion;
}

/**
 * Adding a member: no duplicates. When the new member becomes contact person, the current one
 * is demoted to MEMBER in the same transaction (a team always has exactly one contact person).
 */
export function planAddMember(members: readonly MemberRow[], userId: string, role: TeamRole): RuleResult<{ demote: string[] }> {
  if (members.some((member) => member.userId === userId)) return { ok: false, rule: "alreadyMember" };
  const demote = role === "CONTACT_PERSON" ? members.filter((member) => member.role === "CONTACT_PERSON").map((member) => member.userId) : [];
  return { ok: true, value: { demote } };
}

/**
 * Changing a member's role keeps exactly one contact person: promoting someone demotes the
 * previous contact person; the contact person cannot step down without a successor.
 */
export function planRoleChange(members: readonly MemberRow[], userId: string, role: TeamRole): RuleResult<{ demote: string[] }> {
  const target = members.find((member) => member.userId === userId);
  if (!target) return { ok: false, rule: "notMember" };
  if (target.role === "CONTACT_PERSON" && role !== "CONTACT_PERSON") return { ok: false, rule: "contactPersonNeedsSuccessor" };
  const demote =
    role === "CONTACT_PERSON"
      ? members.filter((member) => member.role === "CONTACT_PERSON" && member.userId !== userId).map((member) => member.userId)
      : [];
  return { ok: true, value: { demote } };
}

/** Removing a member: never the contact person (hand the role over first). */
export function planRemoveMember(members: readonly MemberRow[], userId: string): RuleResult {
  const target = members.find((member) => member.userId === userId);
  if (!target) return { ok: false, rule: "notMember" };
  if (target.role === "CONTACT_PERSON") return { ok: false, rule: "cannotRemoveContactPerson" };
  return { ok: true, value: undefined };
}

/** The parts the aim helper asks for: what, how much, optionally from/to, and by when. */
export type AimParts = {
  direction: "reduce" | "increase";
  what: string;
  amount: number;
  unit: string;
  baseline?: number | null;
  target?: number | null;
  byDate: string;
};

/** Which catalogue template fits the parts: with or without the from/to baseline. */
export function aimTemplateKey(parts: Pick<AimParts, "baseline" | "target">): "templates.withBaseline" | "templates.plain" {
  return parts.baseline != null && parts.target != null ? "templates.withBaseline" : "templates.plain";
}
