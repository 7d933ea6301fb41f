import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";

/** A name the owner recognises the token by, e.g. "Power BI, quality team". */
export const createApiTokenSchema = z.object({ name: freeText(100).pipe(z.string().min(1)) });
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.string().trim().min(1).max(64) });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
