import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import type { PublicActionConfig } from "@/lib/actions/define-action";
import { fail } from "@/lib/actions/result";
import { ADMIN_USER_PAGES } from "@/lib/actions/revalidate";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Db, DbTransaction } from "@/lib/db/client";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { INVITE_VALIDITY_DAYS, INVITE_VALIDITY_MS, inviteState, type InviteState } from "./rules";
import { acceptInviteSchema } from "./schema";

/** Only the SHA-256 of a token is stored, so a database copy cannot be used to sign in. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The public address of the app for links in e-mails: NEXTAUTH_URL, else the request's origin. */
export function appBaseUrl(requestOrigin?: string | null): string {
  return (process.env.NEXTAUTH_URL || requestOrigin || "http://localhost:3000").replace(/\/$/, "");
}

/**
 * Makes a one-time link for `user` (valid 7 days), puts the invitation e-mail in the user's language
 * in the outbox, and records the audit event. Earlier unused links of the user stop working.
 * Answers the link: it is shown once to the administrator and never stored in clear.
 */
export async function issueInvite(
  tx: DbTransaction,
  actorId: string,
  user: { id: string; name: string; email: string; locale: string },
  baseUrl: string,
  now: Date = new Date(),
): Promise<{ inviteUrl: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_VALIDITY_MS);
  await tx.userInvite.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const invite = await tx.userInvite.create({ data: { userId: user.id, tokenHash: hashInviteToken(token), expiresAt, createdAt: now } });
  const inviteUrl = `${baseUrl}/invite/${token}`;
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "emails.invite" });
  const values = { name: user.name, link: inviteUrl, days: INVITE_VALIDITY_DAYS };
  await tx.outboxMessage.create({
    data: { userId: user.id, toEmail: user.email, locale, kind: "INVITE", subject: t("subject"), body: t("body", values), createdAt: now },
  });
  await recordAudit(tx, {
    actorId,
    action: "user.invite",
    entityType: "User",
    entityId: user.id,
    after: { inviteId: invite.id, expiresAt: expiresAt.toISOString() },
  });
  return { inviteUrl, expiresAt };
}

/** What the invitation page shows for a token, before anything is written. */
export async function getInviteState(db: Db, token: string, now: Date = new Date()): Promise<{ state: InviteState; email?: string }> {
  const invite = await db.userInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { email: true, deactivatedAt: true } } },
  });
  const state = inviteState(invite, now);
  return state === "VALID" ? { state, email: invite!.user.email } : { state };
}

/**
 * Sets the password from an invitation link, once. Signed out by nature, so it is a public action:
 * the token is the credential, checked inside the write (valid, unused, unexpired, active account).
 * The password is hashed before the transaction opens (argon2 is slow on purpose and must not hold
 * the write lock); the transaction claims the invite, sets the hash, raises the session version (a
 * new password ends every earlier session) and records the audit event. `now` is for tests.
 */
export function acceptInviteConfig(now: () => Date = () => new Date()) {
  return {
    schema: acceptInviteSchema,
    authorize: () => ({ ok: true, relations: [] }),
    prepare: ({ input }) => hashPassword(input.password),
    run: async ({ tx, input, prepared: passwordHash }) => {
      const at = now();
      const invite = await tx.userInvite.findUnique({
        where: { tokenHash: hashInviteToken(input.token) },
        include: { user: { select: { id: true, email: true, deactivatedAt: true } } },
      });
      const state = inviteState(invite, at);
      if (state !== "VALID") fail({ code: "RULE_VIOLATION", rule: `invite.${state.toLowerCase()}` });
      // Claim the invite only if still unused: two submissions at once cannot both succeed.
      const claimed = await tx.userInvite.updateMany({ where: { id: invite!.id, usedAt: null }, data: { usedAt: at } });
      if (claimed.count !== 1) fail({ code: "RULE_VIOLATION", rule: "invite.used" });
      await tx.user.update({ where: { id: invite!.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, {
        actorId: invite!.userId,
        action: "user.acceptInvite",
        entityType: "User",
        entityId: invite!.userId,
        after: { inviteId: invite!.id, passwordSet: true },
      });
      return { email: invite!.user.email };
    },
    // The administrator's user pages show whether a password has been chosen.
    revalidate: ADMIN_USER_PAGES,
    dashboards: false,
  } satisfies PublicActionConfig<typeof acceptInviteSchema, { email: string }, string>;
}
