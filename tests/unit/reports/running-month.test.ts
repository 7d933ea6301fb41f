import { describe, expect, it } from "vitest";
import { isRunningReportMonth, reportOpensOn } from "@/lib/reports/rules";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("the month still running (issue 17)", () => {
  it("opens for reporting on the 1st of the next month, also across a year", () => {
    expect(reportOpensOn(day("2026-06-01"))).toEqual(day("2026-07-01"));
    expect(reportOpensOn(day("2026-12-01"))).toEqual(day("2027-01-01"));
  });

  it("is only the month of `now` (UTC), for a team that has started by then", () => {
    const start = day("2025-01-01");
    expect(isRunningReportMonth(day("2026-06-01"), start, new Date("2026-06-30T23:59:59Z"))).toBe(true);
    expect(isRunningReportMonth(day("2026-06-01"), start, new Date("2026-07-01T00:00:00Z"))).toBe(false);
    expect(isRunningReportMonth(day("2026-07-01"), start, new Date("2026-06-15T12:00:00Z"))).toBe(false);
    expect(isRunningReportMonth(day("2026-06-01"), day("2026-06-20"), new Date("2026-06-15T12:00:00Z"))).toBe(true);
    expect(isRunningReportMonth(day("2026-06-01"), day("2026-07-01"), new Date("2026-06-15T12:00:00Z"))).toBe(false);
  });
});
