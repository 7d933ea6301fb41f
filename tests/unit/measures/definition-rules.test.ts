import { describe, expect, it } from "vitest";
import {
  archiveRefusal,
  chartsForKind,
  defaultMultiplier,
  isChartAllowedForKind,
  measureEditRefusal,
  needsNumeratorAndDenominator,
} from "@/lib/measures/rules";
import { createSharedMeasureSchema } from "@/lib/measures/schema";
import { toFieldErrors } from "@/lib/actions/field-errors";

const base = {
  collaborativeId: "c1",
  name: "Andel med patientansvarlig læge",
  type: "PROCESS",
  kind: "PROPORTION",
  numeratorDefinition: "Patienter med PAL",
  denominatorDefinition: "Indlagte patienter",
  frequency: "WEEKLY",
  direction: "UP",
  defaultChart: "P",
  multiplier: "100",
};

function fieldErrors(input: Record<string, unknown>) {
  const parsed = createSharedMeasureSchema.safeParse(input);
  return parsed.success ? {} : toFieldErrors(parsed.error);
}

describe("default chart fits the kind of measure (PRODUCT.md §5)", () => {
  it("offers P and P′ only for proportions, U and U′ for rates, C for counts, G for days between", () => {
    expect(chartsForKind("PROPORTION")).toEqual(["RUN", "I", "P", "PP"]);
    expect(chartsForKind("RATE")).toEqual(["RUN", "I", "U", "UP"]);
    expect(chartsForKind("COUNT")).toEqual(["RUN", "I", "C"]);
    expect(chartsForKind("CONTINUOUS")).toEqual(["RUN", "I"]);
    expect(chartsForKind("DAYS_BETWEEN")).toEqual(["RUN", "I", "G"]);
  });

  it("allows a run chart and an I chart for every kind", () => {
    for (const kind of ["PROPORTION", "RATE", "COUNT", "CONTINUOUS", "DAYS_BETWEEN"] as const) {
      expect(isChartAllowedForKind(kind, "RUN")).toBe(true);
      expect(isChartAllowedForKind(kind, "I")).toBe(true);
    }
    expect(isChartAllowedForKind("COUNT", "P")).toBe(false);
    expect(isChartAllowedForKind("PROPORTION", "U")).toBe(false);
  });

  it("starts proportions at 100 (per cent) and rates at 1000 (per 1000)", () => {
    expect(defaultMultiplier("PROPORTION")).toBe(100);
    expect(defaultMultiplier("RATE")).toBe(1000);
    expect(defaultMultiplier("COUNT")).toBe(1);
    expect(needsNumeratorAndDenominator("RATE")).toBe(true);
    expect(needsNumeratorAndDenominator("CONTINUOUS")).toBe(false);
  });
});

describe("measure definition schema", () => {
  it("accepts a full proportion with a decimal-comma goal", () => {
    const parsed = createSharedMeasureSchema.parse({ ...base, goal: "85,5", compassPoint: "CLINICAL" });
    expect(parsed.goal).toBe(85.5);
    expect(parsed.multiplier).toBe(100);
    expect(parsed.compassPoint).toBe("CLINICAL");
  });

  it("treats an empty goal and compass point as none and an empty multiplier as 1", () => {
    const parsed = createSharedMeasureSchema.parse({ ...base, kind: "COUNT", defaultChart: "C", goal: "", compassPoint: "", multiplier: "" });
    expect(parsed.goal).toBeNull();
    expect(parsed.compassPoint).toBeNull();
    expect(parsed.multiplier).toBe(1);
  });

  it("needs numerator and denominator definitions for proportions and rates", () => {
    expect(fieldErrors({ ...base, numeratorDefinition: "", denominatorDefinition: "" })).toEqual({
      numeratorDefinition: ["required"],
      denominatorDefinition: ["required"],
    });
    expect(fieldErrors({ ...base, kind: "COUNT", defaultChart: "C", numeratorDefinition: "", denominatorDefinition: "" })).toEqual({});
  });

  it("refuses a chart that does not fit the kind, a multiplier of 0 and a goal that is not a number", () => {
    expect(fieldErrors({ ...base, defaultChart: "C" })).toEqual({ defaultChart: ["chartNotForKind"] });
    expect(fieldErrors({ ...base, multiplier: "0" })).toEqual({ multiplier: ["mustBePositive"] });
    expect(fieldErrors({ ...base, goal: "mange" })).toEqual({ goal: ["notANumber"] });
  });

  it("refuses unknown types, kinds, frequencies, directions and compass points", () => {
    const errors = fieldErrors({ ...base, type: "OTHER", frequency: "DAILY", direction: "SIDEWAYS", compassPoint: "JOY" });
    expect(Object.keys(errors).sort()).toEqual(["compassPoint", "direction", "frequency", "type"]);
  });
});

describe("editing and archiving", () => {
  const current = { kind: "PROPORTION", frequency: "WEEKLY", archivedAt: null };
  it("fixes kind and frequency once measurements exist", () => {
    expect(measureEditRefusal(current, { kind: "COUNT", frequency: "WEEKLY" }, 0)).toBeNull();
    expect(measureEditRefusal(current, { kind: "COUNT", frequency: "WEEKLY" }, 3)).toBe("kindOrFrequencyLocked");
    expect(measureEditRefusal(current, { kind: "PROPORTION", frequency: "MONTHLY" }, 1)).toBe("kindOrFrequencyLocked");
    expect(measureEditRefusal(current, { kind: "PROPORTION", frequency: "WEEKLY" }, 10)).toBeNull();
  });

  it("keeps an archived measure read-only and archives only once", () => {
    expect(measureEditRefusal({ ...current, archivedAt: new Date() }, current, 0)).toBe("archived");
    expect(archiveRefusal({ archivedAt: null })).toBeNull();
    expect(archiveRefusal({ archivedAt: new Date() })).toBe("alreadyArchived");
  });
});
