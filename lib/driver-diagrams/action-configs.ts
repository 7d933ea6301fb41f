import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { fail } from "@/lib/actions/result";
import { authorizeCollaborative, authorizeTeam, type AuthzResult } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { ownerOfItem, type Owner } from "./load";
import { addDiagramItem, applyDiagramOperation, copyChangePackage, renameDiagramItem } from "./mutations";
import {
  addDriverItemSchema,
  copyChangePackageSchema,
  moveDriverItemSchema,
  removeDriverItemSchema,
  renameDriverItemSchema,
} from "./schema";
import { COLLABORATIVE_PAGES, TEAM_PAGES } from "@/lib/actions/revalidate";

/** A team's diagram is edited under team.editDriverDiagram; the change package by its secretariat. */
export function authorizeDiagram(db: Db, actor: Actor, owner: Owner): Promise<AuthzResult<unknown>> {
  return owner.ownerType === "team"
    ? authorizeTeam(db, actor, owner.ownerId, "team.editDriverDiagram")
    : authorizeCollaborative(db, actor, owner.ownerId, "collaborative.manage");
}

/** The diagram an existing row belongs to decides who may touch it (never an id the client sent). */
async function authorizeItem(db: Db, actor: Actor, itemId: string): Promise<AuthzResult<unknown>> {
  const owner = await ownerOfItem(db, itemId);
  return owner ? authorizeDiagram(db, actor, owner) : { ok: false, code: "NOT_FOUND" };
}

type ItemResult = { itemId: string | null };

export const addDriverItemConfig = {
  schema: addDriverItemSchema,
  authorize: async ({ db, user, input }) => {
    if (input.parentId !== null) {
      const parentOwner = await ownerOfItem(db, input.parentId);
      if (!parentOwner || parentOwner.ownerType !== input.ownerType || parentOwner.ownerId !== input.ownerId) {
        return { ok: false, code: "NOT_FOUND" };
      }
    }
    return authorizeDiagram(db, user, input);
  },
  run: ({ tx, user, input }) => addDiagramItem(tx, user, input, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof addDriverItemSchema, ItemResult>;

export const renameDriverItemConfig = {
  schema: renameDriverItemSchema,
  authorize: ({ db, user, input }) => authorizeItem(db, user, input.itemId),
  run: ({ tx, user, input }) => renameDiagramItem(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof renameDriverItemSchema, ItemResult>;

export const moveDriverItemConfig = {
  schema: moveDriverItemSchema,
  authorize: ({ db, user, input }) => authorizeItem(db, user, input.itemId),
  run: async ({ tx, user, input }) => {
    const owner = await ownerOfItem(tx, input.itemId);
    if (!owner) fail({ code: "NOT_FOUND" });
    return applyDiagramOperation(tx, user, owner, { type: input.move, id: input.itemId });
  },
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof moveDriverItemSchema, ItemResult>;

export const removeDriverItemConfig = {
  schema: removeDriverItemSchema,
  authorize: ({ db, user, input }) => authorizeItem(db, user, input.itemId),
  run: async ({ tx, user, input }) => {
    const owner = await ownerOfItem(tx, input.itemId);
    if (!owner) fail({ code: "NOT_FOUND" });
    return applyDiagramOperation(tx, user, owner, { type: "remove", id: input.itemId });
  },
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof removeDriverItemSchema, ItemResult>;

export const copyChangePackageConfig = {
  schema: copyChangePackageSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.editDriverDiagram"),
  run: ({ tx, user, input }) => copyChangePackage(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof copyChangePackageSchema, { copied: number }>;
