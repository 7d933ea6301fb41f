import { describe, expect, it } from "vitest";
import {
  archiveRefusal,
  isNameTakenAmongSiblings,
  isSameCountry,
  kindFitsUnder,
  ORGANISATION_KINDS,
  wouldCreateCycle,
} from "@/lib/organisations/rules";

describe("which kind fits under which parent (PRODUCT.md §3)", () => {
  const expected: Record<string, (string | null)[]> = {
    REGION: [null],
    COUNTY: [null],
    HOSPITAL: ["REGION", "COUNTY"],
    MUNICIPALITY: ["REGION", "COUNTY"],
    DEPARTMENT: ["HOSPITAL", "MUNICIPALITY"],
  };
  for (const kind of ORGANISATION_KINDS) {
    for (const parent of [null, ...ORGANISATION_KINDS]) {
      const fits = expected[kind].includes(parent);
      it(`${kind} ${fits ? "fits" : "does not fit"} under ${parent ?? "the root"}`, () => {
        expect(kindFitsUnder(kind, parent)).toBe(fits);
      });
    }
  }

  it("refuses an unknown kind anywhere", () => {
    expect(kindFitsUnder("WARD", null)).toBe(false);
    expect(kindFitsUnder("WARD", "HOSPITAL")).toBe(false);
  });
});

describe("a move may not create a cycle", () => {
  // region → hospital → department; another region beside it
  const parentOf = new Map<string, string | null>([
    ["region", null],
    ["hospital", "region"],
    ["department", "hospital"],
    ["other", null],
  ]);

  it("refuses a move under itself", () => {
    expect(wouldCreateCycle("hospital", "hospital", parentOf)).toBe(true);
  });

  it("refuses a move under its own child or grandchild", () => {
    expect(wouldCreateCycle("hospital", "department", parentOf)).toBe(true);
    expect(wouldCreateCycle("region", "department", parentOf)).toBe(true);
  });

  it("allows a move under an unrelated organisation or to the root", () => {
    expect(wouldCreateCycle("hospital", "other", parentOf)).toBe(false);
    expect(wouldCreateCycle("department", "region", parentOf)).toBe(false);
    expect(wouldCreateCycle("hospital", null, parentOf)).toBe(false);
  });

  it("stops on a tree that already holds a cycle instead of looping", () => {
    const broken = new Map<string, string | null>([
      ["a", "b"],
      ["b", "a"],
      ["x", null],
    ]);
    expect(wouldCreateCycle("x", "a", broken)).toBe(true);
  });
});

describe("names are unique among siblings", () => {
  it("finds a taken name regardless of case and surrounding space", () => {
    expect(isNameTakenAmongSiblings("  akutafdelingen ", ["Akutafdelingen", "Medicinsk afdeling"])).toBe(true);
    expect(isNameTakenAmongSiblings("ØSTERBRO", ["østerbro"])).toBe(true);
  });

  it("lets a new name through", () => {
    expect(isNameTakenAmongSiblings("Geriatrisk afdeling", ["Akutafdelingen"])).toBe(false);
    expect(isNameTakenAmongSiblings("Anything", [])).toBe(false);
  });
});

describe("archiving refuses rather than cascades", () => {
  it("refuses while active children remain", () => {
    expect(archiveRefusal({ activeChildren: 1, microsystemsInActiveTeams: 0 })).toBe("hasActiveChildren");
  });

  it("refuses while a microsystem takes part in an enrolled or active team", () => {
    expect(archiveRefusal({ activeChildren: 0, microsystemsInActiveTeams: 2 })).toBe("hasActiveTeams");
  });

  it("allows an organisation with nothing active under it", () => {
    expect(archiveRefusal({ activeChildren: 0, microsystemsInActiveTeams: 0 })).toBeNull();
  });
});

describe("a subtree stays in one country", () => {
  it("allows the same country and the root", () => {
    expect(isSameCountry("NO", "NO")).toBe(true);
    expect(isSameCountry("DK", null)).toBe(true);
  });

  it("refuses another country", () => {
    expect(isSameCountry("NO", "DK")).toBe(false);
  });
});
