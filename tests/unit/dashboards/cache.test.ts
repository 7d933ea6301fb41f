import { beforeEach, describe, expect, it } from "vitest";
import { CACHE_TTL_MS, cachedDashboard, invalidateDashboards } from "@/lib/dashboards/cache";

describe("dashboard cache", () => {
  beforeEach(() => invalidateDashboards());

  it("shares one load between identical keys within the time to live, and loads again after it", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedDashboard("a", load, 0)).toBe(1);
    expect(await cachedDashboard("a", load, CACHE_TTL_MS - 1)).toBe(1);
    expect(await cachedDashboard("b", load, 10)).toBe(2);
    expect(await cachedDashboard("a", load, CACHE_TTL_MS)).toBe(3);
  });

  it("loads again after an invalidation", async () => {
    let loads = 0;
    const load = async () => ++loads;
    await cachedDashboard("a", load, 0);
    invalidateDashboards();
    expect(await cachedDashboard("a", load, 1)).toBe(2);
  });

  it("does not keep a failed load", async () => {
    await expect(cachedDashboard("a", async () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    await Promise.resolve();
    expect(await cachedDashboard("a", async () => "up", 1)).toBe("up");
  });
});
