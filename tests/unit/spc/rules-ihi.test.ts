import { describe, expect, it } from "vitest";
import { runChart, runsBounds, runsProbability, trendSpans, type SpcAnalysis } from "@/lib/spc";

const flagged = (a: SpcAnalysis, rule: string) =>
  a.points.flatMap((p, i) => (p.rules.includes(rule as never) ? [i] : []));

// Hand-built series: the median is 5 wherever 5s sit in the middle, and values are chosen so that
// no other IHI rule fires by accident.
describe("IHI shift (6 or more points on one side of the median)", () => {
  it("flags six points above the median", () => {
    const a = runChart([3, 7, 3, 4, 3, 5, 6, 6, 6, 6, 6, 6, 4, 4, 3], { rules: "ihi" });
    expect(a.phases[0].median).toBe(5);
    expect(flagged(a, "shift")).toEqual([6, 7, 8, 9, 10, 11]);
    expect(a.signals.find((s) => s.rule === "shift")).toMatchObject({ start: 6, end: 12, side: "above" });
  });

  it("does not flag five", () => {
    const a = runChart([3, 7, 3, 7, 3, 5, 4, 6, 6, 6, 6, 6, 4, 4, 3], { rules: "ihi" });
    expect(flagged(a, "shift")).toEqual([]);
  });

  it("lets points on the median neither make nor break a shift", () => {
    // Three above, one on the median, three above: six useful points in a row on one side.
    const a = runChart([3, 7, 3, 4, 3, 6, 6, 6, 5, 6, 6, 6, 4, 3, 5], { rules: "ihi" });
    expect(a.phases[0].median).toBe(5);
    expect(flagged(a, "shift")).toEqual([5, 6, 7, 9, 10, 11]);
    // Five above, one on the median: the point on the median does not complete a shift.
    const b = runChart([3, 7, 3, 4, 3, 6, 6, 5, 6, 6, 6, 4, 3, 4, 5], { rules: "ihi" });
    expect(flagged(b, "shift")).toEqual([]);
  });
});

describe("IHI trend (5 or more points all going up or all going down)", () => {
  it("flags five increasing points", () => {
    const spans = trendSpans(Float64Array.from([9, 1, 2, 3, 4, 5, 2]), new Uint8Array(7).fill(1), 0, 7, 5);
    expect(spans).toEqual([{ start: 1, end: 6, side: 1, length: 5 }]);
  });

  it("does not flag four", () => {
    expect(trendSpans(Float64Array.from([9, 1, 2, 3, 4, 2]), new Uint8Array(6).fill(1), 0, 6, 5)).toEqual([]);
  });

  it("lets equal values break a trend", () => {
    const include = new Uint8Array(6).fill(1);
    expect(trendSpans(Float64Array.from([1, 2, 3, 3, 4, 5]), include, 0, 6, 5)).toEqual([]);
    // Perla 2011 words it the other way ("like values do not make or break a trend"); available on request.
    expect(trendSpans(Float64Array.from([1, 2, 3, 3, 4, 5]), include, 0, 6, 5, "skip")).toEqual([
      { start: 0, end: 6, side: 1, length: 5 },
    ]);
  });

  it("flags a falling trend on a run chart, sharing the turning point", () => {
    const a = runChart([4, 6, 4, 6, 4, 8, 7, 6, 5, 3, 4, 6, 4], { rules: "ihi" });
    expect(flagged(a, "trend")).toEqual([5, 6, 7, 8, 9]);
    expect(a.signals.find((s) => s.rule === "trend")).toMatchObject({ start: 5, end: 10, side: "down" });
  });
});

describe("IHI too few / too many runs (exact runs distribution)", () => {
  // n1 = n2 = 5: C(10, 5) = 252 orderings. R = 2 needs one block each side first: 2 ways.
  // R = 3: C(4,1)·C(4,0) + C(4,0)·C(4,1) = 8 ways. R = 10 (perfect alternation): 2 ways; R = 9: 8 ways.
  it("computes the runs distribution by hand for 5 + 5 points", () => {
    expect(runsProbability(2, 5, 5)).toBeCloseTo(2 / 252, 14);
    expect(runsProbability(3, 5, 5)).toBeCloseTo(8 / 252, 14);
    expect(runsProbability(10, 5, 5)).toBeCloseTo(2 / 252, 14);
    expect(runsProbability(9, 5, 5)).toBeCloseTo(8 / 252, 14);
  });

  it("puts the 2.5 % tails at 3 and 9 runs for 5 + 5 points", () => {
    // P(R ≤ 2) = 2/252 = 0.8 % is too few; P(R ≤ 3) = 10/252 = 4.0 % is not. Mirrored at the top.
    expect(runsBounds(5, 5)).toEqual({ runsMin: 3, runsMax: 9 });
    expect(runsBounds(0, 7)).toBeNull();
  });

  it("flags too few and too many runs on a run chart of 10 useful points", () => {
    const clustered = runChart([1, 2, 1, 2, 1, 9, 8, 9, 8, 9], { rules: "ihi" });
    expect(clustered.phases[0].ihi).toEqual({ runs: 2, runsMin: 3, runsMax: 9, tooFewRuns: true, tooManyRuns: false });
    const alternating = runChart([1, 9, 1, 9, 1, 9, 1, 9, 1, 9], { rules: "ihi" });
    expect(alternating.phases[0].ihi).toMatchObject({ runs: 10, tooFewRuns: false, tooManyRuns: true });
    expect(flagged(alternating, "too-many-runs")).toHaveLength(10);
  });
});

describe("IHI astronomical point", () => {
  it("flags a point far beyond the rest of the run chart", () => {
    // Median 10.5; moving ranges 1 except 29 and 30, which screening drops: sigma 1/1.128, so only 40
    // lies more than 3 sigma from the median.
    const a = runChart([10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 40, 10], { rules: "ihi" });
    expect(flagged(a, "astronomical")).toEqual([10]);
    expect(a.points[10].lcl).toBeNull();
  });
});
