import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";
import { MICROSYSTEM_KINDS } from "./rules";

const id = z.string().trim().min(1).max(64);

export const createMicrosystemSchema = z.object({
  organisationId: id,
  name: freeText(200).pipe(z.string().min(1)),
  kind: z.enum(MICROSYSTEM_KINDS),
});
export type CreateMicrosystemInput = z.infer<typeof createMicrosystemSchema>;

export const updateMicrosystemSchema = createMicrosystemSchema.extend({ microsystemId: id });
export type UpdateMicrosystemInput = z.infer<typeof updateMicrosystemSchema>;

/** One new version of the 5P profile; each P is free text without patient identifiers. */
export const saveProfileSchema = z.object({
  microsystemId: id,
  purpose: freeText(5000).default(""),
  patients: freeText(5000).default(""),
  professionals: freeText(5000).default(""),
  processes: freeText(5000).default(""),
  patterns: freeText(5000).default(""),
});
export type SaveProfileInput = z.infer<typeof saveProfileSchema>;
