import { describe, expect, it } from "vitest";
import { chartSettingsRuleViolation, formatPhaseSplits, phaseSplitsProblem } from "@/lib/chart-settings/rules";
import { saveChartSettingsSchema } from "@/lib/chart-settings/schema";
import { parsePhaseSplits } from "@/lib/measures/chart-kind";

describe("phaseSplitsProblem", () => {
  it("accepts no splits and strictly increasing whole numbers of at least 2", () => {
    expect(phaseSplitsProblem([])).toBeNull();
    expect(phaseSplitsProblem([2])).toBeNull();
    expect(phaseSplitsProblem([12, 30, 45, 60, 80])).toBeNull();
  });
  it("refuses more than five splits", () => {
    expect(phaseSplitsProblem([2, 3, 4, 5, 6, 7])).toBe("tooManyPhases");
  });
  it("refuses a split below 2, a fraction and one above 1000", () => {
    expect(phaseSplitsProblem([1, 10])).toBe("tooSmall");
    expect(phaseSplitsProblem([2.5])).toBe("invalid");
    expect(phaseSplitsProblem([1001])).toBe("tooBig");
  });
  it("refuses splits that repeat or go down", () => {
    expect(phaseSplitsProblem([12, 12])).toBe("phasesNotIncreasing");
    expect(phaseSplitsProblem([30, 12])).toBe("phasesNotIncreasing");
  });
});

describe("chartSettingsRuleViolation", () => {
  it("allows a frozen baseline alone, phases alone, or neither", () => {
    expect(chartSettingsRuleViolation({ baselineCount: 12, phaseSplits: [] })).toBeNull();
    expect(chartSettingsRuleViolation({ baselineCount: null, phaseSplits: [12, 30] })).toBeNull();
    expect(chartSettingsRuleViolation({ baselineCount: null, phaseSplits: [] })).toBeNull();
  });
  it("refuses a frozen baseline together with phases", () => {
    expect(chartSettingsRuleViolation({ baselineCount: 12, phaseSplits: [30] })).toBe("chartSettings.baselineAndPhases");
  });
});

describe("formatPhaseSplits", () => {
  it("stores splits in the form the chart loader parses back", () => {
    expect(formatPhaseSplits([12, 30])).toBe("12,30");
    expect(parsePhaseSplits(formatPhaseSplits([12, 30]))).toEqual([12, 30]);
    expect(formatPhaseSplits([])).toBe("");
  });
});

describe("saveChartSettingsSchema", () => {
  const base = { teamId: "t", measureId: "m" };
  it("reads empty fields as none and the form's text as numbers", () => {
    expect(saveChartSettingsSchema.parse({ ...base, baselineCount: "", phaseSplits: "" })).toEqual({ ...base, baselineCount: null, phaseSplits: [] });
    expect(saveChartSettingsSchema.parse({ ...base, baselineCount: " 12 ", phaseSplits: "12, 30" })).toEqual({ ...base, baselineCount: 12, phaseSplits: [12, 30] });
    expect(saveChartSettingsSchema.parse({ ...base, baselineCount: null, phaseSplits: [5, 9] })).toEqual({ ...base, baselineCount: null, phaseSplits: [5, 9] });
  });
  it("refuses a baseline below 2 or above 1000, or that is not a whole number", () => {
    for (const baselineCount of ["1", "1001", "abc", "2,5", 3.5]) {
      expect(saveChartSettingsSchema.safeParse({ ...base, baselineCount, phaseSplits: "" }).success).toBe(false);
    }
  });
  it("refuses phase text that is not whole numbers, and splits out of order", () => {
    expect(saveChartSettingsSchema.safeParse({ ...base, baselineCount: "", phaseSplits: "12, x" }).success).toBe(false);
    expect(saveChartSettingsSchema.safeParse({ ...base, baselineCount: "", phaseSplits: "30, 12" }).success).toBe(false);
  });
});
