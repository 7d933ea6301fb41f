// Calendar days typed by people and files (issue 16, item 7): "2026-02-30" is not rolled over to
// 2 March, and a year outside 2000–2100 (0001-01-01, 9999-12-31: a slip of the keyboard, never a
// ward's real date) is refused. One definition for forms, imports and the API.
import { z } from "zod";

export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

export type DayProblem = "invalidFormat" | "impossibleDate" | "yearOutOfRange";

/** What is wrong with a "YYYY-MM-DD" text, or null when it is a real day in the years we accept. */
export function dayProblem(text: string): DayProblem | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return "invalidFormat";
  const [year, month, day] = match.slice(1).map(Number);
  if (!isYearInRange(year)) return "yearOutOfRange";
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? null : "impossibleDate";
}

export function isYearInRange(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** The UTC midnight of a real "YYYY-MM-DD" in range, else null. */
export function parseCalendarDay(text: string): Date | null {
  return dayProblem(text) === null ? new Date(`${text}T00:00:00.000Z`) : null;
}

/**
 * A "YYYY-MM-DD" string that is a real day in range; the message is the problem's key (errors.field.*).
 * An empty text says a date is missing, not that its format is wrong (issue 17).
 */
export const calendarDayText = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (text === "") {
      ctx.addIssue({ code: "custom", message: "dateRequired" });
      return;
    }
    const problem = dayProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
