import { z } from "zod";
import { parseDecimal } from "@/lib/i18n/format";
import { freeText } from "@/lib/privacy/schema";
import { isValidScore, MONTH_KEY } from "./rules";

const id = z.string().trim().min(1).max(64);

export const REPORT_TEXT_MAX = 4000;
export const ASSESSMENT_COMMENT_MAX = 2000;

/** The contact person's monthly report: the month as "YYYY-MM" and three free-text answers. */
export const submitReportSchema = z.object({
  teamId: id,
  month: z.string().trim().regex(MONTH_KEY, { message: "invalid" }),
  wentWell: freeText(REPORT_TEXT_MAX).pipe(z.string().min(1)),
  barriers: freeText(REPORT_TEXT_MAX).default(""),
  helpNeeded: freeText(REPORT_TEXT_MAX).default(""),
});

/** A score typed or picked as "3,5" / "3.5" / 3.5; must be a step of the IHI scale. */
const score = z.preprocess(
  (value) => (typeof value === "string" ? (parseDecimal(value) ?? value) : value),
  z.number({ message: "required" }).refine(isValidScore, { message: "scoreStep" }),
);

/** The secretariat's score of one submitted report (team and month come from the report row). */
export const scoreReportSchema = z.object({
  reportId: id,
  score,
  comment: freeText(ASSESSMENT_COMMENT_MAX).default(""),
});
