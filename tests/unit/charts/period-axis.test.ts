import { describe, expect, it } from "vitest";
import { buildPeriodAxis, MAX_PERIODS, nextPeriodStart, periodIndexOf, periodStartOf } from "@/lib/measures/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const days = (axis: { periodStart: Date }[]) => axis.map((slot) => slot.periodStart.toISOString().slice(0, 10));

describe("period axis", () => {
  it("puts a weekly series on consecutive ISO-week Mondays with null for missing weeks", () => {
    const rows = [
      { periodStart: day("2026-03-02"), value: 1 },
      { periodStart: day("2026-03-23"), value: 4 },
      { periodStart: day("2026-03-09"), value: 2 },
    ];
    const axis = buildPeriodAxis("WEEKLY", rows);
    expect(days(axis)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]);
    expect(axis.map((slot) => slot.row?.value ?? null)).toEqual([1, 2, null, 4]);
  });

  it("crosses the daylight-saving change and the ISO year boundary without drifting off midnight UTC", () => {
    const axis = buildPeriodAxis("WEEKLY", [{ periodStart: day("2025-12-22") }, { periodStart: day("2026-04-06") }]);
    expect(axis).toHaveLength(16);
    expect(axis.every((slot) => slot.periodStart.getUTCHours() === 0 && slot.periodStart.getUTCDay() === 1)).toBe(true);
    expect(days(axis).slice(0, 3)).toEqual(["2025-12-22", "2025-12-29", "2026-01-05"]);
  });

  it("puts a monthly series on the first of each month across a year end, gaps as null", () => {
    const axis = buildPeriodAxis("MONTHLY", [{ periodStart: day("2025-11-01") }, { periodStart: day("2026-02-01") }]);
    expect(days(axis)).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(axis.map((slot) => slot.row !== null)).toEqual([true, false, false, true]);
  });

  it("places a row in the period that contains its date", () => {
    expect(periodStartOf("WEEKLY", day("2026-03-08")).toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(periodStartOf("MONTHLY", new Date("2026-03-31T23:30:00Z")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(nextPeriodStart("MONTHLY", day("2026-01-01")).toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(periodIndexOf("WEEKLY", ["2026-03-02", "2026-03-09"], day("2026-03-12"))).toBe(1);
    expect(periodIndexOf("WEEKLY", ["2026-03-02", "2026-03-09"], day("2026-04-01"))).toBe(-1);
  });

  it("is empty without rows and keeps only the latest periods of a very long span", () => {
    expect(buildPeriodAxis("WEEKLY", [])).toEqual([]);
    const axis = buildPeriodAxis("WEEKLY", [{ periodStart: day("2000-01-03") }, { periodStart: day("2026-03-02") }]);
    expect(axis).toHaveLength(MAX_PERIODS);
    expect(days(axis).at(-1)).toBe("2026-03-02");
  });
});
