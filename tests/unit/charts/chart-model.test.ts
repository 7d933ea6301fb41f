import { describe, expect, it } from "vitest";
import { analyseChart } from "@/lib/charts/chart-analysis";
import { classifyPoints, placeMarkers, toChartSeries, type ChartSeries } from "@/lib/charts/chart-model";
import { plotData, tickIndices } from "@/components/charts/chart-plot-data";
import { GALLERY_EXAMPLES } from "@/components/charts/gallery-series";
import type { TeamMeasureChart } from "@/lib/measures/data";
import type { SpcAnalysis } from "@/lib/spc";

const weeks = (values: (number | null)[]) =>
  values.map((value, i) => ({
    start: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10),
    numerator: value,
    denominator: null,
    value,
  }));

const series = (partial: Partial<ChartSeries>): ChartSeries => ({
  chart: "RUN",
  frequency: "WEEKLY",
  direction: "UP",
  rules: "ANHOEJ",
  goal: null,
  multiplier: 1,
  unit: "",
  hasDenominator: false,
  baselineCount: null,
  phaseSplits: [],
  periods: [],
  markers: [],
  ...partial,
});

describe("chart model", () => {
  it("marks runs above the median as improvement and below as deterioration when higher is better, and the reverse", () => {
    const values = [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9];
    const up = analyseChart(series({ periods: weeks(values) }));
    expect(up.summary).toMatchObject({ verdict: "improving", rule: "long-run" });
    expect(up.rows.slice(10).every((row) => row.signal === "improvement")).toBe(true);
    // The median (7.5) puts the first ten points in a long run below it: the earlier, worse level.
    expect(up.rows.slice(0, 10).every((row) => row.signal === "deterioration")).toBe(true);
    const down = analyseChart(series({ direction: "DOWN", periods: weeks(values) }));
    expect(down.summary.verdict).toBe("deteriorating");
    expect(down.rows[15].signal).toBe("deterioration");
    expect(down.rows[0].signal).toBe("improvement");
  });

  it("keeps a missing period as a null point with its place on the axis", () => {
    const model = analyseChart(series({ periods: weeks([1, 2, null, 4]) }));
    expect(model.rows.map((row) => row.value)).toEqual([1, 2, null, 4]);
    expect(model.rows[2].period).toBe("2026-01-19");
    expect(model.summary.verdict).toBe("too-few-points");
  });

  it("answers too few points for an empty series or one without values, whatever the chart", () => {
    for (const chart of ["RUN", "I", "P", "U", "C", "G"] as const) {
      const empty = analyseChart(series({ chart, hasDenominator: true, baselineCount: 5, phaseSplits: [3] }));
      expect(empty.rows, chart).toEqual([]);
      expect(empty.summary.verdict, chart).toBe("too-few-points");
      const blank = analyseChart(series({ chart, periods: [{ start: "2026-01-05", numerator: null, denominator: null, value: null }] }));
      expect(blank.rows[0].value, chart).toBeNull();
    }
  });

  it("lets the most specific rule decide a point that takes part in two signals", () => {
    const analysis = {
      chart: "i",
      rules: "anhoej",
      direction: "up",
      points: [0, 1, 2].map(() => ({ value: 1, centre: 0, lcl: null, ucl: null, outside: false, signal: true, rules: ["long-run", "outside-limits"] })),
      phases: [],
      signals: [
        { rule: "long-run", phase: 0, start: 0, end: 3, side: "below" },
        { rule: "outside-limits", phase: 0, start: 1, end: 2, side: "above" },
      ],
    } as unknown as SpcAnalysis;
    expect(classifyPoints(analysis, "UP")).toEqual(["deterioration", "improvement", "deterioration"]);
  });

  it("numbers markers by date and places each on the period that holds it", () => {
    const placed = placeMarkers(
      [
        { id: "b", kind: "cycle", date: "2026-01-14", text: "B" },
        { id: "a", kind: "annotation", date: "2026-01-06", text: "A" },
        { id: "c", kind: "annotation", date: "2027-01-01", text: "C" },
      ],
      "WEEKLY",
      ["2026-01-05", "2026-01-12"],
    );
    expect(placed.map((marker) => [marker.id, marker.number, marker.index])).toEqual([
      ["a", 1, 0],
      ["b", 2, 1],
      ["c", 3, -1],
    ]);
  });

  it("draws each phase's centre line and limits under keys of their own", () => {
    const phases = GALLERY_EXAMPLES.find((example) => example.id === "phases")!;
    const model = analyseChart(phases.series);
    const { rows, lines } = plotData(model);
    expect(lines.map((line) => line.key)).toEqual(["c0", "l0", "u0", "c1", "l1", "u1"]);
    expect(rows[14].c0).toBe(model.phases[0].centre);
    expect(rows[14].c1).toBeUndefined();
    expect(rows[15].c1).toBe(model.phases[1].centre);
    expect(model.phases[1].centre).not.toBe(model.phases[0].centre);
  });

  it("draws a frozen baseline solid up to its last point and dashed after it", () => {
    const baseline = GALLERY_EXAMPLES.find((example) => example.id === "baseline")!;
    const model = analyseChart(baseline.series);
    expect(model.baselineCount).toBe(12);
    const { rows, lines } = plotData(model);
    expect(lines.map((line) => line.role)).toEqual(["centre", "frozen"]);
    expect(rows[11].c0).toBe(rows[11].centre);
    expect(rows[11].f0).toBe(rows[11].centre);
    expect(rows[12].c0).toBeUndefined();
    expect(rows[29].f0).toBe(model.phases[0].centre);
  });

  it("spaces axis ticks evenly", () => {
    expect(tickIndices(10, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(tickIndices(52, 12)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    expect(tickIndices(0, 12)).toEqual([]);
  });

  it("turns the loader's result into a series with markers from annotations and started cycles", () => {
    const loaded = {
      chart: "P",
      measure: { frequency: "WEEKLY", direction: "DOWN", rules: "IHI", goal: 10, multiplier: 100, unit: "%" },
      setting: { baselineCount: 12, phaseSplits: [20], chart: "P" },
      points: [{ periodStart: new Date("2026-01-05T00:00:00Z"), numerator: 1, denominator: 4, value: 25, note: "" }],
      annotations: [{ id: "n1", date: new Date("2026-01-07T00:00:00Z"), text: "Note" }],
      cycles: [
        { id: "c1", title: "Cycle", state: "DONE", startedAt: new Date("2026-01-06T00:00:00Z"), completedAt: new Date("2026-02-01T00:00:00Z") },
        { id: "c2", title: "Planned", state: "PLAN", startedAt: null, completedAt: null },
      ],
    } as unknown as TeamMeasureChart;
    const converted = toChartSeries(loaded);
    expect(converted).toMatchObject({ chart: "P", direction: "DOWN", rules: "IHI", goal: 10, hasDenominator: true, baselineCount: 12, phaseSplits: [20] });
    expect(converted.periods).toEqual([{ start: "2026-01-05", numerator: 1, denominator: 4, value: 25, note: "" }]);
    expect(converted.markers.map((marker) => [marker.kind, marker.date, marker.endDate ?? null])).toEqual([
      ["annotation", "2026-01-07", null],
      ["cycle", "2026-01-06", "2026-02-01"],
    ]);
  });
});

describe("chart gallery", () => {
  const verdicts = Object.fromEntries(GALLERY_EXAMPLES.map((example) => [example.id, analyseChart(example.series)]));

  it("shows each canonical pattern with the verdict it is there to teach", () => {
    expect(verdicts.stable.summary.verdict).toBe("no-signal");
    expect(verdicts.shift.summary).toMatchObject({ verdict: "improving", rule: "long-run" });
    expect(verdicts.fewCrossings.summary.rule).toBe("few-crossings");
    expect(verdicts.fewCrossings.phases[0].sidelessRules).toEqual(["few-crossings"]);
    expect(verdicts.trend.summary).toMatchObject({ verdict: "improving", rule: "trend" });
    expect(verdicts.outlier.summary).toMatchObject({ verdict: "deteriorating", rule: "outside-limits" });
    expect(verdicts.baseline.summary).toMatchObject({ verdict: "improving", rule: "long-run" });
    expect(verdicts.phases.phases).toHaveLength(2);
  });

  it("draws varying limits for P and U charts with varying denominators", () => {
    for (const id of ["pChart", "uChart"]) {
      const limits = new Set(verdicts[id].rows.map((row) => row.ucl));
      expect(limits.size, id).toBeGreaterThan(5);
    }
    expect(verdicts.pChart.rows.every((row) => row.lcl !== null && row.lcl >= 0 && row.ucl! <= 100)).toBe(true);
    expect(verdicts.pChart.valueCap).toBe(100);
    expect(verdicts.uChart.valueCap).toBeNull();
  });

  it("is the same on every run", async () => {
    const again = await import("@/components/charts/gallery-series");
    expect(again.GALLERY_EXAMPLES[0].series.periods).toEqual(GALLERY_EXAMPLES[0].series.periods);
    expect(GALLERY_EXAMPLES.map((example) => example.id)).toHaveLength(11);
  });
});
