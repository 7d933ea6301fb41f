import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";
import { IDEA_STATUSES } from "./rules";

const id = z.string().trim().min(1).max(64);

/** One line on the board: no line breaks, at most 200 characters. */
export const postIdeaSchema = z.object({
  teamId: id,
  text: freeText(200)
    .pipe(z.string().min(1))
    .refine((text) => !/[\r\n]/.test(text), { message: "oneLine" }),
});

export const moveIdeaSchema = z.object({
  ideaId: id,
  status: z.enum(IDEA_STATUSES),
  cycleId: z.preprocess((value) => (value === "" ? null : value), id.nullable().default(null)),
});
