import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeRole } from "@/lib/authz/authorize";
import { authorizeMicrosystem, authorizeMicrosystemPlacement, authorizeMicrosystemUpdate } from "@/lib/authz/microsystem";
import { createMicrosystem, saveProfile, updateMicrosystem } from "./mutations";
import { createMicrosystemSchema, saveProfileSchema, updateMicrosystemSchema } from "./schema";
import { COLLABORATIVE_PAGES, MICROSYSTEM_PAGES } from "@/lib/actions/revalidate";

// Microsystems are created and renamed by the secretariat and administrators; the 5P profile is
// also kept by the contact persons and members of the microsystem's own teams. A secretariat user
// reaches only its own collaboratives' microsystems and organisations (lib/authz/scope.ts).

export const createMicrosystemConfig = {
  schema: createMicrosystemSchema,
  authorize: async ({ db, user, input }) => {
    const role = authorizeRole(user, "microsystem.create");
    return role.ok ? authorizeMicrosystemPlacement(db, user, input.organisationId) : role;
  },
  run: ({ tx, user, input }) => createMicrosystem(tx, user.id, input),
  revalidate: [...MICROSYSTEM_PAGES, ...COLLABORATIVE_PAGES],
  // The new microsystem's page, where its 5P profile is kept, with or without JavaScript.
  redirectTo: ({ data }) => `/microsystems/${data.id}?created=1`,
} satisfies ActionConfig<typeof createMicrosystemSchema, { id: string }>;

export const updateMicrosystemConfig = {
  schema: updateMicrosystemSchema,
  authorize: ({ db, user, input }) => authorizeMicrosystemUpdate(db, user, input),
  run: ({ tx, user, input }) => updateMicrosystem(tx, user.id, input),
  revalidate: [...MICROSYSTEM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof updateMicrosystemSchema, { id: string }>;

export const saveProfileConfig = {
  schema: saveProfileSchema,
  authorize: ({ db, user, input }) => authorizeMicrosystem(db, user, input.microsystemId, "microsystem.editProfile"),
  run: ({ tx, user, input }) => saveProfile(tx, user.id, input),
  revalidate: [...MICROSYSTEM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof saveProfileSchema, { id: string }>;
