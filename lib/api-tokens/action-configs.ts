import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { createApiToken, revokeApiToken } from "./mutations";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";
import { API_TOKEN_PAGES } from "@/lib/actions/revalidate";

// Personal API tokens for the read API: "apiToken.manage" (managers and administrators), each their own.
const authorize = ({ user }: { user: Actor }) => authorizeRole(user, "apiToken.manage");

export const createApiTokenConfig = {
  schema: createApiTokenSchema,
  authorize,
  run: ({ tx, user, input }) => createApiToken(tx, user.id, input),
  revalidate: API_TOKEN_PAGES,
} satisfies ActionConfig<typeof createApiTokenSchema, { id: string; name: string; token: string }>;

export const revokeApiTokenConfig = {
  schema: revokeApiTokenSchema,
  authorize,
  run: ({ tx, user, input }) => revokeApiToken(tx, user.id, input),
  revalidate: API_TOKEN_PAGES,
} satisfies ActionConfig<typeof revokeApiTokenSchema, { id: string }>;
