import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";

const id = z.string().trim().min(1).max(64);
/** A form posts "" for no parent or "first place"; a direct call may send null or leave it out. */
const optionalId = z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable());
const itemText = freeText(300).pipe(z.string().min(1));

/** Whose diagram: a team's own, or a collaborative's change package. */
export const ownerSchema = z.object({ ownerType: z.enum(["team", "collaborative"]), ownerId: id });

export const addDriverItemSchema = ownerSchema.extend({
  parentId: optionalId,
  afterId: optionalId,
  text: itemText,
});

export const renameDriverItemSchema = z.object({ itemId: id, text: itemText });

export const moveDriverItemSchema = z.object({ itemId: id, move: z.enum(["moveUp", "moveDown", "indent", "outdent"]) });

export const removeDriverItemSchema = z.object({ itemId: id });

export const DRIVER_ITEM_OPS = ["rename", "moveUp", "moveDown", "indent", "outdent", "remove"] as const;
export type DriverItemOp = (typeof DRIVER_ITEM_OPS)[number];

/**
 * One press in the outline editor: the item's typed text and what the pressed button does. The
 * text is saved first when it changed (an empty field keeps the old text), then the move, in one
 * transaction; "remove" ignores the text, and without a button (Enter, leaving the field) it is a rename.
 */
export const editDriverItemSchema = z.object({
  itemId: id,
  op: z.enum(DRIVER_ITEM_OPS).default("rename"),
  text: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), itemText.optional()),
});

/**
 * Copying the change package: into an empty diagram, or appended after the team's own drivers
 * only when the user said so (append = true), so nothing is mixed in by accident.
 */
export const copyChangePackageSchema = z.object({
  teamId: id,
  append: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
});
