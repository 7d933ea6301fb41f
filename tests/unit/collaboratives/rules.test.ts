import { describe, expect, it } from "vitest";
import {
  addManagerScopeRefusal,
  addStaffRefusal,
  collaborativeStatusRefusal,
  datesRefusal,
  enrolmentRefusal,
  nextTeamStatuses,
  removeStaffRefusal,
  teamStatusRefusal,
} from "@/lib/collaboratives/rules";
import { createCollaborativeSchema, enrolTeamSchema } from "@/lib/collaboratives/schema";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("collaborative dates and status", () => {
  it("requires the end to be after the start", () => {
    expect(datesRefusal(day("2026-01-01"), day("2026-09-30"))).toBeNull();
    expect(datesRefusal(day("2026-01-01"), day("2026-01-01"))).toBe("endNotAfterStart");
    expect(datesRefusal(day("2026-02-01"), day("2026-01-01"))).toBe("endNotAfterStart");
  });

  it("moves the status only forwards: PLANNING → ACTIVE → CLOSED", () => {
    expect(collaborativeStatusRefusal("PLANNING", "PLANNING")).toBeNull();
    expect(collaborativeStatusRefusal("PLANNING", "ACTIVE")).toBeNull();
    expect(collaborativeStatusRefusal("ACTIVE", "CLOSED")).toBeNull();
    expect(collaborativeStatusRefusal("ACTIVE", "PLANNING")).toBe("statusBackwards");
    expect(collaborativeStatusRefusal("CLOSED", "ACTIVE")).toBe("statusBackwards");
    expect(collaborativeStatusRefusal("UNKNOWN", "ACTIVE")).toBe("statusBackwards");
  });
});

describe("team status", () => {
  it("goes ENROLLED → ACTIVE → COMPLETED", () => {
    expect(teamStatusRefusal("ENROLLED", "ACTIVE")).toBeNull();
    expect(teamStatusRefusal("ACTIVE", "COMPLETED")).toBeNull();
  });

  it("may withdraw from ENROLLED or ACTIVE only", () => {
    expect(teamStatusRefusal("ENROLLED", "WITHDRAWN")).toBeNull();
    expect(teamStatusRefusal("ACTIVE", "WITHDRAWN")).toBeNull();
    expect(teamStatusRefusal("COMPLETED", "WITHDRAWN")).toBe("teamStatusNotAllowed");
  });

  it("refuses skipping, going back and leaving a final state", () => {
    expect(teamStatusRefusal("ENROLLED", "COMPLETED")).toBe("teamStatusNotAllowed");
    expect(teamStatusRefusal("ACTIVE", "ENROLLED")).toBe("teamStatusNotAllowed");
    expect(teamStatusRefusal("WITHDRAWN", "ACTIVE")).toBe("teamStatusNotAllowed");
    expect(teamStatusRefusal("ACTIVE", "ACTIVE")).toBe("teamStatusNotAllowed");
    expect(nextTeamStatuses("COMPLETED")).toEqual([]);
    expect(nextTeamStatuses("ENROLLED")).toEqual(["ACTIVE", "WITHDRAWN"]);
  });
});

describe("enrolment and people", () => {
  const active = { deactivatedAt: null };
  it("enrols a microsystem at most once, never an archived one, with an active contact person", () => {
    expect(enrolmentRefusal({ alreadyEnrolled: false, microsystemArchived: false, contact: active })).toBeNull();
    expect(enrolmentRefusal({ alreadyEnrolled: true, microsystemArchived: false, contact: active })).toBe("microsystemAlreadyEnrolled");
    expect(enrolmentRefusal({ alreadyEnrolled: false, microsystemArchived: true, contact: active })).toBe("microsystemArchived");
    expect(enrolmentRefusal({ alreadyEnrolled: false, microsystemArchived: false, contact: null })).toBe("contactNotFound");
    expect(enrolmentRefusal({ alreadyEnrolled: false, microsystemArchived: false, contact: { deactivatedAt: new Date() } })).toBe("contactDeactivated");
    expect(enrolmentRefusal({ alreadyEnrolled: false, microsystemArchived: false, contact: { deactivatedAt: null, role: "MANAGER" } })).toBe("contactIsManager");
  });

  it("staffs the secretariat with active SECRETARIAT users once, and keeps at least one", () => {
    expect(addStaffRefusal({ role: "SECRETARIAT", deactivatedAt: null }, false)).toBeNull();
    expect(addStaffRefusal({ role: "STAFF", deactivatedAt: null }, false)).toBe("staffNotSecretariat");
    expect(addStaffRefusal({ role: "SECRETARIAT", deactivatedAt: new Date() }, false)).toBe("staffNotSecretariat");
    expect(addStaffRefusal({ role: "SECRETARIAT", deactivatedAt: null }, true)).toBe("alreadyStaff");
    expect(removeStaffRefusal(2)).toBeNull();
    expect(removeStaffRefusal(1)).toBe("lastStaff");
  });

  it("scopes only active MANAGER users, once", () => {
    expect(addManagerScopeRefusal({ role: "MANAGER", deactivatedAt: null }, false)).toBeNull();
    expect(addManagerScopeRefusal({ role: "SECRETARIAT", deactivatedAt: null }, false)).toBe("notManager");
    expect(addManagerScopeRefusal({ role: "MANAGER", deactivatedAt: null }, true)).toBe("alreadyScoped");
  });
});

describe("collaborative input schemas", () => {
  it("reads dates typed as YYYY-MM-DD as UTC midnight and refuses impossible dates", () => {
    const parsed = createCollaborativeSchema.parse({ name: "Tryg udskrivelse", topic: "Udskrivelse", startDate: "2026-03-01", endDate: "2026-12-01" });
    expect(parsed.startDate.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(parsed.organisationId).toBeNull();
    expect(createCollaborativeSchema.safeParse({ name: "x", topic: "y", startDate: "2026-02-30", endDate: "2026-12-01" }).success).toBe(false);
  });

  it("needs a contact person, chosen or typed as an e-mail", () => {
    expect(enrolTeamSchema.safeParse({ collaborativeId: "c", microsystemId: "m" }).success).toBe(false);
    expect(enrolTeamSchema.parse({ collaborativeId: "c", microsystemId: "m", contactEmail: " Kontakt@Samspil.demo " }).contactEmail).toBe("kontakt@samspil.demo");
    expect(enrolTeamSchema.safeParse({ collaborativeId: "c", microsystemId: "m", contactEmail: "not-an-email" }).success).toBe(false);
  });
});
