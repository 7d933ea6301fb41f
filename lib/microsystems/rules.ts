// Pure rules of the 5P profile (PRODUCT.md §2: kept as dated versions, so change over time is visible).

/** The five P's in the order a microsystem coach goes through them. */
export const PROFILE_FIELDS = ["purpose", "patients", "professionals", "processes", "patterns"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileText = Record<ProfileField, string>;

export const EMPTY_PROFILE: ProfileText = { purpose: "", patients: "", professionals: "", processes: "", patterns: "" };

export const MICROSYSTEM_KINDS = ["WARD", "OUTPATIENT_CLINIC", "NURSING_HOME_UNIT", "HOME_CARE_GROUP", "GENERAL_PRACTICE", "OTHER"] as const;
export type MicrosystemKind = (typeof MICROSYSTEM_KINDS)[number];

export type FieldChange = { field: ProfileField; changed: boolean };

/**
 * What changed between two versions of a 5P profile, per field in the 5P order. The first version
 * is compared with an empty profile, so every field it fills counts as changed. Whitespace at the
 * ends does not count as a change.
 */
export function diffProfiles(previous: ProfileText | null, next: ProfileText): FieldChange[] {
  const before = previous ?? EMPTY_PROFILE;
  return PROFILE_FIELDS.map((field) => ({ field, changed: before[field].trim() !== next[field].trim() }));
}

/** Saving a version identical to the latest adds nothing to the history and is refused. */
export function profileSaveRefusal(latest: ProfileText | null, next: ProfileText): "profileUnchanged" | null {
  const changes = diffProfiles(latest, next);
  if (latest === null) return PROFILE_FIELDS.every((field) => next[field].trim() === "") ? "profileUnchanged" : null;
  return changes.some((change) => change.changed) ? null : "profileUnchanged";
}

/**
 * The version history newest first, each version with what changed against the one before it.
 * Input in any order; versions are ordered by their date.
 */
export function profileHistory<T extends ProfileText & { createdAt: Date }>(versions: readonly T[]): (T & { changes: FieldChange[] })[] {
  const oldestFirst = [...versions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return oldestFirst.map((version, index) => ({ ...version, changes: diffProfiles(index > 0 ? oldestFirst[index - 1] : null, version) })).reverse();
}
