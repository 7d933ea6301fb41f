import { describe, expect, it } from "vitest";
import { funnelPlot, poolByPeriod, Z_95, Z_998 } from "@/lib/spc";

describe("funnelPlot", () => {
  // Pooled p = (10 + 30)/(100 + 100) = 0.2; standard error √(0.2 · 0.8 / 100) = 0.04.
  const result = funnelPlot([
    { id: "a", numerator: 10, denominator: 100 },
    { id: "b", numerator: 30, denominator: 100 },
  ]);

  it("pools the proportion over all groups", () => {
    expect(result.pooled).toBeCloseTo(0.2, 15);
  });

  it("puts 95 % and 99.8 % limits at p ± z·√(p(1 − p)/n)", () => {
    const a = result.groups[0];
    expect(a.lower95).toBeCloseTo(0.2 - 1.959964 * 0.04, 12);
    expect(a.upper95).toBeCloseTo(0.2 + 1.959964 * 0.04, 12);
    expect(a.lower998).toBeCloseTo(0.2 - 3.090232 * 0.04, 12);
    expect(a.upper998).toBeCloseTo(0.2 + 3.090232 * 0.04, 12);
    expect([Z_95, Z_998]).toEqual([1.959964, 3.090232]);
  });

  it("tells which groups fall outside each pair of limits", () => {
    // 0.1 < 0.2 − 0.0784 but > 0.2 − 0.1236; 0.3 > 0.2 + 0.0784 but < 0.2 + 0.1236.
    expect(result.groups.map((g) => [g.id, g.value, g.outside95, g.outside998])).toEqual([
      ["a", 0.1, "below", null],
      ["b", 0.3, "above", null],
    ]);
  });

  it("applies the multiplier after the limits and clamps them to [0, 1]", () => {
    const percent = funnelPlot(
      [
        { id: "small", numerator: 0, denominator: 4 },
        { id: "large", numerator: 5, denominator: 996 },
      ],
      { multiplier: 100 },
    );
    expect(percent.pooled).toBeCloseTo(0.5, 12);
    const small = percent.groups[0];
    expect(small.lower95).toBe(0);
    expect(small.upper95).toBeCloseTo(100 * (0.005 + 1.959964 * Math.sqrt((0.005 * 0.995) / 4)), 10);
    expect(small.outside95).toBeNull();
  });

  it("leaves out groups without a usable denominator", () => {
    const r = funnelPlot([
      { id: "a", numerator: 10, denominator: 100 },
      { id: "empty", numerator: 0, denominator: 0 },
    ]);
    expect(r.pooled).toBeCloseTo(0.1, 15);
    expect(r.groups[1]).toMatchObject({ value: null, outside95: null, outside998: null });
    expect(r.groups[1].lower95).toBeUndefined();
    expect(funnelPlot([]).pooled).toBeNull();
  });

  it("draws limit curves that narrow as the denominator grows", () => {
    const r = funnelPlot(
      [
        { id: "a", numerator: 5, denominator: 20 },
        { id: "b", numerator: 100, denominator: 500 },
      ],
      { curvePoints: 50 },
    );
    expect(r.curves).toHaveLength(50);
    expect(r.curves[0].denominator).toBe(20);
    expect(r.curves[49].denominator).toBe(500);
    for (let i = 1; i < r.curves.length; i++) {
      expect(r.curves[i].denominator).toBeGreaterThan(r.curves[i - 1].denominator);
      expect(r.curves[i].upper998 - r.curves[i].lower998).toBeLessThan(
        r.curves[i - 1].upper998 - r.curves[i - 1].lower998,
      );
      expect(r.curves[i].upper95).toBeLessThan(r.curves[i].upper998);
    }
  });
});

describe("poolByPeriod", () => {
  it("sums numerators and denominators per period, sorted by period", () => {
    expect(
      poolByPeriod([
        { period: "2024-03", numerator: 2, denominator: 10 },
        { period: "2024-01", numerator: 1, denominator: 5 },
        { period: "2024-03", numerator: 3, denominator: 20 },
        { period: "2024-01", numerator: 4, denominator: 15 },
        { period: "2024-02", numerator: 0, denominator: 8 },
      ]),
    ).toEqual([
      { period: "2024-01", numerator: 5, denominator: 20, rows: 2 },
      { period: "2024-02", numerator: 0, denominator: 8, rows: 1 },
      { period: "2024-03", numerator: 5, denominator: 30, rows: 2 },
    ]);
  });

  it("keeps a null denominator for count measures", () => {
    expect(
      poolByPeriod([
        { period: "2024-W02", numerator: 3, denominator: null },
        { period: "2024-W02", numerator: 4, denominator: null },
      ]),
    ).toEqual([{ period: "2024-W02", numerator: 7, denominator: null, rows: 2 }]);
  });

  it("leaves a row without a denominator out of a period whose other rows have one", () => {
    expect(
      poolByPeriod([
        { period: "2024-01", numerator: 3, denominator: 10 },
        { period: "2024-01", numerator: 9, denominator: null },
      ]),
    ).toEqual([{ period: "2024-01", numerator: 3, denominator: 10, rows: 1 }]);
  });

  it("returns nothing for no rows", () => {
    expect(poolByPeriod([])).toEqual([]);
  });
});
