import { describe, expect, it } from "vitest";
import { isoWeekStart, parsePeriod, periodLabel, validateEntry } from "@/lib/measurements/rules";

const NOW = new Date("2026-11-24T10:00:00Z"); // Tuesday of 2026-W48
const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
const keys = (errors: { key: string }[]) => errors.map((error) => error.key);

describe("validateEntry (PRODUCT.md §4)", () => {
  const proportion = { kind: "PROPORTION", frequency: "WEEKLY" as const };
  const monthlyCount = { kind: "COUNT", frequency: "MONTHLY" as const };

  it("accepts a valid proportion in the current ISO week", () => {
    expect(validateEntry(proportion, { periodStart: day("2026-11-23"), numerator: 3, denominator: 10 }, NOW)).toEqual([]);
  });
  it("refuses a weekly period that is not a Monday and a monthly one that is not the 1st", () => {
    expect(keys(validateEntry(proportion, { periodStart: day("2026-11-24"), numerator: 1, denominator: 2 }, NOW))).toEqual(["periodMisaligned"]);
    expect(keys(validateEntry(monthlyCount, { periodStart: day("2026-10-02"), numerator: 1, denominator: null }, NOW))).toEqual(["periodMisaligned"]);
  });
  it("refuses future periods", () => {
    expect(keys(validateEntry(proportion, { periodStart: day("2026-11-30"), numerator: 1, denominator: 2 }, NOW))).toEqual(["periodInFuture"]);
    expect(keys(validateEntry(monthlyCount, { periodStart: day("2026-12-01"), numerator: 1, denominator: null }, NOW))).toEqual(["periodInFuture"]);
  });
  it("refuses a numerator above the denominator for proportions only", () => {
    expect(validateEntry(proportion, { periodStart: day("2026-11-16"), numerator: 11, denominator: 10 }, NOW)).toEqual([{ field: "numerator", key: "numeratorAboveDenominator" }]);
    expect(validateEntry({ kind: "RATE", frequency: "WEEKLY" }, { periodStart: day("2026-11-16"), numerator: 11, denominator: 10.5 }, NOW)).toEqual([]);
  });
  it("needs a positive denominator for proportions and rates, and none for counts", () => {
    expect(keys(validateEntry(proportion, { periodStart: day("2026-11-16"), numerator: 0, denominator: 0 }, NOW))).toEqual(["denominatorNotPositive"]);
    expect(keys(validateEntry(proportion, { periodStart: day("2026-11-16"), numerator: 0, denominator: null }, NOW))).toEqual(["denominatorRequired"]);
    expect(keys(validateEntry(monthlyCount, { periodStart: day("2026-10-01"), numerator: 2, denominator: 4 }, NOW))).toEqual(["denominatorNotAllowed"]);
  });
  it("needs a non-negative numerator, whole for counts and proportions", () => {
    expect(keys(validateEntry(monthlyCount, { periodStart: day("2026-10-01"), numerator: -1, denominator: null }, NOW))).toEqual(["numeratorNegative"]);
    expect(keys(validateEntry(monthlyCount, { periodStart: day("2026-10-01"), numerator: 1.5, denominator: null }, NOW))).toEqual(["numeratorNotInteger"]);
    expect(keys(validateEntry(proportion, { periodStart: day("2026-11-16"), numerator: 1, denominator: 2.5 }, NOW))).toEqual(["denominatorNotInteger"]);
    expect(validateEntry({ kind: "CONTINUOUS", frequency: "MONTHLY" }, { periodStart: day("2026-10-01"), numerator: 12.5, denominator: null }, NOW)).toEqual([]);
  });
});

describe("period labels", () => {
  it("labels ISO weeks and months", () => {
    expect(periodLabel("WEEKLY", day("2026-03-16"))).toBe("2026-W12");
    expect(periodLabel("WEEKLY", day("2024-12-30"))).toBe("2025-W01");
    expect(periodLabel("WEEKLY", day("2026-12-28"))).toBe("2026-W53");
    expect(periodLabel("MONTHLY", day("2026-03-01"))).toBe("2026-03");
  });
  it("parses weeks, months and days, and refuses a week 53 that does not exist", () => {
    expect(parsePeriod("2026-W12")).toEqual(day("2026-03-16"));
    expect(parsePeriod("2026w53")).toEqual(day("2026-12-28"));
    expect(parsePeriod("2025-W53")).toBeNull();
    expect(isoWeekStart(2025, 1)).toEqual(day("2024-12-30"));
    expect(parsePeriod("2026-03")).toEqual(day("2026-03-01"));
    expect(parsePeriod("2026-13")).toBeNull();
    expect(parsePeriod("2026-03-02")).toEqual(day("2026-03-02"));
    expect(parsePeriod("2026-02-30")).toBeNull();
    expect(parsePeriod("marts")).toBeNull();
  });
});
