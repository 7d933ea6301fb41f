import { describe, expect, it } from "vitest";
import { diffProfiles, EMPTY_PROFILE, PROFILE_FIELDS, profileHistory, profileSaveRefusal } from "@/lib/microsystems/rules";
import { saveProfileSchema } from "@/lib/microsystems/schema";

const v1 = { purpose: "Sikker pleje", patients: "Ældre medicinske", professionals: "Sygeplejersker", processes: "Stuegang", patterns: "Tavlemøde" };

describe("what changed between two 5P versions", () => {
  it("lists every P in the 5P order with changed or unchanged", () => {
    const changes = diffProfiles(v1, { ...v1, patterns: "Tavlemøde kl. 11.30" });
    expect(changes.map((change) => change.field)).toEqual([...PROFILE_FIELDS]);
    expect(changes.filter((change) => change.changed).map((change) => change.field)).toEqual(["patterns"]);
  });

  it("compares the first version with an empty profile", () => {
    expect(diffProfiles(null, { ...EMPTY_PROFILE, purpose: "Formål" }).filter((c) => c.changed).map((c) => c.field)).toEqual(["purpose"]);
  });

  it("does not count whitespace at the ends as a change", () => {
    expect(diffProfiles(v1, { ...v1, purpose: "  Sikker pleje\n" }).some((change) => change.changed)).toBe(false);
  });
});

describe("saving a version", () => {
  it("refuses a version identical to the latest, and an empty first version", () => {
    expect(profileSaveRefusal(v1, { ...v1 })).toBe("profileUnchanged");
    expect(profileSaveRefusal(null, EMPTY_PROFILE)).toBe("profileUnchanged");
    expect(profileSaveRefusal(v1, { ...v1, patients: "Flere akutte" })).toBeNull();
    expect(profileSaveRefusal(null, v1)).toBeNull();
  });

  it("refuses a personal identity number in any P", () => {
    expect(saveProfileSchema.safeParse({ microsystemId: "m", ...v1, patients: "fx 010190-1234" }).success).toBe(false);
  });
});

describe("the version history", () => {
  it("is newest first, each version compared with the one before it by date", () => {
    const older = { ...v1, createdAt: new Date("2025-01-10T10:00:00Z") };
    const newer = { ...v1, processes: "Stuegang og udskrivelsessamtale", createdAt: new Date("2025-06-10T10:00:00Z") };
    const history = profileHistory([newer, older]);
    expect(history.map((version) => version.createdAt)).toEqual([newer.createdAt, older.createdAt]);
    expect(history[0].changes.filter((c) => c.changed).map((c) => c.field)).toEqual(["processes"]);
    expect(history[1].changes.every((c) => c.changed)).toBe(true);
  });
});
