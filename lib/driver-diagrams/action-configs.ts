import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { fail } from "@/lib/actions/result";
import { authorizeCollaborative, authorizeTeam, type AuthzResult } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db, DbTransaction } from "@/lib/db/client";
import { ownerOfItem, type Owner } from "./load";
import { addDiagramItem, applyDiagramOperation, copyChangePackage, renameDiagramItem } from "./mutations";
import {
  addDriverItemSchema,
  copyChangePackageSchema,
  editDriverItemSchema,
  moveDriverItemSchema,
  removeDriverItemSchema,
  renameDriverItemSchema,
  type DriverItemOp,
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

/** The driver an item hangs under (null for a primary driver), read before the item is removed. */
async function parentOfItem(tx: DbTransaction, itemId: string): Promise<string | null> {
  const node = await tx.driverNode.findUnique({ where: { id: itemId }, select: { parentId: true } });
  if (node) return node.parentId;
  return (await tx.changeIdea.findUnique({ where: { id: itemId }, select: { driverNodeId: true } }))?.driverNodeId ?? null;
}

/**
 * The outline editor's item form: rename and move (or remove) in one transaction, so a refused
 * move leaves the typed text unsaved too. `itemId` in the result is where the editor puts the
 * focus: the moved item (its id may change with its level), or the removed item's parent.
 */
export const editDriverItemConfig = {
  schema: editDriverItemSchema,
  authorize: ({ db, user, input }) => authorizeItem(db, user, input.itemId),
  run: async ({ tx, user, input }) => {
    if (input.op !== "remove" && input.text !== undefined) await renameDiagramItem(tx, user, { itemId: input.itemId, text: input.text });
    if (input.op === "rename") return { op: input.op, itemId: input.itemId };
    const owner = await ownerOfItem(tx, input.itemId);
    if (!owner) fail({ code: "NOT_FOUND" });
    const parentId = input.op === "remove" ? await parentOfItem(tx, input.itemId) : null;
    const { itemId } = await applyDiagramOperation(tx, user, owner, { type: input.op, id: input.itemId });
    return { op: input.op, itemId: input.op === "remove" ? parentId : itemId };
  },
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof editDriverItemSchema, { op: DriverItemOp; itemId: string | null }>;

export const copyChangePackageConfig = {
  schema: copyChangePackageSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "team.editDriverDiagram"),
  run: ({ tx, user, input }) => copyChangePackage(tx, user, input),
  revalidate: [...TEAM_PAGES, ...COLLABORATIVE_PAGES],
} satisfies ActionConfig<typeof copyChangePackageSchema, { copied: number }>;
