"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { executeAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { changeLocaleSchema } from "./schema";
import { saveUserLocale } from "./mutations";

const ONE_YEAR = 60 * 60 * 24 * 365;

async function setLocaleCookie(locale: string) {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
}

/**
 * The language switcher. Signed out it only sets the cookie; signed in it also saves the choice
 * on the user (validated, audited) so the next sign-in on any device uses it.
 */
export async function changeLocaleAction(input: unknown): Promise<ActionResult<{ locale: string }>> {
  const user = await getCurrentUser();
  const parsed = changeLocaleSchema.safeParse(input instanceof FormData ? { locale: input.get("locale") } : input);
  if (!parsed.success) return { ok: false, code: "VALIDATION" };
  if (user) {
    const result = await executeAction(
      {
        schema: changeLocaleSchema,
        authorize: () => ({ ok: true, relations: [] }),
        run: ({ tx, input: { locale } }) => saveUserLocale(tx, user.id, locale),
      },
      { db: prisma, user },
      parsed.data,
    );
    if (!result.ok) return result;
  }
  await setLocaleCookie(parsed.data.locale);
  revalidatePath("/", "layout");
  return { ok: true, data: { locale: parsed.data.locale } };
}

/** After sign-in: the user's saved language becomes the cookie the pages read. */
export async function applySavedLocaleAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await setLocaleCookie(user.locale);
}
