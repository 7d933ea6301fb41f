import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeRole } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { archiveOrganisation, createOrganisation, moveOrganisation, renameOrganisation } from "./mutations";
import { archiveOrganisationSchema, createOrganisationSchema, moveOrganisationSchema, renameOrganisationSchema } from "./schema";
import { ORGANISATION_PAGES } from "@/lib/actions/revalidate";

// The organisation tree is the administrator's alone (lib/authz/policy.ts "organisation.manage").
// Exported apart from the "use server" file so integration tests run the real definitions.
const authorize = ({ user }: { user: Actor }) => authorizeRole(user, "organisation.manage");

export const createOrganisationConfig = {
  schema: createOrganisationSchema,
  authorize,
  run: ({ tx, user, input }) => createOrganisation(tx, user.id, input),
  revalidate: ORGANISATION_PAGES,
} satisfies ActionConfig<typeof createOrganisationSchema, { organisationId: string; name: string }>;

export const renameOrganisationConfig = {
  schema: renameOrganisationSchema,
  authorize,
  run: ({ tx, user, input }) => renameOrganisation(tx, user.id, input),
  revalidate: ORGANISATION_PAGES,
} satisfies ActionConfig<typeof renameOrganisationSchema, { organisationId: string }>;

export const moveOrganisationConfig = {
  schema: moveOrganisationSchema,
  authorize,
  run: ({ tx, user, input }) => moveOrganisation(tx, user.id, input),
  revalidate: ORGANISATION_PAGES,
} satisfies ActionConfig<typeof moveOrganisationSchema, { organisationId: string }>;

export const archiveOrganisationConfig = {
  schema: archiveOrganisationSchema,
  authorize,
  run: ({ tx, user, input }) => archiveOrganisation(tx, user.id, input),
  revalidate: ORGANISATION_PAGES,
} satisfies ActionConfig<typeof archiveOrganisationSchema, { organisationId: string }>;
