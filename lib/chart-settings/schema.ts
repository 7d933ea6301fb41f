import { z } from "zod";
import { MAX_BASELINE, MIN_POINTS, phaseSplitsProblem } from "./rules";

const id = z.string().trim().min(1).max(64);

/** "" / null / undefined → null; "12" or 12 → 12; anything else is kept for the number check to refuse. */
const baselineCount = z.preprocess(
  (value) => {
    if (value === null || value === undefined) return null;
    if (typeof value === "string") {
      const text = value.trim();
      if (text === "") return null;
      return /^\d+$/.test(text) ? Number(text) : text;
    }
    return value;
  },
  z.number().int().min(MIN_POINTS).max(MAX_BASELINE).nullable(),
);

/** A list of point counts, or the form's comma-separated text ("12, 30"); empty means no phases. */
const phaseSplits = z
  .preprocess(
    (value) => {
      if (value === null || value === undefined) return [];
      if (typeof value === "string") {
        const text = value.trim();
        if (text === "") return [];
        return text.split(/[,;]/).map((part) => (/^\s*\d+\s*$/.test(part) ? Number(part.trim()) : Number.NaN));
      }
      return value;
    },
    z.array(z.number({ message: "invalid" }).refine(Number.isFinite, "invalid")),
  )
  .superRefine((splits, context) => {
    const problem = phaseSplitsProblem(splits);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** A team's frozen baseline and phase splits for one measure's chart. */
export const saveChartSettingsSchema = z.object({
  teamId: id,
  measureId: id,
  baselineCount,
  phaseSplits,
});
export type SaveChartSettingsInput = z.infer<typeof saveChartSettingsSchema>;
