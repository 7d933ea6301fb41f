import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";
import { MICROSYSTEM_KINDS } from "./rules";

const id = z.string().trim().min(1).max(64);

/** The longest microsystem name and 5P field (the forms count against the same). */
export const MICROSYSTEM_NAME_MAX = 200;
export const PROFILE_TEXT_MAX = 5000;

export const createMicrosystemSchema = z.object({
  organisationId: id,
  name: freeText(MICROSYSTEM_NAME_MAX).pipe(z.string().min(1)),
  kind: z.enum(MICROSYSTEM_KINDS),
});
export type CreateMicrosystemInput = z.infer<typeof createMicrosystemSchema>;

export const updateMicrosystemSchema = createMicrosystemSchema.extend({ microsystemId: id });
export type UpdateMicrosystemInput = z.infer<typeof updateMicrosystemSchema>;

/** One new version of the 5P profile; each P is free text without patient identifiers. */
export const saveProfileSchema = z.object({
  microsystemId: id,
  purpose: freeText(PROFILE_TEXT_MAX).default(""),
  patients: freeText(PROFILE_TEXT_MAX).default(""),
  professionals: freeText(PROFILE_TEXT_MAX).default(""),
  processes: freeText(PROFILE_TEXT_MAX).default(""),
  patterns: freeText(PROFILE_TEXT_MAX).default(""),
});
export type SaveProfileInput = z.infer<typeof saveProfileSchema>;
