import { describe, expect, it } from "vitest";
import { cellShade, cellShare, hasMissing, heatMapCsv, heatMapSummary, percentOf } from "@/components/dashboards/heat-map-cells";
import type { CompletenessHeatMapData } from "@/lib/dashboards/types";

const data: CompletenessHeatMapData = {
  months: ["2026-02", "2026-03"],
  rows: [
    {
      teamId: "t1",
      teamName: "Medicinsk afdeling",
      cells: [
        { month: "2026-02", expected: 4, found: 4, href: "/teams/t1/data?periods=8" },
        { month: "2026-03", expected: 4, found: 3, href: "/teams/t1/data?periods=8" },
      ],
    },
    {
      teamId: "t2",
      teamName: "Akutmodtagelsen",
      cells: [
        { month: "2026-02", expected: 0, found: 0, href: "/teams/t2/data?periods=8" },
        { month: "2026-03", expected: 3, found: 0, href: "/teams/t2/data?periods=8" },
      ],
    },
  ],
};

describe("completeness heat map", () => {
  it("gives the share of expected values found, none when nothing was expected", () => {
    expect(cellShare({ expected: 4, found: 3 })).toBe(0.75);
    expect(cellShare({ expected: 2, found: 5 })).toBe(1);
    expect(cellShare({ expected: 0, found: 0 })).toBeNull();
  });

  it("shades a cell by its share in bands", () => {
    expect(cellShade({ expected: 4, found: 4 })).toBe("complete");
    expect(cellShade({ expected: 4, found: 3 })).toBe("most");
    expect(cellShade({ expected: 4, found: 2 })).toBe("half");
    expect(cellShade({ expected: 4, found: 1 })).toBe("little");
    expect(cellShade({ expected: 4, found: 0 })).toBe("none");
    expect(cellShade({ expected: 0, found: 0 })).toBe("notExpected");
  });

  it("links a cell only when values are missing", () => {
    expect(hasMissing({ expected: 4, found: 3 })).toBe(true);
    expect(hasMissing({ expected: 4, found: 4 })).toBe(false);
    expect(hasMissing({ expected: 0, found: 0 })).toBe(false);
  });

  it("rounds the percentage down so a cell short of a value never reads 100", () => {
    expect(percentOf(2 / 3)).toBe(66);
    expect(percentOf(199 / 200)).toBe(99);
    expect(percentOf(0.29)).toBe(29);
    expect(percentOf(1)).toBe(100);
  });

  it("counts complete team-months and missing values, leaving out months with nothing expected", () => {
    expect(heatMapSummary(data)).toEqual({ cells: 3, complete: 1, missingValues: 4 });
  });

  it("writes one CSV line per team and month", () => {
    const csv = heatMapCsv(data, { header: ["Team", "Måned", "Fundet", "Forventet", "Procent"], monthName: (month) => month });
    expect(csv.rows).toEqual([
      ["Medicinsk afdeling", "2026-02", 4, 4, 100],
      ["Medicinsk afdeling", "2026-03", 3, 4, 75],
      ["Akutmodtagelsen", "2026-02", 0, 0, null],
      ["Akutmodtagelsen", "2026-03", 0, 3, 0],
    ]);
  });
});
