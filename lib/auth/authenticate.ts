import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { isLockedOut, windowStart } from "./sign-in-limit";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; role: string; locale: string };
export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; code: "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "ACCOUNT_DEACTIVATED" };

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password answer alike, and both count
 * as a failure for that e-mail, so the answers do not reveal which accounts exist.
 */
export async function authenticateWithPassword(
  db: Db,
  input: unknown,
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_CREDENTIALS" };
  const { email, password } = parsed.data;

  const failures = await db.loginAttempt.count({
    where: { email, succeeded: false, createdAt: { gte: windowStart(now) } },
  });
  if (isLockedOut(failures)) return { ok: false, code: "ACCOUNT_LOCKED" };

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  await db.loginAttempt.create({
    data: { email, userId: user?.id ?? null, succeeded: passwordMatches, createdAt: now },
  });
  if (!user || !passwordMatches) return { ok: false, code: "INVALID_CREDENTIALS" };
  if (user.deactivatedAt) return { ok: false, code: "ACCOUNT_DEACTIVATED" };
  return { ok: true, user: { id: user.id, role: user.role, locale: user.locale } };
}
