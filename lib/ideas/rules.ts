// Pure rules of the huddle board (PRODUCT.md §2 "Huddle boards"; the idea board).

export const IDEA_STATUSES = ["NEW", "TESTING", "ADOPTED", "PARKED"] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/**
 * Where an idea may go from each column: a new idea is tested, adopted or parked; a tested idea
 * is adopted, parked or sent back; a parked idea comes back as new; adopted is final.
 */
export const IDEA_TRANSITIONS: Record<IdeaStatus, readonly IdeaStatus[]> = {
  NEW: ["TESTING", "ADOPTED", "PARKED"],
  TESTING: ["ADOPTED", "PARKED", "NEW"],
  ADOPTED: [],
  PARKED: ["NEW"],
};

export function isIdeaStatus(value: unknown): value is IdeaStatus {
  return typeof value === "string" && (IDEA_STATUSES as readonly string[]).includes(value);
}

export type IdeaMove = { ok: true; cycleId: string | null } | { ok: false; rule: string };

/**
 * A move on the board and the PDSA cycle the idea keeps afterwards: only a move into TESTING may
 * link a cycle, and it must be one of the idea's own team; back to NEW drops the link, while
 * ADOPTED and PARKED keep it as the record of what was tested.
 */
export function planIdeaMove(
  idea: { status: string; teamId: string; cycleId: string | null },
  to: IdeaStatus,
  cycle: { id: string; teamId: string } | null,
): IdeaMove {
  if (!isIdeaStatus(idea.status) || !IDEA_TRANSITIONS[idea.status].includes(to)) return { ok: false, rule: "invalidMove" };
  if (cycle) {
    if (to !== "TESTING") return { ok: false, rule: "cycleOnlyWhenTesting" };
    if (cycle.teamId !== idea.teamId) return { ok: false, rule: "cycleOfOtherTeam" };
    return { ok: true, cycleId: cycle.id };
  }
  return { ok: true, cycleId: to === "NEW" ? null : idea.cycleId };
}
