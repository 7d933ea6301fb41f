"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction, executeAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { changeLocaleSchema } from "./schema";
import { saveUserLocale } from "./mutations";
import {
  createUserConfig,
  deactivateUserConfig,
  reactivateUserConfig,
  reinviteUserConfig,
  setManagerScopesConfig,
  setSecretariatScopesConfig,
  setUserRoleConfig,
} from "./action-configs";
import { acceptInvite, appBaseUrl } from "./invite";

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

/** The request's own origin, used for invitation links when NEXTAUTH_URL is not set. */
async function requestBaseUrl(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host");
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return appBaseUrl(host ? `${protocol}://${host}` : null);
}

function refreshingUsers<T extends { userId: string }>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const result = await action(input);
    if (result.ok) {
      revalidatePath("/admin/users");
      revalidatePath(`/admin/users/${result.data.userId}`);
    }
    return result;
  };
}

const createUser = refreshingUsers(defineAction(createUserConfig(requestBaseUrl)));
const reinviteUser = refreshingUsers(defineAction(reinviteUserConfig(requestBaseUrl)));
const setUserRole = refreshingUsers(defineAction(setUserRoleConfig));
const setSecretariatScopes = refreshingUsers(defineAction(setSecretariatScopesConfig));
const setManagerScopes = refreshingUsers(defineAction(setManagerScopesConfig));
const deactivateUser = refreshingUsers(defineAction(deactivateUserConfig));
const reactivateUser = refreshingUsers(defineAction(reactivateUserConfig));

/** Administrator: a new account and its one-time invitation link (shown once, also in the outbox). */
export async function createUserAction(input: unknown) {
  return createUser(input);
}
/** Administrator: a fresh invitation link for an account (earlier links stop working). */
export async function reinviteUserAction(input: unknown) {
  return reinviteUser(input);
}
export async function setUserRoleAction(input: unknown) {
  return setUserRole(input);
}
export async function setSecretariatScopesAction(input: unknown) {
  return setSecretariatScopes(input);
}
export async function setManagerScopesAction(input: unknown) {
  return setManagerScopes(input);
}
export async function deactivateUserAction(input: unknown) {
  return deactivateUser(input);
}
export async function reactivateUserAction(input: unknown) {
  return reactivateUser(input);
}

/** Signed out: sets the password from an invitation link; the token is the credential. */
export async function acceptInviteAction(input: unknown) {
  return acceptInvite(prisma, input);
}
