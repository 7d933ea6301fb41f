import { describe, expect, it } from "vitest";
import { controlChart, runChart, summarise } from "@/lib/spc";

// Ten values around 11.5, then ten around 2: median (3 + 10)/2 = 6.5, one run of 10 above and one of
// 10 below, 1 crossing. qicharts2 Appendix 2 for n = 20: longest run max 7, crossings min 6.
const stepDown = [10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 1, 2, 1, 3, 2, 1, 2, 3, 1, 2];

// 24 points in four runs of 6: longest run 6 ≤ 8, crossings 3 < 8 (Appendix 2, n = 24).
const fewCrossings = [...Array(6).fill(10), ...Array(6).fill(0), ...Array(6).fill(10), ...Array(6).fill(0)];

// Ten 9s and nine 11s alternating, then a spike of 30. Mean 219/20 = 10.95. Moving ranges: 18 of 2
// and one of 21; the first average (36 + 21)/19 = 3 puts the cut at 9.801, so 21 is screened and the
// average is 2: sigma = 2/1.128, limits 10.95 ± 6/1.128.
const spike = [...Array.from({ length: 19 }, (_, i) => (i % 2 === 0 ? 9 : 11)), 30];
const spikeUcl = 10.95 + 6 / 1.128;
const spikeLcl = 10.95 - 6 / 1.128;

describe("summarise: variation verdict", () => {
  it("needs ten useful points in the last phase", () => {
    // Median 2 (the sixth of eleven sorted values); the two 2s lie on it, leaving 9 useful points.
    const nine = runChart([1, 3, 1, 3, 1, 2, 2, 3, 1, 3, 1]);
    expect(summarise(nine, "up")).toMatchObject({
      verdict: "too-few-points",
      rule: null,
      values: { nUseful: 9, required: 10 },
    });
    // Eleven values, but the one on the median is not useful: 10 useful points suffice.
    const ten = runChart([1, 3, 1, 3, 1, 2, 3, 1, 3, 1, 3]);
    expect(ten.phases[0].nUseful).toBe(10);
    expect(summarise(ten, "up").verdict).toBe("no-signal");
  });

  it("judges only the last phase", () => {
    const a = runChart([...stepDown, 1, 3, 1, 3, 1, 3, 1, 3, 1], { phases: [20] });
    expect(summarise(a, "up").verdict).toBe("too-few-points");
  });

  it("reads a long run below the median as improving when down is better", () => {
    const a = runChart(stepDown);
    expect(a.phases[0]).toMatchObject({ longestRun: 10, longestRunMax: 7, crossings: 1, crossingsMin: 6 });
    expect(summarise(a, "down")).toMatchObject({
      verdict: "improving",
      rule: "long-run",
      values: { length: 10, side: "below", longestRunMax: 7 },
    });
    expect(summarise(a, "up")).toMatchObject({ verdict: "deteriorating", rule: "long-run" });
  });

  it("gives few crossings without a long run the side of the latest run", () => {
    const a = runChart(fewCrossings);
    expect(a.phases[0]).toMatchObject({ runsSignal: false, crossingsSignal: true, crossings: 3 });
    expect(summarise(a, "up")).toMatchObject({
      verdict: "deteriorating",
      rule: "few-crossings",
      values: { crossings: 3, crossingsMin: 8, side: "below" },
    });
    expect(summarise(runChart([...fewCrossings].reverse()), "up").verdict).toBe("improving");
  });

  it("reports no signal for a random-looking series", () => {
    expect(summarise(runChart([1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]), "up")).toMatchObject({
      verdict: "no-signal",
      rule: null,
      values: {},
      assurance: null,
    });
  });

  it("uses a point outside the limits on a control chart", () => {
    const a = controlChart("i", spike);
    expect(a.points[19].ucl).toBeCloseTo(spikeUcl, 12);
    expect(summarise(a, "up")).toMatchObject({
      verdict: "improving",
      rule: "outside-limits",
      values: { index: 19, side: "above" },
    });
    expect(summarise(a, "down").verdict).toBe("deteriorating");
  });

  it("uses the IHI shift and trend rules when they are chosen", () => {
    // Median (5 + 5)/2 = 5: the 5s lie on it, the four 6s form one run above, the six 4s a shift below.
    const shift = runChart([5, 6, 5, 6, 5, 6, 5, 6, 4, 4, 4, 4, 4, 4], { rules: "ihi" });
    expect(summarise(shift, "down")).toMatchObject({
      verdict: "improving",
      rule: "shift",
      values: { length: 6, side: "below" },
    });
    // Median 3 (two points on it, 11 useful); 0, 1, 2, 4, 6 rise steadily: a five-point trend.
    const trend = runChart([5.5, 2.5, 5, 3, 5.5, 2.5, 5, 3, 0, 1, 2, 4, 6], { rules: "ihi" });
    expect(summarise(trend, "up")).toMatchObject({
      verdict: "improving",
      rule: "trend",
      values: { length: 5, side: "up" },
    });
  });

  it("reads the last point under the MDC rules, improvement winning a conflict", () => {
    // Mean 34.2/15 = 2.28, average moving range 14.4/14, so 2.6 is inside the limits and the 2-sigma
    // lines; the last 3 and the seven 2.6s are eight points above the mean: an MDC shift (≥ 7).
    const base = [1, 3, 1, 3, 1, 3, 1, 3, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6];
    const a = controlChart("i", base, undefined, { rules: "mdc" });
    expect(a.points.map((p) => p.rules.length > 0)).toEqual([...Array(7).fill(false), ...Array(8).fill(true)]);
    expect(a.points[14].rules).toContain("shift");
    expect(summarise(a, "up")).toMatchObject({ verdict: "improving", rule: "shift" });
    expect(summarise(a, "down")).toMatchObject({ verdict: "deteriorating", rule: "shift" });
    // The same shift followed by one point below the centre: the last point is common cause.
    const b = controlChart("i", [...base, 1], undefined, { rules: "mdc" });
    expect(summarise(b, "up").verdict).toBe("no-signal");
  });
});

