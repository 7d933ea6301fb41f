import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";

const id = z.string().trim().min(1).max(64);
const itemText = freeText(300).pipe(z.string().min(1));

/** Whose diagram: a team's own, or a collaborative's change package. */
export const ownerSchema = z.object({ ownerType: z.enum(["team", "collaborative"]), ownerId: id });

export const addDriverItemSchema = ownerSchema.extend({
  parentId: id.nullable().default(null),
  afterId: id.nullable().default(null),
  text: itemText,
});

export const renameDriverItemSchema = z.object({ itemId: id, text: itemText });

export const moveDriverItemSchema = z.object({ itemId: id, move: z.enum(["moveUp", "moveDown", "indent", "outdent"]) });

export const removeDriverItemSchema = z.object({ itemId: id });

/**
 * Copying the change package: into an empty diagram, or appended after the team's own drivers
 * only when the user said so (append = true), so nothing is mixed in by accident.
 */
export const copyChangePackageSchema = z.object({
  teamId: id,
  append: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
});
