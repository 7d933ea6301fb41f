import { describe, expect, it } from "vitest";
import { aimTemplateKey, isStaleVersion, planAddMember, planRemoveMember, planRoleChange, type MemberRow } from "@/lib/teams/rules";
import { aimHelperSchema, editAimSchema } from "@/lib/teams/schema";

const team: MemberRow[] = [
  { userId: "c", role: "CONTACT_PERSON" },
  { userId: "m", role: "MEMBER" },
  { userId: "p", role: "PATIENT_REPRESENTATIVE" },
];

describe("aim version", () => {
  it("is stale when the version read differs from the current one", () => {
    expect(isStaleVersion(3, 3)).toBe(false);
    expect(isStaleVersion(2, 3)).toBe(true);
  });
});

describe("adding a member", () => {
  it("refuses someone already on the team", () => {
    expect(planAddMember(team, "m", "MEMBER")).toEqual({ ok: false, rule: "alreadyMember" });
  });
  it("adds a member without demoting anyone", () => {
    expect(planAddMember(team, "new", "MEMBER")).toEqual({ ok: true, value: { demote: [] } });
  });
  it("demotes the current contact person when the new member becomes contact person", () => {
    expect(planAddMember(team, "new", "CONTACT_PERSON")).toEqual({ ok: true, value: { demote: ["c"] } });
  });
});

describe("changing a role", () => {
  it("promoting a member demotes the previous contact person", () => {
    expect(planRoleChange(team, "m", "CONTACT_PERSON")).toEqual({ ok: true, value: { demote: ["c"] } });
  });
  it("refuses the contact person stepping down without a successor", () => {
    expect(planRoleChange(team, "c", "MEMBER")).toEqual({ ok: false, rule: "contactPersonNeedsSuccessor" });
  });
  it("changes a member to patient representative and back without touching the contact person", () => {
    expect(planRoleChange(team, "p", "MEMBER")).toEqual({ ok: true, value: { demote: [] } });
  });
  it("refuses someone who is not on the team", () => {
    expect(planRoleChange(team, "x", "MEMBER")).toEqual({ ok: false, rule: "notMember" });
  });
});

describe("removing a member", () => {
  it("refuses removing the contact person", () => {
    expect(planRemoveMember(team, "c")).toEqual({ ok: false, rule: "cannotRemoveContactPerson" });
  });
  it("removes a member", () => {
    expect(planRemoveMember(team, "m")).toEqual({ ok: true, value: undefined });
  });
  it("refuses someone who is not on the team", () => {
    expect(planRemoveMember(team, "x")).toEqual({ ok: false, rule: "notMember" });
  });
});

describe("the aim helper", () => {
  it("reads decimal commas and picks the template with a baseline only when from and to are both given", () => {
    const parsed = aimHelperSchema.parse({ direction: "reduce", what: "fald", amount: "12,5", unit: "%", baseline: "8", target: "7", byDate: "2027-12-31" });
    expect(parsed.amount).toBe(12.5);
    expect(aimTemplateKey(parsed)).toBe("templates.withBaseline");
    expect(aimTemplateKey({ baseline: 8, target: null })).toBe("templates.plain");
  });
  it("refuses a missing date and a non-number amount", () => {
    const result = aimHelperSchema.safeParse({ direction: "reduce", what: "fald", amount: "mange", unit: "%", byDate: "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(["amount", "byDate"]);
  });
  it("refuses an empty aim and a personal identity number in it", () => {
    expect(editAimSchema.safeParse({ teamId: "t", aim: "  ", version: 1 }).success).toBe(false);
    expect(editAimSchema.safeParse({ teamId: "t", aim: "Patient 010190-1234", version: 1 }).success).toBe(false);
  });
});