describe("summarise: assurance against a goal (MDC)", () => {
  const a = controlChart("i", spike);

  it("will meet the goal when the whole process is on the good side", () => {
    expect(summarise(a, "up", 5).assurance).toEqual({ verdict: "will-meet", values: { goal: 5, lcl: spikeLcl, ucl: spikeUcl } });
    expect(summarise(a, "down", 20).assurance?.verdict).toBe("will-meet");
  });

  it("will not meet the goal when the whole process is on the bad side", () => {
    expect(summarise(a, "up", 20).assurance?.verdict).toBe("will-not-meet");
    expect(summarise(a, "down", 5).assurance?.verdict).toBe("will-not-meet");
  });

  it("is hit and miss when the goal lies within the limits", () => {
    expect(summarise(a, "up", 10).assurance?.verdict).toBe("hit-and-miss");
    expect(summarise(a, "down", 10).assurance?.verdict).toBe("hit-and-miss");
  });

  it("counts a goal exactly on the limit as met", () => {
    expect(summarise(a, "up", spikeLcl).assurance?.verdict).toBe("will-meet");
  });

  it("has no assurance on run charts or without a goal", () => {
    expect(summarise(runChart(spike), "up", 5).assurance).toBeNull();
    expect(summarise(a, "up").assurance).toBeNull();
  });
});

describe("MDC signals across a recalculation", () => {
  it("records a trend that crosses into the next phase", () => {
    // 1, 2, 3 end phase 1 and 4, 5, 6, 7 make up phase 2: seven rising points that cross the
    // recalculation (MDC lets the trend cross), none near either phase's limits or 2-sigma lines.
    const a = controlChart("i", [5, 3, 5, 3, 5, 3, 5, 1, 2, 3, 4, 5, 6, 7], undefined, { rules: "mdc", phases: [10] });
    expect(a.signals).toEqual([{ rule: "trend", phase: 0, start: 7, end: 14, side: "up" }]);
    expect(a.points.map((p) => p.signal)).toEqual([...Array(7).fill(false), ...Array(7).fill(true)]);
  });
});

describe("summarise: a long run that has ended", () => {
  // 15 poor weeks (30 falls) before a change, then 45 weeks that cross the overall median often.
  const after = Array.from({ length: 45 }, (_, i) => (i % 2 === 0 ? 10 + (i % 3) : 20 + (i % 3)));
  const series = [...Array(15).fill(30), ...after];

  it("reads an early run of poor values followed by better data as improving, not deteriorating", () => {
    const analysis = runChart(series);
    const summary = summarise(analysis, "down");
    expect(analysis.phases[0].longestRun).toBe(15);
    expect(summary.verdict).toBe("improving");
    expect(summary.rule).toBe("long-run");
    expect(summary.values).toMatchObject({ length: 15, side: "above", timing: "ended" });
  });

  it("reads the same early run as deteriorating when higher is better", () => {
    expect(summarise(runChart(series), "up").verdict).toBe("deteriorating");
  });

  it("keeps the side of a run that lasts to the latest point", () => {
    const lastRun = [...after, ...Array(15).fill(30)];
    const summary = summarise(runChart(lastRun), "down");
    expect(summary.verdict).toBe("deteriorating");
    expect(summary.values.timing).toBeUndefined();
  });
});

describe("summarise: a long run that ended but whose side still holds", () => {
  it("keeps the run's side when most later points stay on it", () => {
    // 14 low points, 12 high points (median 9: the first high is on it, so the run is 11), then 7 mixed
    // points of which 5 are above the median.
    const series = [...Array(14).fill(2), ...Array.from({ length: 12 }, (_, i) => 9 + i / 10), 1, 10, 10, 1.5, 10.5, 10.2, 10.1];
    const summary = summarise(runChart(series), "up");
    expect(summary.rule).toBe("long-run");
    expect(summary.values).toMatchObject({ length: 11, side: "above" });
    expect(summary.verdict).toBe("improving");
    expect(summary.values.timing).toBeUndefined();
  });
});
