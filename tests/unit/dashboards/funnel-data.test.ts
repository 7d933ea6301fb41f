import { describe, expect, it } from "vitest";
import { funnelCounts, funnelCsv, funnelGeometry, funnelPosition, labelWidth, placeLabels } from "@/components/dashboards/funnel-data";
import type { FunnelTeamPoint } from "@/lib/dashboards/types";

const point = (overrides: Partial<FunnelTeamPoint>): FunnelTeamPoint => ({
  teamId: "t",
  teamName: "Team",
  numerator: 0,
  denominator: 0,
  value: null,
  outside95: null,
  outside998: null,
  favourable: null,
  ...overrides,
});

const inside = point({ teamId: "a", teamName: "Akut", numerator: 50, denominator: 100, value: 50 });
const highGood = point({ teamId: "b", teamName: "Bryst", numerator: 160, denominator: 200, value: 80, outside95: "above", outside998: "above", favourable: true });
const lowBad = point({ teamId: "c", teamName: "Demens", numerator: 40, denominator: 100, value: 40, outside95: "below", favourable: false });
const noDenominator = point({ teamId: "d", teamName: "Ældre" });

describe("funnel plot", () => {
  it("names the position, the 99.8 % limit before the 95 % one", () => {
    expect(funnelPosition(inside)).toBe("inside");
    expect(funnelPosition(highGood)).toBe("above998");
    expect(funnelPosition(lowBad)).toBe("below95");
    expect(funnelPosition(noDenominator)).toBe("noDenominator");
  });

  it("counts the teams per side of the 95 % limits, beyond the 99.8 % limits and favourable or not", () => {
    expect(funnelCounts([inside, highGood, lowBad, noDenominator])).toEqual({ above95: 1, below95: 1, outside998: 1, favourable: 1, unfavourable: 1 });
  });

  it("places the points, the pooled line and the limit curves on nice axes from zero", () => {
    const small = { ...inside, numerator: 25, denominator: 50 };
    const geometry = funnelGeometry({
      pooled: 50,
      teams: [small, highGood, noDenominator],
      curves: [
        { denominator: 50, lower95: 40, upper95: 60, lower998: 35, upper998: 65 },
        { denominator: 200, lower95: 43, upper95: 57, lower998: 39, upper998: 61 },
      ],
    });
    // x: 0–200 over [60, 620], 2.8 units per count; y: 30–80 over [328, 16], 6.24 units per percentage point.
    expect(geometry.xTicks.map((tick) => tick.value)).toEqual([0, 50, 100, 150, 200]);
    expect(geometry.yTicks.map((tick) => tick.value)).toEqual([30, 40, 50, 60, 70, 80]);
    expect(geometry.pooledY).toBe(203.2);
    expect(geometry.points).toEqual([
      { teamId: "a", teamName: "Akut", x: 200, y: 203.2, mark: "inside" },
      { teamId: "b", teamName: "Bryst", x: 620, y: 16, mark: "favourable" },
    ]);
    expect(geometry.curves.upper95).toBe("M200 140.8L620 159.5");
    expect(geometry.curves.lower998).toBe("M200 296.8L620 271.8");
  });

  it("starts the denominator axis near the teams when they all have about the same denominator", () => {
    const geometry = funnelGeometry({
      pooled: 50,
      teams: [
        { ...inside, denominator: 115 },
        { ...lowBad, denominator: 138 },
      ],
      curves: [
        { denominator: 115, lower95: 41, upper95: 59, lower998: 36, upper998: 64 },
        { denominator: 138, lower95: 42, upper95: 58, lower998: 37, upper998: 63 },
      ],
    });
    expect(geometry.xTicks.map((tick) => tick.value)).toEqual([115, 120, 125, 130, 135, 140]);
    expect(geometry.xTicks[0].x).toBe(60);
  });

  it("draws a single denominator's limits as a short level stroke", () => {
    const geometry = funnelGeometry({ pooled: 50, teams: [inside], curves: [{ denominator: 100, lower95: 40, upper95: 60, lower998: 35, upper998: 65 }] });
    // x: 0–100 over [60, 620], so the denominator 100 sits at 620; y: 35–65 over [328, 16], so 60 → 68.
    expect(geometry.curves.upper95).toBe("M612 68L628 68");
  });

  it("has no pooled line without a usable denominator", () => {
    expect(funnelGeometry({ pooled: null, teams: [noDenominator], curves: [] }).pooledY).toBeNull();
  });

  it("puts labels beside their points, to the left near the right edge", () => {
    const labels = placeLabels(
      [
        { id: "a", x: 100, y: 50, width: 60 },
        { id: "c", x: 600, y: 80, width: 60 },
      ],
      { right: 620 },
    );
    expect(labels).toEqual([
      { id: "a", x: 108, y: 54, anchor: "start" },
      { id: "c", x: 592, y: 84, anchor: "end" },
    ]);
  });

  it("pushes a label down a line while its box overlaps one already placed, on either side", () => {
    // a spans 108–168 at y 54; b would span 118–178 at 59 → pushed to 67; c (to the left of 200) spans 132–192 at 60 → below b at 80.
    const labels = placeLabels(
      [
        { id: "a", x: 100, y: 50, width: 60 },
        { id: "b", x: 110, y: 55, width: 60 },
        { id: "c", x: 200, y: 56, width: 60 },
        { id: "d", x: 400, y: 56, width: 60 },
      ],
      { right: 260 },
    );
    expect(labels).toEqual([
      { id: "a", x: 108, y: 54, anchor: "start" },
      { id: "b", x: 118, y: 67, anchor: "start" },
      { id: "c", x: 192, y: 80, anchor: "end" },
      { id: "d", x: 392, y: 60, anchor: "end" },
    ]);
  });

  it("estimates a label's width from its length", () => {
    expect(labelWidth("Akut")).toBeCloseTo(28.8);
  });

  it("writes team, numerator, denominator, value and position in words to the CSV", () => {
    const csv = funnelCsv([inside, noDenominator], { header: ["Team", "Tæller", "Nævner", "Værdi (%)", "Placering"], position: (team) => funnelPosition(team) });
    expect(csv.rows).toEqual([
      ["Akut", 50, 100, 50, "inside"],
      ["Ældre", 0, 0, null, "noDenominator"],
    ]);
  });
});

describe("placeLabels with many neighbours", () => {
  it("ends when rounding would otherwise bounce a label between two neighbours", () => {
    // Labels whose y values differ by less than the rounding of placed labels used to loop for ever.
    const points = Array.from({ length: 60 }, (_, i) => ({ id: String(i), x: 300 + (i % 3) * 0.1, y: 246.4 + (i % 4) * 0.01, width: 108 }));
    const placed = placeLabels(points, { right: 620 });
    expect(placed).toHaveLength(60);
    const ys = placed.map((label) => label.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(13 - 0.11);
  });
});
