import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { appBaseUrl } from "./invite";
import {
  createUser,
  deactivateUser,
  reactivateUser,
  reinviteUser,
  setManagerScopes,
  setSecretariatScopes,
  setUserRole,
} from "./mutations";
import { createUserSchema, setManagerScopesSchema, setRoleSchema, setSecretariatScopesSchema, userIdSchema } from "./schema";
import { ADMIN_USER_PAGES } from "@/lib/actions/revalidate";

// User administration is the administrator's alone (lib/authz/policy.ts "user.manage").
// Exported apart from the "use server" file so integration tests run the real definitions.
const authorize = ({ user }: { user: Actor }) => authorizeRole(user, "user.manage");

type InviteResult = { userId: string; inviteUrl: string; expiresAt: string };

/** `baseUrl` gives the public address for the invitation link (NEXTAUTH_URL or the request's origin). */
export function createUserConfig(baseUrl: () => Promise<string> | string = () => appBaseUrl()) {
  return {
    schema: createUserSchema,
    authorize,
    run: async ({ tx, user, input }) => createUser(tx, user.id, input, await baseUrl()),
    revalidate: ADMIN_USER_PAGES,
  } satisfies ActionConfig<typeof createUserSchema, InviteResult>;
}

export function reinviteUserConfig(baseUrl: () => Promise<string> | string = () => appBaseUrl()) {
  return {
    schema: userIdSchema,
    authorize,
    run: async ({ tx, user, input }) => reinviteUser(tx, user.id, input, await baseUrl()),
    revalidate: ADMIN_USER_PAGES,
  } satisfies ActionConfig<typeof userIdSchema, InviteResult>;
}

export const setUserRoleConfig = {
  schema: setRoleSchema,
  authorize,
  run: ({ tx, user, input }) => setUserRole(tx, user.id, input),
  revalidate: ADMIN_USER_PAGES,
} satisfies ActionConfig<typeof setRoleSchema, { userId: string }>;

export const setSecretariatScopesConfig = {
  schema: setSecretariatScopesSchema,
  authorize,
  run: ({ tx, user, input }) => setSecretariatScopes(tx, user.id, input),
  revalidate: ADMIN_USER_PAGES,
} satisfies ActionConfig<typeof setSecretariatScopesSchema, { userId: string }>;

export const setManagerScopesConfig = {
  schema: setManagerScopesSchema,
  authorize,
  run: ({ tx, user, input }) => setManagerScopes(tx, user.id, input),
  revalidate: ADMIN_USER_PAGES,
} satisfies ActionConfig<typeof setManagerScopesSchema, { userId: string }>;

export const deactivateUserConfig = {
  schema: userIdSchema,
  authorize,
  run: ({ tx, user, input }) => deactivateUser(tx, user.id, input),
  revalidate: ADMIN_USER_PAGES,
} satisfies ActionConfig<typeof userIdSchema, { userId: string }>;

export const reactivateUserConfig = {
  schema: userIdSchema,
  authorize,
  run: ({ tx, user, input }) => reactivateUser(tx, user.id, input),
  revalidate: ADMIN_USER_PAGES,
} satisfies ActionConfig<typeof userIdSchema, { userId: string }>;
