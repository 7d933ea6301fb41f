import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";

const id = z.string().trim().min(1).max(64);

/** A dated note on a team's chart; without measureId it shows on all the team's charts. */
export const createAnnotationSchema = z.object({
  teamId: id,
  measureId: z
    .union([id, z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidFormat").refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), "invalidFormat"),
  text: freeText(300).pipe(z.string().min(1)),
});
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;

export const deleteAnnotationSchema = z.object({ annotationId: id });
export type DeleteAnnotationInput = z.infer<typeof deleteAnnotationSchema>;
