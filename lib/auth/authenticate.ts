import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { isLockedOut, signInDelayMs, windowStart } from "./sign-in-limit";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; role: string; locale: string; sessionVersion: number };
export type AuthenticationFailure = "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "ACCOUNT_DEACTIVATED";
export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; code: AuthenticationFailure };

export type AuthenticationContext = {
  now?: Date;
  /** The client's address (lib/auth/client-address.ts); null when unknown. */
  address?: string | null;
  /** Waits the account's delay; tests pass a recorder instead of a timer. */
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password answer alike, and both count
 * as a failure for that e-mail and address, so the answers do not reveal which accounts exist.
 * The limits are in sign-in-limit.ts: a lock per account and address, a growing delay per account.
 */
export async function authenticateWithPassword(db: Db, input: unknown, context: AuthenticationContext = {}): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_CREDENTIALS" };
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();
  const address = context.address ?? null;

  const recent = { email, succeeded: false, createdAt: { gte: windowStart(now) } };
  const [fromAddress, fromAnywhere] = await Promise.all([
    db.loginAttempt.count({ where: { ...recent, address } }),
    db.loginAttempt.count({ where: recent }),
  ]);
  if (isLockedOut(fromAddress)) return { ok: false, code: "ACCOUNT_LOCKED" };
  const delay = signInDelayMs(fromAnywhere);
  if (delay > 0) await (context.sleep ?? wait)(delay);

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  await db.loginAttempt.create({ data: { email, address, userId: user?.id ?? null, succeeded: passwordMatches, createdAt: now } });
  if (!user || !passwordMatches) return { ok: false, code: "INVALID_CREDENTIALS" };
  if (user.deactivatedAt) return { ok: false, code: "ACCOUNT_DEACTIVATED" };
  return { ok: true, user: { id: user.id, role: user.role, locale: user.locale, sessionVersion: user.sessionVersion } };
}
