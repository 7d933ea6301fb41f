import { describe, expect, it } from "vitest";
import { adminLossRefusal, INVITE_VALIDITY_MS, inviteState, scopeKindFor } from "@/lib/users/rules";

const now = new Date("2026-03-10T12:00:00Z");
const active = { deactivatedAt: null };

describe("an invitation link works once, within 7 days, for an active account", () => {
  it("is valid until it expires", () => {
    expect(inviteState({ expiresAt: new Date(now.getTime() + 1000), usedAt: null, user: active }, now)).toBe("VALID");
  });

  it("is expired at and after its expiry", () => {
    expect(inviteState({ expiresAt: now, usedAt: null, user: active }, now)).toBe("EXPIRED");
    expect(inviteState({ expiresAt: new Date(now.getTime() - 1), usedAt: null, user: active }, now)).toBe("EXPIRED");
  });

  it("is used once used, even before its expiry", () => {
    expect(inviteState({ expiresAt: new Date(now.getTime() + INVITE_VALIDITY_MS), usedAt: now, user: active }, now)).toBe("USED");
  });

  it("looks unknown when missing or when the account is deactivated", () => {
    expect(inviteState(null, now)).toBe("UNKNOWN");
    expect(inviteState({ expiresAt: new Date(now.getTime() + 1000), usedAt: null, user: { deactivatedAt: now } }, now)).toBe("UNKNOWN");
  });

  it("lasts seven days", () => {
    expect(INVITE_VALIDITY_MS).toBe(7 * 24 * 3600 * 1000);
  });
});

describe("Samspil always keeps an active administrator", () => {
  it("refuses an administrator changing their own access", () => {
    expect(adminLossRefusal({ actorId: "a", targetId: "a", targetIsActiveAdmin: true, activeAdminCount: 3 })).toBe("self");
  });

  it("refuses removing the last active administrator", () => {
    expect(adminLossRefusal({ actorId: "a", targetId: "b", targetIsActiveAdmin: true, activeAdminCount: 1 })).toBe("lastAdmin");
  });

  it("allows removing one of several administrators, or any other user", () => {
    expect(adminLossRefusal({ actorId: "a", targetId: "b", targetIsActiveAdmin: true, activeAdminCount: 2 })).toBeNull();
    expect(adminLossRefusal({ actorId: "a", targetId: "b", targetIsActiveAdmin: false, activeAdminCount: 1 })).toBeNull();
  });
});

describe("which scope rows fit which role", () => {
  it("gives secretariat staff collaboratives to run and managers a reading scope; others none", () => {
    expect(scopeKindFor("SECRETARIAT")).toBe("SECRETARIAT");
    expect(scopeKindFor("MANAGER")).toBe("MANAGER");
    expect(scopeKindFor("ADMIN")).toBeNull();
    expect(scopeKindFor("STAFF")).toBeNull();
  });
});
