import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Locale } from "@/lib/i18n/locales";

/** Remembers the user's language (issue #2: "the choice is remembered per user"). */
export async function saveUserLocale(tx: DbTransaction, userId: string, locale: Locale): Promise<void> {
  const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
  if (before.locale === locale) return;
  await tx.user.update({ where: { id: userId }, data: { locale } });
  await recordAudit(tx, { actorId: userId, action: "user.changeLocale", entityType: "User", entityId: userId, before, after: { locale } });
}
