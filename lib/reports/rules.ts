// Monthly action-period reports and IHI scores (PRODUCT.md §2 and §4). Pure: no database, no Next.
//
// Deadlines (our choice, documented here and on screen): the report for a calendar month is DUE
// from the 1st of the following month and OVERDUE when the 10th of that month has passed (from the
// 11th at 00:00 UTC). The current month cannot be reported until it has ended. A team reports every
// month from the month it started (its start date, else the collaborative's) up to last month.
// A submitted report is final: a second report for the same month is refused (alreadySubmitted), so
// the secretariat always scores exactly what the contact person sent.

/** Day of the following month after which a missing report is overdue. */
export const OVERDUE_AFTER_DAY = 10;

export type MonthStatus = "submitted" | "due" | "overdue" | "open";

/** First of the month at UTC midnight. */
export function startOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function addMonths(month: Date, count: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + count, 1));
}

/** "YYYY-MM" of a month: its form in URLs and on the wire. */
export function monthKey(month: Date): string {
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, "0")}`;
}

export const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month of "YYYY-MM", or null when the text is not a month. */
export function parseMonthKey(key: string): Date | null {
  const match = MONTH_KEY.exec(key);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** The month whose report is asked for at `now`: the previous calendar month. */
export function reportMonthFor(now: Date): Date {
  return addMonths(startOfMonth(now), -1);
}

/** The moment from which a month's missing report counts as overdue (the 11th of the next month). */
export function overdueFrom(month: Date): Date {
  const next = addMonths(startOfMonth(month), 1);
  return new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), OVERDUE_AFTER_DAY + 1));
}

/** The day from which a month's report can be submitted: the 1st of the following month (DUE above). */
export function reportOpensOn(month: Date): Date {
  return addMonths(startOfMonth(month), 1);
}

/**
 * Is `month` the month still running at `now`, for a team that started by then? Its report page
 * says when the report opens (issue 17) instead of answering 404; later months stay unknown.
 */
export function isRunningReportMonth(month: Date, teamStart: Date, now: Date): boolean {
  const current = startOfMonth(now);
  return month.getTime() === current.getTime() && startOfMonth(teamStart).getTime() <= current.getTime();
}

/** Where a month's report stands at `now`. */
export function monthStatus(month: Date, now: Date, submitted: boolean): MonthStatus {
  if (submitted) return "submitted";
  if (now.getTime() >= overdueFrom(month).getTime()) return "overdue";
  if (now.getTime() >= addMonths(startOfMonth(month), 1).getTime()) return "due";
  return "open";
}

/** Every month a team reports for at `now`, oldest first: from its start month to last month. */
export function reportableMonths(teamStart: Date, now: Date): Date[] {
  const months: Date[] = [];
  const last = reportMonthFor(now);
  for (let month = startOfMonth(teamStart); month.getTime() <= last.getTime() && months.length < 600; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/** The months since the team's start whose report is missing and overdue at `now`, oldest first. */
export function overdueMonths(teamStart: Date, now: Date, submittedKeys: ReadonlySet<string>): Date[] {
  return reportableMonths(teamStart, now).filter((month) => monthStatus(month, now, submittedKeys.has(monthKey(month))) === "overdue");
}

export type SubmitCheck = { ok: true } | { ok: false; rule: "monthNotEnded" | "beforeTeamStart" | "alreadySubmitted" };

/** May a report be submitted for `month` at `now`? */
export function checkSubmit(month: Date, teamStart: Date, now: Date, alreadySubmitted: boolean): SubmitCheck {
  if (alreadySubmitted) return { ok: false, rule: "alreadySubmitted" };
  if (month.getTime() >= startOfMonth(now).getTime()) return { ok: false, rule: "monthNotEnded" };
  if (month.getTime() < startOfMonth(teamStart).getTime()) return { ok: false, rule: "beforeTeamStart" };
  return { ok: true };
}

/** The IHI assessment scale: 1.0 to 5.0 in steps of 0.5. */
export const SCORE_STEPS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;

export function isValidScore(score: number): boolean {
  return Number.isFinite(score) && score >= 1 && score <= 5 && Number.isInteger(score * 2);
}

/** The catalogue key of a scale step: 3.5 → "s35" (JSON keys with dots confuse next-intl). */
export function scoreKey(score: number): string {
  return `s${Math.round(score * 10)}`;
}
