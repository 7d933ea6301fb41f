import { describe, expect, it } from "vitest";
import { dayBefore, formatDay, formatScore, formatValue, monthAxisLabels, monthLong, monthShort, withUnit } from "@/components/dashboards/dashboard-format";

describe("dashboard formats", () => {
  it("names months in the reader's language", () => {
    expect(monthLong("da", "2026-03")).toBe("marts 2026");
    expect(monthLong("en", "2026-03")).toBe("March 2026");
    expect(monthShort("sv", "2026-01")).toEqual({ label: "jan.", year: 2026 });
  });

  it("shows the year on the first month label and where it changes", () => {
    const labels = monthAxisLabels("en", ["2025-11", "2025-12", "2026-01", "2026-02"], [0, 2, 3]);
    expect(labels).toEqual([
      { index: 0, label: "Nov", year: 2025 },
      { index: 2, label: "Jan", year: 2026 },
      { index: 3, label: "Feb", year: null },
    ]);
  });

  it("writes values with the decimal comma and the unit after a no-break space", () => {
    expect(withUnit(formatValue("da", 63.333), "%")).toBe("63,3\u00a0%");
    expect(withUnit(formatValue("en", 0.4567), "")).toBe("0.457");
    expect(formatScore("nb", 3)).toBe("3,0");
    expect(formatScore("da", 2.25)).toBe("2,25");
    expect(formatScore("en", 4.5)).toBe("4.5");
  });

  it("gives the last day of a quarter given with an exclusive end", () => {
    expect(dayBefore("2026-04-01")).toBe("2026-03-31");
    expect(dayBefore("2026-03-01")).toBe("2026-02-28");
    expect(formatDay("da", "2026-03-31")).toBe("31. mar. 2026");
  });
});
