import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { isRole, type Role } from "@/lib/authz/roles";
import { readSessionClaims } from "./session-token";

export type CurrentUser = { id: string; role: Role; name: string; email: string; locale: Locale };

/** The signed-in user read fresh from the database, or null (also for deactivated accounts). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = (await readSessionClaims(await cookies()))?.sub;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, email: true, locale: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt || !isRole(user.role)) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
