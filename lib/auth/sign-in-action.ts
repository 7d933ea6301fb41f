"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { authenticateWithPassword, type AuthenticationFailure } from "./authenticate";
import { safeCallbackPath } from "./callback-url";
import { clientAddress } from "./client-address";
import { getCurrentUser } from "./session";
import { issueSessionCookie, sessionCookieName } from "./session-token";

// Sign-in and sign-out as server actions on <form action>: they work before JavaScript has loaded
// (the form posts; the password never goes into a URL), and the session cookie is the same JWE
// next-auth issues, so OIDC sign-ins and these read alike (lib/auth/session-token.ts).

/** A refusal as the form kit reads it: the reason is the rule, translated from auth.rules.*. */
const refusal = (rule: AuthenticationFailure | "SERVICE_UNAVAILABLE"): ActionResult<never> => ({ ok: false, code: "RULE_VIOLATION", rule });

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function signInAction(_previous: unknown, form: FormData): Promise<ActionResult<never>> {
  const email = String(form.get("email") ?? "").slice(0, 320);
  const result = await authenticateWithPassword(
    prisma,
    { email, password: form.get("password") },
    { address: clientAddress(await headers()) },
  );
  if (!result.ok) return refusal(result.code);
  const session = await issueSessionCookie(result.user);
  if (!session) return refusal("SERVICE_UNAVAILABLE");
  const jar = await cookies();
  jar.set(session.name, session.value, session.options);
  jar.set(LOCALE_COOKIE, result.user.locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  redirect(safeCallbackPath(form.get("callbackUrl")));
}

/** Ends the session everywhere: the user's session version rises, so every cookie issued before is dead. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await prisma.$transaction(async (tx) => {
      const { sessionVersion } = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
      await recordAudit(tx, { actorId: user.id, action: "user.signOut", entityType: "User", entityId: user.id, after: { sessionVersion } });
    });
  }
  (await cookies()).delete(sessionCookieName());
  redirect("/login");
}
