import { describe, expect, it } from "vitest";
import { isoDay } from "@/lib/measures/periods";
import { missingPeriods } from "@/lib/measurements/missing";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
const days = (dates: Date[]) => dates.map(isoDay);

describe("missingPeriods", () => {
  it("lists missing ISO weeks across a year boundary with week 53, up to the last completed week", () => {
    // 2026 has an ISO week 53 (Mon 2026-12-28); now is Wednesday of 2027-W02.
    const present = [day("2026-12-14"), day("2027-01-04")];
    expect(days(missingPeriods("WEEKLY", day("2026-12-16"), present, new Date("2027-01-13T12:00:00Z")))).toEqual(["2026-12-21", "2026-12-28"]);
  });
  it("lists missing months across a year boundary from the team's start date", () => {
    const present = [day("2026-11-01"), day("2027-01-01")];
    expect(days(missingPeriods("MONTHLY", day("2026-10-15"), present, day("2027-03-10")))).toEqual(["2026-10-01", "2026-12-01", "2027-02-01"]);
  });
  it("starts at the first measurement when the team has no start date, and is empty with neither", () => {
    expect(days(missingPeriods("MONTHLY", null, [day("2026-09-01"), day("2026-11-01")], day("2026-12-05")))).toEqual(["2026-10-01"]);
    expect(missingPeriods("WEEKLY", null, [], day("2026-12-05"))).toEqual([]);
  });
  it("does not count the current, still open period as missing", () => {
    expect(missingPeriods("WEEKLY", day("2026-11-23"), [], day("2026-11-24"))).toEqual([]);
  });
});
