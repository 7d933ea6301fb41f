import { describe, expect, it } from "vitest";
import { landingPath, navigationFor } from "@/lib/navigation/items";

describe("navigation by role", () => {
  it("lands each role on its own page", () => {
    expect(landingPath("STAFF")).toBe("/my-team");
    expect(landingPath("SECRETARIAT")).toBe("/collaboratives");
    expect(landingPath("MANAGER")).toBe("/overview");
    expect(landingPath("ADMIN")).toBe("/admin/users");
  });

  it("offers My team to anyone on a team, and admin pages only to administrators", () => {
    expect(navigationFor("SECRETARIAT", true).map((item) => item.href)[0]).toBe("/my-team");
    expect(navigationFor("SECRETARIAT", false).some((item) => item.href === "/my-team")).toBe(false);
    for (const role of ["STAFF", "SECRETARIAT", "MANAGER"] as const) {
      expect(navigationFor(role, true).some((item) => item.href.startsWith("/admin"))).toBe(false);
    }
    expect(navigationFor("ADMIN", false).some((item) => item.href === "/admin/users")).toBe(true);
  });
});
