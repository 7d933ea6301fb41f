"use server";

import { cookies, headers } from "next/headers";
import { defineAction, definePublicAction } from "@/lib/actions/define-action";
import { ALL_PAGES } from "@/lib/actions/revalidate";
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
import { acceptInviteConfig, appBaseUrl } from "./invite";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The language switcher, signed in or out. Signed in it also saves the choice on the user
 * (validated, audited) so the next sign-in on any device uses it; the cookie is what pages read.
 */
export const changeLocaleAction = definePublicAction({
  schema: changeLocaleSchema,
  authorize: () => ({ ok: true, relations: [] }),
  run: async ({ tx, user, input: { locale } }) => {
    if (user) await saveUserLocale(tx, user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
    return { locale };
  },
  revalidate: ALL_PAGES,
  dashboards: false,
});

/** The request's own origin, used for invitation links when NEXTAUTH_URL is not set. */
async function requestBaseUrl(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host");
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return appBaseUrl(host ? `${protocol}://${host}` : null);
}

/** Administrator: a new account and its one-time invitation link (shown once, also in the outbox). */
export const createUserAction = defineAction(createUserConfig(requestBaseUrl));
/** Administrator: a fresh invitation link for an account (earlier links stop working). */
export const reinviteUserAction = defineAction(reinviteUserConfig(requestBaseUrl));
export const setUserRoleAction = defineAction(setUserRoleConfig);
export const setSecretariatScopesAction = defineAction(setSecretariatScopesConfig);
export const setManagerScopesAction = defineAction(setManagerScopesConfig);
export const deactivateUserAction = defineAction(deactivateUserConfig);
export const reactivateUserAction = defineAction(reactivateUserConfig);

/** Signed out: sets the password from an invitation link; the token is the credential. */
export const acceptInviteAction = definePublicAction(acceptInviteConfig());
