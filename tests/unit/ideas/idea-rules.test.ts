import { describe, expect, it } from "vitest";
import { IDEA_STATUSES, IDEA_TRANSITIONS, planIdeaMove } from "@/lib/ideas/rules";
import { moveIdeaSchema, postIdeaSchema } from "@/lib/ideas/schema";

const idea = (status: string, cycleId: string | null = null) => ({ status, teamId: "team-a", cycleId });

describe("idea moves on the huddle board", () => {
  const allowed: Record<string, string[]> = {
    NEW: ["TESTING", "ADOPTED", "PARKED"],
    TESTING: ["ADOPTED", "PARKED", "NEW"],
    ADOPTED: [],
    PARKED: ["NEW"],
  };
  for (const from of IDEA_STATUSES) {
    for (const to of IDEA_STATUSES) {
      const ok = allowed[from].includes(to);
      it(`${from} → ${to} is ${ok ? "allowed" : "refused"}`, () => {
        expect(IDEA_TRANSITIONS[from].includes(to)).toBe(ok);
        expect(planIdeaMove(idea(from), to, null).ok).toBe(ok);
      });
    }
  }

  it("links a PDSA cycle of the same team when the idea goes to testing", () => {
    expect(planIdeaMove(idea("NEW"), "TESTING", { id: "c1", teamId: "team-a" })).toEqual({ ok: true, cycleId: "c1" });
  });
  it("refuses a cycle of another team", () => {
    expect(planIdeaMove(idea("NEW"), "TESTING", { id: "c1", teamId: "team-b" })).toEqual({ ok: false, rule: "cycleOfOtherTeam" });
  });
  it("refuses a cycle on a move other than to testing", () => {
    expect(planIdeaMove(idea("NEW"), "PARKED", { id: "c1", teamId: "team-a" })).toEqual({ ok: false, rule: "cycleOnlyWhenTesting" });
  });
  it("keeps the tested cycle when adopted and drops it when sent back to new", () => {
    expect(planIdeaMove(idea("TESTING", "c1"), "ADOPTED", null)).toEqual({ ok: true, cycleId: "c1" });
    expect(planIdeaMove(idea("TESTING", "c1"), "NEW", null)).toEqual({ ok: true, cycleId: null });
  });
});

describe("posting an idea", () => {
  it("accepts one line of at most 200 characters", () => {
    expect(postIdeaSchema.safeParse({ teamId: "t", text: "Fast tid til tavlemøde" }).success).toBe(true);
    expect(postIdeaSchema.safeParse({ teamId: "t", text: "x".repeat(201) }).success).toBe(false);
    expect(postIdeaSchema.safeParse({ teamId: "t", text: "" }).success).toBe(false);
  });
  it("refuses line breaks and personal identity numbers", () => {
    expect(postIdeaSchema.safeParse({ teamId: "t", text: "one\ntwo" }).error?.issues[0].message).toBe("oneLine");
    expect(postIdeaSchema.safeParse({ teamId: "t", text: "010190-1234" }).error?.issues[0].message).toBe("personalIdentifier");
  });
  it("treats an empty cycle choice as none", () => {
    expect(moveIdeaSchema.parse({ ideaId: "i", status: "TESTING", cycleId: "" }).cycleId).toBeNull();
  });
});
