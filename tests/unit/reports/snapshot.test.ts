import { describe, expect, it } from "vitest";
import { completenessOf, parseSnapshot, periodsInMonth } from "@/lib/reports/snapshot";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const days = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));

describe("the report snapshot", () => {
  it("counts the ISO-week Mondays inside the month and the month itself for monthly measures", () => {
    expect(days(periodsInMonth("WEEKLY", d("2026-12-01"), d("2026-01-01")))).toEqual(["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]);
    expect(days(periodsInMonth("WEEKLY", d("2026-06-01"), d("2026-01-01")))).toEqual(["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29"]);
    expect(days(periodsInMonth("MONTHLY", d("2026-12-01"), d("2026-01-01")))).toEqual(["2026-12-01"]);
  });
  it("leaves out periods before the week of the team's start", () => {
    expect(days(periodsInMonth("WEEKLY", d("2026-12-01"), d("2026-12-16")))).toEqual(["2026-12-14", "2026-12-21", "2026-12-28"]);
  });
  it("completeness is found / expected to two decimals, null with nothing expected", () => {
    expect(completenessOf(2, 3)).toBe(0.67);
    expect(completenessOf(0, 0)).toBeNull();
  });
  it("reads old count-only snapshots and garbage without throwing", () => {
    expect(parseSnapshot('{"cyclesCompleted":2,"completeness":0.8}')).toEqual({ cycles: [], cyclesCompleted: 2, completeness: 0.8, measures: [] });
    expect(parseSnapshot("not json")).toEqual({ cycles: [], cyclesCompleted: 0, completeness: null, measures: [] });
  });
});
