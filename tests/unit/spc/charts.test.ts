import { describe, expect, it } from "vitest";
import { controlChart, RULE_CODES, runChart, summarise, tChart } from "@/lib/spc";

describe("degenerate series", () => {
  it("analyses an empty series as one empty phase", () => {
    const a = runChart([]);
    expect(a.points).toEqual([]);
    expect(a.phases).toEqual([
      expect.objectContaining({ start: 0, end: 0, centre: null, nUseful: 0, signal: false }),
    ]);
    expect(summarise(a, "up").verdict).toBe("too-few-points");
    expect(controlChart("p", [], []).points).toEqual([]);
  });

  it("keeps an all-null series null", () => {
    const a = controlChart("i", [null, null, null]);
    expect(a.points.every((p) => p.value === null && p.centre === null && p.lcl === null && p.ucl === null)).toBe(true);
    expect(a.phases[0]).toMatchObject({ nObs: 3, nUseful: 0, longestRun: 0, crossings: 0, signal: false });
  });

  it("has a centre but no limits for a single point", () => {
    expect(runChart([5]).points[0]).toEqual({
      value: 5,
      centre: 5,
      lcl: null,
      ucl: null,
      outside: false,
      signal: false,
      rules: [],
    });
    expect(controlChart("i", [5]).points[0]).toMatchObject({ value: 5, centre: 5, lcl: null, ucl: null });
  });

  it("computes I limits from two points", () => {
    // Mean 2, one moving range of 2 (not screened: 2 < 3.267 · 2), sigma 2/1.128.
    const p = controlChart("i", [1, 3]).points[0];
    expect(p.ucl).toBeCloseTo(2 + 6 / 1.128, 12);
    expect(p.lcl).toBeCloseTo(2 - 6 / 1.128, 12);
  });

  it("treats zero and missing denominators as missing points", () => {
    const a = controlChart("p", [1, 2, 3, 4], [10, 0, null, 10]);
    expect(a.points.map((p) => p.value)).toEqual([0.1, null, null, 0.4]);
    expect(a.points[0].centre).toBeCloseTo(0.25, 15);
    expect(a.points[1]).toMatchObject({ lcl: null, ucl: null, outside: false });
  });
});

