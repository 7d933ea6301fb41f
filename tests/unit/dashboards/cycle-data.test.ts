import { describe, expect, it } from "vitest";
import { cycleCsv, cycleTotals, groupedBarX, largestCount } from "@/components/dashboards/cycle-data";

const months = [
  { month: "2026-01", started: 3, completed: 1, abandoned: 0 },
  { month: "2026-02", started: 2, completed: 4, abandoned: 1 },
];

describe("PDSA activity", () => {
  it("adds up started, completed and abandoned cycles over the months", () => {
    expect(cycleTotals(months)).toEqual({ started: 5, completed: 5, abandoned: 1 });
    expect(cycleTotals([])).toEqual({ started: 0, completed: 0, abandoned: 0 });
  });

  it("finds the tallest bar for the count axis", () => {
    expect(largestCount(months)).toBe(4);
    expect(largestCount([])).toBe(0);
  });

  it("puts the three bars of a month side by side in its slot", () => {
    expect(groupedBarX(100, 30, 0)).toEqual({ x: 85, width: 10 });
    expect(groupedBarX(100, 30, 2)).toEqual({ x: 105, width: 10 });
  });

  it("writes month, started, completed and abandoned to the CSV", () => {
    const csv = cycleCsv(months, { month: "Måned", series: { started: "Startet", completed: "Afsluttet", abandoned: "Opgivet" }, monthName: (month) => month });
    expect(csv).toEqual({
      header: ["Måned", "Startet", "Afsluttet", "Opgivet"],
      rows: [
        ["2026-01", 3, 1, 0],
        ["2026-02", 2, 4, 1],
      ],
    });
  });
});
