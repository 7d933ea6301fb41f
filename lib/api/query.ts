import { z } from "zod";
import { dayProblem, EARLIEST_YEAR, LATEST_YEAR } from "@/lib/dates/calendar-day";

/** An id in a query string or path. */
export const idParam = z.string().trim().min(1).max(64);


/** A calendar day YYYY-MM-DD, as the UTC midnight the database stores days at. */
export const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .superRefine((day, ctx) => {
    const problem = dayProblem(day);
    if (problem === "impossibleDate") ctx.addIssue({ code: "custom", message: "not a calendar date" });
    if (problem === "yearOutOfRange") ctx.addIssue({ code: "custom", message: `the year must be ${EARLIEST_YEAR}-${LATEST_YEAR}` });
  })
  .transform((day) => new Date(`${day}T00:00:00.000Z`));

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Parses a query string with a strict zod object: unknown and repeated parameters are refused, so a
 * typo in a filter never silently answers everything.
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): ParsedQuery<z.output<S>> {
  const keys = [...params.keys()];
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
  if (repeated) return { ok: false, message: `parameter "${repeated}" is given more than once` };
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (parsed.success) return { ok: true, data: parsed.data };
  const message = parsed.error.issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys") return `unknown parameter ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
      return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
    })
    .join("; ");
  return { ok: false, message };
}
