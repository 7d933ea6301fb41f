import { describe, expect, it } from "vitest";
import { filterTeamRows, sortTeamRows, type TeamTableRow } from "@/lib/dashboards/team-table";

const row = (name: string, score: number | null, completeness: number | null, verdict: TeamTableRow["verdicts"][string], organisationName = "Hospital"): TeamTableRow => ({
  name,
  organisationName,
  status: "ACTIVE",
  latestScore: score === null ? null : { score },
  completeness,
  cyclesCompletedRecently: 0,
  verdicts: { m1: verdict },
});

const rows = [
  row("Øre", 3, 0.5, "improving"),
  row("Akut", null, 1, "deteriorating", "Kommune"),
  row("Bryst", 2.5, null, "no-signal"),
  row("Ældre", 4, 0.75, "too-few-points"),
];

describe("teams table", () => {
  it("sorts names by the locale's alphabet (Danish: Æ and Ø after Z)", () => {
    expect(sortTeamRows(rows, "name", false, "da").map((r) => r.name)).toEqual(["Akut", "Bryst", "Ældre", "Øre"]);
  });

  it("sorts scores descending with the team without a score last", () => {
    expect(sortTeamRows(rows, "score", true, "da").map((r) => r.name)).toEqual(["Ældre", "Øre", "Bryst", "Akut"]);
    expect(sortTeamRows(rows, "score", false, "da").map((r) => r.name)).toEqual(["Bryst", "Øre", "Ældre", "Akut"]);
  });

  it("sorts a measure's verdicts from improving to deteriorating", () => {
    expect(sortTeamRows(rows, "measure:m1", true, "da").map((r) => r.name)).toEqual(["Øre", "Bryst", "Ældre", "Akut"]);
  });

  it("filters by name or organisation and by verdict", () => {
    expect(filterTeamRows(rows, "kommune", "all").map((r) => r.name)).toEqual(["Akut"]);
    expect(filterTeamRows(rows, "", "improving").map((r) => r.name)).toEqual(["Øre"]);
    expect(filterTeamRows(rows, "", "deteriorating").map((r) => r.name)).toEqual(["Akut"]);
    expect(filterTeamRows(rows, "", "none").map((r) => r.name)).toEqual(["Bryst", "Ældre"]);
  });
});
