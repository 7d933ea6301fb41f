import { describe, expect, it } from "vitest";
import { decideRole } from "@/lib/authz/policy";
import { navigationFor } from "@/lib/navigation/items";
import { API_TOKENS_PATH, apiTokenState, bearerToken, isLastUsedStale } from "@/lib/api-tokens/rules";

const active = { revokedAt: null, user: { role: "MANAGER", deactivatedAt: null } };

describe("API token rules", () => {
  it("lets managers and administrators manage tokens, nobody else (policy row apiToken.manage)", () => {
    expect(decideRole("MANAGER", "apiToken.manage")).toBe("ALLOW");
    expect(decideRole("ADMIN", "apiToken.manage")).toBe("ALLOW");
    expect(decideRole("SECRETARIAT", "apiToken.manage")).toBe("FORBIDDEN");
    expect(decideRole("STAFF", "apiToken.manage")).toBe("FORBIDDEN");
  });

  it("accepts an unrevoked token of an active manager or administrator", () => {
    expect(apiTokenState(active)).toBe("VALID");
    expect(apiTokenState({ ...active, user: { ...active.user, role: "ADMIN" } })).toBe("VALID");
  });

  it("refuses an unknown, revoked, deactivated or demoted token, revocation first", () => {
    expect(apiTokenState(null)).toBe("UNKNOWN");
    expect(apiTokenState({ ...active, revokedAt: new Date() })).toBe("REVOKED");
    expect(apiTokenState({ revokedAt: new Date(), user: { role: "STAFF", deactivatedAt: new Date() } })).toBe("REVOKED");
    expect(apiTokenState({ ...active, user: { role: "MANAGER", deactivatedAt: new Date() } })).toBe("DEACTIVATED");
    expect(apiTokenState({ ...active, user: { role: "SECRETARIAT", deactivatedAt: null } })).toBe("ROLE_NOT_ALLOWED");
    expect(apiTokenState({ ...active, user: { role: "unknown", deactivatedAt: null } })).toBe("ROLE_NOT_ALLOWED");
  });

  it("reads the token of a Bearer header only", () => {
    expect(bearerToken("Bearer samspil_abc-DEF_123")).toBe("samspil_abc-DEF_123");
    expect(bearerToken("bearer   samspil_abc")).toBe("samspil_abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer two parts")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("marks a token used when it never was or a minute has passed", () => {
    const now = new Date("2026-03-02T10:00:00Z");
    expect(isLastUsedStale(null, now)).toBe(true);
    expect(isLastUsedStale(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(isLastUsedStale(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});

describe("the way to the token page", () => {
  it("is in the main navigation of managers and administrators only", () => {
    const hasTokens = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role, false).some((item) => item.href === API_TOKENS_PATH && item.label === "apiTokens");
    expect(hasTokens("MANAGER")).toBe(true);
    expect(hasTokens("ADMIN")).toBe(true);
    expect(hasTokens("SECRETARIAT")).toBe(false);
    expect(hasTokens("STAFF")).toBe(false);
  });
});
