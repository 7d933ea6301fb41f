import { z } from "zod";
import { freeText } from "@/lib/privacy/schema";
import { COUNTRIES, ORGANISATION_KINDS } from "./rules";

const id = z.string().trim().min(1).max(64);
/** An empty parent from a <select> means the top of the tree. */
const optionalParentId = z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable());
/** The longest organisation name (the forms count towards it). */
export const ORGANISATION_NAME_MAX = 200;
const name = freeText(ORGANISATION_NAME_MAX).pipe(z.string().min(1));

export const createOrganisationSchema = z.object({
  name,
  kind: z.enum(ORGANISATION_KINDS),
  parentId: optionalParentId,
  /** Used for top-level organisations; children take their parent's country. */
  country: z.enum(COUNTRIES).default("DK"),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const renameOrganisationSchema = z.object({ organisationId: id, name });
export type RenameOrganisationInput = z.infer<typeof renameOrganisationSchema>;

export const moveOrganisationSchema = z.object({ organisationId: id, parentId: optionalParentId });
export type MoveOrganisationInput = z.infer<typeof moveOrganisationSchema>;

export const archiveOrganisationSchema = z.object({ organisationId: id });
export type ArchiveOrganisationInput = z.infer<typeof archiveOrganisationSchema>;
