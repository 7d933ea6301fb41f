// Pure rules of the organisation tree (PRODUCT.md §3: region → hospital or municipality → department).
// No Prisma, no Next: the mutations load the rows and ask these functions.

export const ORGANISATION_KINDS = ["REGION", "COUNTY", "HOSPITAL", "MUNICIPALITY", "DEPARTMENT"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const COUNTRIES = ["DK", "SE", "NO"] as const;
export type Country = (typeof COUNTRIES)[number];

/** The parent kinds each kind may hang under; null means the top of the tree. */
const ALLOWED_PARENTS: Record<OrganisationKind, readonly (OrganisationKind | null)[]> = {
  REGION: [null],
  COUNTY: [null],
  HOSPITAL: ["REGION", "COUNTY"],
  MUNICIPALITY: ["REGION", "COUNTY"],
  DEPARTMENT: ["HOSPITAL", "MUNICIPALITY"],
};

/**
 * Invariant (PRODUCT.md §3): regions and counties are roots; hospitals and municipalities sit under a
 * region or county; departments under a hospital or municipality.
 */
export function kindFitsUnder(kind: string, parentKind: string | null): boolean {
  if (!(ORGANISATION_KINDS as readonly string[]).includes(kind)) return false;
  return (ALLOWED_PARENTS[kind as OrganisationKind] as readonly (string | null)[]).includes(parentKind);
}

/** The parent kinds a kind may take, for the forms (null = top level). */
export function allowedParentKinds(kind: OrganisationKind): readonly (OrganisationKind | null)[] {
  return ALLOWED_PARENTS[kind];
}

/**
 * Invariant: the tree stays a tree. Moving `organisationId` under `newParentId` is a cycle when the
 * new parent is the organisation itself or one of its descendants. `parentOf` maps id → parent id.
 */
export function wouldCreateCycle(organisationId: string, newParentId: string | null, parentOf: ReadonlyMap<string, string | null>): boolean {
  let current = newParentId;
  const seen = new Set<string>();
  while (current) {
    if (current === organisationId) return true;
    if (seen.has(current)) return true; // an existing cycle: refuse rather than loop
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** Names compare without case and surrounding space, so "Akut" and " akut" are the same name. */
export function normaliseName(name: string): string {
  return name.trim().toLocaleLowerCase("da");
}

/** Invariant: names are unique among the active children of one parent (and among the roots). */
export function isNameTakenAmongSiblings(name: string, siblingNames: readonly string[]): boolean {
  const wanted = normaliseName(name);
  return siblingNames.some((sibling) => normaliseName(sibling) === wanted);
}

export type ArchiveBlockers = { activeChildren: number; microsystemsInActiveTeams: number };

/**
 * Archiving refuses rather than cascades: an organisation with active children, or with a
 * microsystem that takes part in an enrolled or active team, stays until those are moved, archived
 * or finished. (Archiving a whole subtree at once would hide running teams' units by surprise.)
 */
export function archiveRefusal(blockers: ArchiveBlockers): "hasActiveChildren" | "hasActiveTeams" | null {
  if (blockers.activeChildren > 0) return "hasActiveChildren";
  if (blockers.microsystemsInActiveTeams > 0) return "hasActiveTeams";
  return null;
}

/** Team statuses that keep a microsystem, and so its organisation, in use. */
export const ACTIVE_TEAM_STATUSES = ["ENROLLED", "ACTIVE"] as const;

/** Invariant: a subtree stays in one country (a Norwegian municipality does not move under a Danish region). */
export function isSameCountry(country: string, parentCountry: string | null): boolean {
  return parentCountry === null || country === parentCountry;
}
