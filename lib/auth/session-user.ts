import type { Db } from "@/lib/db/client";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { isRole, type Role } from "@/lib/authz/roles";

export type CurrentUser = { id: string; role: Role; name: string; email: string; locale: Locale };

type UserRow = { id: string; role: string; name: string; email: string; locale: string; deactivatedAt: Date | null; sessionVersion: number | bigint };

/**
 * The user a session names, read fresh, or null: unknown, deactivated, signed out since the session
 * began (its version is older than the user's), or with a role the app does not know. Plain SQL, as
 * every request asks and a Prisma read costs several times its CPU.
 */
export async function readSessionUser(db: Db, id: string, sessionVersion = 0): Promise<CurrentUser | null> {
  const [user] = await db.$queryRaw<UserRow[]>`
    SELECT "id", "role", "name", "email", "locale", "deactivatedAt", "sessionVersion" FROM "User" WHERE "id" = ${id}`;
  if (!user || user.deactivatedAt || !isRole(user.role)) return null;
  if (Number(user.sessionVersion) !== sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE };
}
