import { describe, expect, it } from "vitest";
import { dateParam } from "@/lib/api/query";
import { dateSchema } from "@/lib/collaboratives/schema";
import { dayProblem, parseCalendarDay } from "@/lib/dates/calendar-day";
import { parsePeriod } from "@/lib/measurements/rules";
import { measurementCellSchema } from "@/lib/measurements/schema";
import { savePlanSchema } from "@/lib/pdsa/schema";
import { createSeminarSchema } from "@/lib/seminars/schema";

// Issue 16, item 7: 2026-02-30 used to be saved as 2026-03-02, and 0001-01-01 or 9999-12-31 were accepted.

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("a calendar day", () => {
  it("is refused when it does not exist, instead of rolling over", () => {
    expect(dayProblem("2026-02-30")).toBe("impossibleDate");
    expect(dayProblem("2026-02-29")).toBe("impossibleDate");
    expect(dayProblem("2026-13-01")).toBe("impossibleDate");
    expect(dayProblem("2026-04-31")).toBe("impossibleDate");
    expect(parseCalendarDay("2026-02-30")).toBeNull();
  });

  it("is refused outside the years 2000 to 2100", () => {
    expect(dayProblem("0001-01-01")).toBe("yearOutOfRange");
    expect(dayProblem("9999-12-31")).toBe("yearOutOfRange");
    expect(dayProblem("1999-12-31")).toBe("yearOutOfRange");
    expect(dayProblem("2101-01-01")).toBe("yearOutOfRange");
  });

  it("keeps real days, leap days and the edges of the range", () => {
    expect(parseCalendarDay("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(dayProblem("2000-01-01")).toBeNull();
    expect(dayProblem("2100-12-31")).toBeNull();
    expect(dayProblem("26-02-01")).toBe("invalidFormat");
  });
});

describe("every place a day comes in", () => {
  it("a collaborative's start date", () => {
    expect(messagesOf(dateSchema.safeParse("2026-02-30"))).toEqual(["impossibleDate"]);
    expect(messagesOf(dateSchema.safeParse("9999-12-31"))).toEqual(["yearOutOfRange"]);
    expect(dateSchema.parse("2026-03-02").toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("a cycle's planned start", () => {
    const plan = { cycleId: "c1", version: 1, title: "Tavlemøde", scale: "", objective: "", who: "", what: "", where: "", whenText: "", dataCollectionPlan: "", questions: [] };
    expect(messagesOf(savePlanSchema.safeParse({ ...plan, plannedStart: "2026-02-30" }))).toEqual(["impossibleDate"]);
    expect(messagesOf(savePlanSchema.safeParse({ ...plan, plannedStart: "0001-01-01" }))).toEqual(["yearOutOfRange"]);
    expect(savePlanSchema.parse({ ...plan, plannedStart: "2026-03-02" }).plannedStart).toBe("2026-03-02");
  });

  it("a measurement cell's period", () => {
    const cell = { measureId: "m1", numerator: "3", denominator: "10" };
    expect(messagesOf(measurementCellSchema.safeParse({ ...cell, period: "2026-02-30" }))).toEqual(["impossibleDate"]);
    expect(messagesOf(measurementCellSchema.safeParse({ ...cell, period: "9999-12-27" }))).toEqual(["yearOutOfRange"]);
  });

  it("an imported period in any of its forms", () => {
    expect(parsePeriod("2026-02-30")).toBeNull();
    expect(parsePeriod("9999-W01")).toBeNull();
    expect(parsePeriod("0001-01")).toBeNull();
    expect(parsePeriod("1999-12-27")).toBeNull();
    expect(parsePeriod("2026-W10")?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("an API date filter", () => {
    expect(dateParam.safeParse("2026-02-30").success).toBe(false);
    expect(dateParam.safeParse("9999-12-31").success).toBe(false);
    expect(dateParam.parse("2026-03-02").toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("a seminar's start, end and deadline", () => {
    const seminar = { collaborativeId: "k1", number: 1, title: "Læringsseminar 1", timeZone: "Europe/Copenhagen", startsAt: "2027-03-04T09:00", endsAt: "2027-03-04T15:00" };
    const pathsOf = (result: ReturnType<typeof createSeminarSchema.safeParse>) => result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];
    expect(pathsOf(createSeminarSchema.safeParse({ ...seminar, startsAt: "2027-02-30T09:00" }))).toEqual(["startsAt:impossibleDate"]);
    expect(pathsOf(createSeminarSchema.safeParse({ ...seminar, endsAt: "9999-12-31T15:00" }))).toEqual(["endsAt:yearOutOfRange"]);
    expect(createSeminarSchema.safeParse(seminar).success).toBe(true);
  });
});
