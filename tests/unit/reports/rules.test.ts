import { describe, expect, it } from "vitest";
import {
  checkSubmit,
  isValidScore,
  monthKey,
  monthStatus,
  overdueFrom,
  overdueMonths,
  parseMonthKey,
  reportMonthFor,
  reportableMonths,
  SCORE_STEPS,
  scoreKey,
} from "@/lib/reports/rules";
import { scoreReportSchema, submitReportSchema } from "@/lib/reports/schema";

const d = (iso: string) => new Date(iso);
const keys = (months: Date[]) => months.map(monthKey);

describe("which month a report is for", () => {
  it("asks for the previous calendar month, across the year boundary too", () => {
    expect(monthKey(reportMonthFor(d("2026-11-24T12:00:00Z")))).toBe("2026-10");
    expect(monthKey(reportMonthFor(d("2027-01-01T00:00:00Z")))).toBe("2026-12");
  });

  it("reads and writes months as YYYY-MM and refuses anything else", () => {
    expect(parseMonthKey("2026-03")?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(parseMonthKey("2026-13")).toBeNull();
    expect(parseMonthKey("2026-3")).toBeNull();
    expect(parseMonthKey("march")).toBeNull();
  });
});

describe("due and overdue", () => {
  const december = d("2026-12-01T00:00:00Z");
  it("a month's report is open during the month, due from the 1st after it, overdue from the 11th", () => {
    expect(monthStatus(december, d("2026-12-31T23:59:59Z"), false)).toBe("open");
    expect(monthStatus(december, d("2027-01-01T00:00:00Z"), false)).toBe("due");
    expect(monthStatus(december, d("2027-01-10T23:59:59Z"), false)).toBe("due");
    expect(monthStatus(december, d("2027-01-11T00:00:00Z"), false)).toBe("overdue");
    expect(overdueFrom(december).toISOString()).toBe("2027-01-11T00:00:00.000Z");
  });

  it("a submitted month is submitted whatever the date", () => {
    expect(monthStatus(december, d("2027-05-01T00:00:00Z"), true)).toBe("submitted");
  });

  it("lists the months from the team's start month to last month, across the year boundary", () => {
    expect(keys(reportableMonths(d("2026-11-15T00:00:00Z"), d("2027-02-05T00:00:00Z")))).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(reportableMonths(d("2027-02-01T00:00:00Z"), d("2027-02-05T00:00:00Z"))).toEqual([]);
  });

  it("overdue months are the missing ones whose 10th has passed; last month is only due before the 11th", () => {
    const start = d("2026-10-03T00:00:00Z");
    expect(keys(overdueMonths(start, d("2027-01-05T00:00:00Z"), new Set(["2026-11"])))).toEqual(["2026-10"]);
    expect(keys(overdueMonths(start, d("2027-01-11T00:00:00Z"), new Set(["2026-11"])))).toEqual(["2026-10", "2026-12"]);
    expect(overdueMonths(start, d("2027-01-11T00:00:00Z"), new Set(["2026-10", "2026-11", "2026-12"]))).toEqual([]);
  });
});

describe("submitting", () => {
  const start = d("2026-06-15T00:00:00Z");
  const now = d("2026-11-24T00:00:00Z");
  it("allows an ended month from the team's start month on", () => {
    expect(checkSubmit(d("2026-06-01T00:00:00Z"), start, now, false)).toEqual({ ok: true });
    expect(checkSubmit(d("2026-10-01T00:00:00Z"), start, now, false)).toEqual({ ok: true });
  });
  it("refuses a second report, the current month and months before the start", () => {
    expect(checkSubmit(d("2026-10-01T00:00:00Z"), start, now, true)).toEqual({ ok: false, rule: "alreadySubmitted" });
    expect(checkSubmit(d("2026-11-01T00:00:00Z"), start, now, false)).toEqual({ ok: false, rule: "monthNotEnded" });
    expect(checkSubmit(d("2026-05-01T00:00:00Z"), start, now, false)).toEqual({ ok: false, rule: "beforeTeamStart" });
  });
  it("requires what went well, takes the month as YYYY-MM and refuses personal identity numbers", () => {
    const base = { teamId: "t", month: "2026-10", wentWell: "Godt", barriers: "", helpNeeded: "" };
    expect(submitReportSchema.safeParse(base).success).toBe(true);
    expect(submitReportSchema.safeParse({ ...base, wentWell: " " }).success).toBe(false);
    expect(submitReportSchema.safeParse({ ...base, month: "2026-10-01" }).success).toBe(false);
    expect(submitReportSchema.safeParse({ ...base, barriers: "Patient 010203-1234 faldt" }).success).toBe(false);
  });
});

describe("the IHI score scale", () => {
  it("has nine steps from 1.0 to 5.0 in 0.5 with catalogue keys s10…s50", () => {
    expect(SCORE_STEPS).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
    expect(SCORE_STEPS.map(scoreKey)).toEqual(["s10", "s15", "s20", "s25", "s30", "s35", "s40", "s45", "s50"]);
  });
  it("accepts exactly the steps", () => {
    for (const step of SCORE_STEPS) expect(isValidScore(step)).toBe(true);
    for (const bad of [0.5, 0, 3.7, 3.25, 5.5, 6, Number.NaN, Infinity]) expect(isValidScore(bad)).toBe(false);
  });
  it("parses a typed decimal comma and refuses an off-scale score with scoreStep", () => {
    expect(scoreReportSchema.parse({ reportId: "r", score: "3,5" }).score).toBe(3.5);
    const refused = scoreReportSchema.safeParse({ reportId: "r", score: "3,7" });
    expect(refused.success ? null : refused.error.issues[0].message).toBe("scoreStep");
  });
});
