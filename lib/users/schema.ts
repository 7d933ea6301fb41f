import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const changeLocaleSchema = z.object({ locale: z.enum(LOCALES) });
export type ChangeLocaleInput = z.infer<typeof changeLocaleSchema>;