describe("chart conventions", () => {
  it("returns null limits on run charts", () => {
    const a = runChart([1, 2, 3, 4]);
    expect(a.chart).toBe("run");
    expect(a.points.every((p) => p.lcl === null && p.ucl === null && !p.outside)).toBe(true);
    expect(a.phases[0].median).toBe(2.5);
  });

  it("forces the runs signal off on MR charts but reports the statistics", () => {
    // Ten moving ranges of 10, then ten of 1: centre 5.5, runs of 10 above and 10 below.
    const y = [0, 10, 0, 10, 0, 10, 0, 10, 0, 10, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0];
    const a = controlChart("mr", y);
    expect(a.points[0].value).toBeNull();
    expect(a.phases[0]).toMatchObject({ nUseful: 20, longestRun: 10, crossings: 1, runsSignal: false, signal: false });
    expect(a.points[1]).toMatchObject({ lcl: 0, ucl: 3.267 * 5.5 });
    expect(a.points.some((p) => p.rules.includes("long-run"))).toBe(false);
  });

  it("draws the g chart's centre at the median with limits from the mean", () => {
    const a = controlChart("g", [1, 3, 2, 8, 5]);
    const mean = 19 / 5;
    expect(a.points[0]).toMatchObject({ centre: 3, lcl: 0 });
    expect(a.points[0].ucl).toBeCloseTo(mean + 3 * Math.sqrt(mean * (mean + 1)), 12);
  });

  it("clamps u chart lower limits at zero", () => {
    const a = controlChart("u", [0, 1, 0, 2], [1, 1, 1, 1]);
    expect(a.points.every((p) => p.lcl === 0)).toBe(true);
  });

  it("freezes centre and limits on the baseline", () => {
    const a = controlChart("i", [1, 3, 1, 3, 2, 50, 60, 70]);
    const frozen = controlChart("i", [1, 3, 1, 3, 2, 50, 60, 70], undefined, { baseline: 5 });
    expect(frozen.points.map((p) => p.centre)).toEqual(Array(8).fill(2));
    // Baseline mean 2; moving ranges 2, 2, 2, 1 average 1.75.
    expect(frozen.points[7].ucl).toBeCloseTo(2 + (3 * 1.75) / 1.128, 12);
    expect(frozen.points.slice(5).every((p) => p.outside)).toBe(true);
    expect(a.points[0].centre).not.toBe(2);
  });

  it("recalculates each phase", () => {
    const a = runChart([1, 2, 3, 10, 20, 30], { phases: [3] });
    expect(a.phases.map((p) => [p.start, p.end, p.median])).toEqual([
      [0, 3, 2],
      [3, 6, 20],
    ]);
    expect(a.points.map((p) => p.centre)).toEqual([2, 2, 2, 20, 20, 20]);
  });

  it("leaves excluded points out of the centre and runs analysis but still flags them outside", () => {
    const a = controlChart("c", [4, 5, 4, 5, 40, 4, 5], undefined, { exclude: [4] });
    expect(a.points[0].centre).toBeCloseTo(27 / 6, 12);
    expect(a.phases[0].nObs).toBe(6);
    expect(a.points[4]).toMatchObject({ outside: true, rules: ["outside-limits"] });
  });

  it("applies the multiplier after the limits", () => {
    const a = controlChart("p", [1, 2, 3], [10, 10, 10], { multiplier: 100 });
    expect(a.points.map((p) => p.value)).toEqual([10, 20, 30]);
    expect(a.points[0].centre).toBeCloseTo(20, 12);
    expect(a.points[0].ucl).toBeCloseTo(100 * (0.2 + 3 * Math.sqrt(0.016)), 10);
  });

  it("back-transforms the t chart", () => {
    const a = tChart([5, 8, 6, 9, 7]);
    const mean = [5, 8, 6, 9, 7].reduce((s, x) => s + x ** (1 / 3.6), 0) / 5;
    expect(a.points[0].centre).toBeCloseTo(mean ** 3.6, 12);
    expect(a.points[0].value).toBe(5);
  });

  it("publishes its rule codes", () => {
    expect(RULE_CODES).toEqual([
      "long-run",
      "few-crossings",
      "outside-limits",
      "shift",
      "trend",
      "too-many-runs",
      "too-few-runs",
      "astronomical",
      "two-of-three",
    ]);
  });
});

describe("Anhøj marks on points", () => {
  it("marks the useful points of an unusually long run, not points on the median", () => {
    // 20 values, median 6.5: ten above, then ten below with none on the median; n = 20 allows 7.
    const a = runChart([10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 1, 2, 1, 3, 2, 1, 2, 3, 1, 2]);
    expect(a.points.every((p) => p.rules.includes("long-run") && p.rules.includes("few-crossings"))).toBe(true);
    // 25 values, median 5 (the 13th sorted); the 5 sits inside a run of twelve 9s (limit 8 for n = 24).
    const withTie = runChart([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 9, 9, 9, 9, 9, 9, 9, 9, 5, 9, 9, 9, 9]);
    expect(withTie.phases[0]).toMatchObject({ median: 5, nUseful: 24, longestRun: 12, longestRunMax: 8 });
    expect(withTie.points[20].rules).toEqual([]);
    expect(withTie.points[19].rules).toContain("long-run");
    expect(withTie.points[21].rules).toContain("long-run");
  });
});

describe("MDC rules on control charts", () => {
  const flagged = (y: number[], rule: string) =>
    controlChart("i", y, undefined, { rules: "mdc" }).points.flatMap((p, i) => (p.rules.includes(rule as never) ? [i] : []));

  it("needs seven points on one side for a shift", () => {
    // Means 32.6/15 and 32.2/15: 1 lies below, 2.6 and 3 above, and nothing nears the limits.
    expect(flagged([1, 3, 1, 3, 3, 1, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 1, 3, 1], "shift")).toEqual([]);
    expect(flagged([1, 3, 1, 3, 1, 1, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 1, 3], "shift")).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });

  it("needs seven strictly rising points for a trend", () => {
    const y = [5, 4, 5, 4, 5, 1, 2, 3, 4, 5, 6, 7, 4, 5];
    expect(flagged(y, "trend")).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(flagged([5, 4, 5, 4, 5, 1, 2, 3, 3, 5, 6, 7, 4, 5], "trend")).toEqual([]);
  });
});
