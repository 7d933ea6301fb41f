import { describe, expect, it } from "vitest";
import { decideCollaborative, decideMicrosystem, decideRole, decideTeam, type MicrosystemAction, type MicrosystemRelation, type TeamAction, type TeamRelation } from "@/lib/authz/policy";

// The expected table is written out by hand from PRODUCT.md §4, one row per action, so a change to
// the policy must be a deliberate change here too. C = contact person, M = member, P = patient
// representative, S = secretariat, G = manager, A = admin.
const EXPECTED: Record<TeamAction, string> = {
  "team.read": "CMPSGA",
  "team.editAim": "CS",
  "team.manageMembers": "CS",
  "team.editDriverDiagram": "CMS",
  "team.editMeasures": "CS",
  "team.editChartSettings": "C",
  "measurement.write": "CMS",
  "annotation.write": "CM",
  "pdsa.write": "CM",
  "comment.write": "CMPS",
  "idea.post": "CMP",
  "idea.move": "CM",
  "report.submit": "C",
  "assessment.write": "S",
  "seminar.register": "CMP",
};
const RELATION_BY_LETTER: Record<string, TeamRelation> = {
  C: "CONTACT_PERSON",
  M: "MEMBER",
  P: "PATIENT_REPRESENTATIVE",
  S: "SECRETARIAT",
  G: "MANAGER",
  A: "ADMIN",
};

describe("team policy table", () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [TeamAction, string][]) {
    it(`${action} is allowed for exactly ${allowed}`, () => {
      for (const [letter, relation] of Object.entries(RELATION_BY_LETTER)) {
        expect(decideTeam([relation], action), `${relation} → ${action}`).toBe(allowed.includes(letter) ? "ALLOW" : "FORBIDDEN");
      }
    });
  }

  it("someone with no relation to the team gets NOT_FOUND for every action, so outsiders learn nothing", () => {
    for (const action of Object.keys(EXPECTED) as TeamAction[]) expect(decideTeam([], action)).toBe("NOT_FOUND");
  });

  it("an unknown action fails closed", () => {
    expect(decideTeam(["CONTACT_PERSON"], "team.delete" as TeamAction)).toBe("FORBIDDEN");
  });
});

describe("collaborative and role policy", () => {
  it("only the collaborative's secretariat manages it; team members read it; outsiders do not see it", () => {
    expect(decideCollaborative(["SECRETARIAT"], "collaborative.manage")).toBe("ALLOW");
    expect(decideCollaborative(["MANAGER"], "collaborative.manage")).toBe("FORBIDDEN");
    expect(decideCollaborative(["ADMIN"], "collaborative.manage")).toBe("FORBIDDEN");
    expect(decideCollaborative(["TEAM_MEMBER"], "collaborative.read")).toBe("ALLOW");
    expect(decideCollaborative(["TEAM_MEMBER"], "collaborative.readTeams")).toBe("FORBIDDEN");
    expect(decideCollaborative([], "collaborative.read")).toBe("NOT_FOUND");
  });

  it("role-only actions follow the global role, and unknown roles fail closed", () => {
    expect(decideRole("ADMIN", "user.manage")).toBe("ALLOW");
    expect(decideRole("SECRETARIAT", "collaborative.create")).toBe("ALLOW");
    expect(decideRole("STAFF", "collaborative.create")).toBe("FORBIDDEN");
    expect(decideRole("MANAGER", "dashboard.regional")).toBe("ALLOW");
    expect(decideRole("STAFF", "dashboard.regional")).toBe("FORBIDDEN");
    expect(decideRole("ROOT", "user.manage")).toBe("FORBIDDEN");
  });
});

// Microsystems and their 5P profile, with the same letters as the team table.
const EXPECTED_MICROSYSTEM: Record<MicrosystemAction, string> = {
  "microsystem.read": "CMPSGA",
  "microsystem.edit": "SA",
  "microsystem.editProfile": "CMSA",
};

describe("microsystem policy table", () => {
  for (const [action, allowed] of Object.entries(EXPECTED_MICROSYSTEM) as [MicrosystemAction, string][]) {
    it(`${action} is allowed for exactly ${allowed}`, () => {
      for (const [letter, relation] of Object.entries(RELATION_BY_LETTER) as [string, MicrosystemRelation][]) {
        expect(decideMicrosystem([relation], action), `${relation} → ${action}`).toBe(allowed.includes(letter) ? "ALLOW" : "FORBIDDEN");
      }
    });
  }

  it("someone with no relation to the microsystem gets NOT_FOUND, and unknown actions fail closed", () => {
    for (const action of Object.keys(EXPECTED_MICROSYSTEM) as MicrosystemAction[]) expect(decideMicrosystem([], action)).toBe("NOT_FOUND");
    expect(decideMicrosystem(["ADMIN"], "microsystem.delete" as MicrosystemAction)).toBe("FORBIDDEN");
  });

  it("only administrators and the secretariat create microsystems", () => {
    expect(decideRole("ADMIN", "microsystem.create")).toBe("ALLOW");
    expect(decideRole("SECRETARIAT", "microsystem.create")).toBe("ALLOW");
    expect(decideRole("MANAGER", "microsystem.create")).toBe("FORBIDDEN");
    expect(decideRole("STAFF", "microsystem.create")).toBe("FORBIDDEN");
  });
});
