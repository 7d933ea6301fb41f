import { describe, expect, it } from "vitest";
import { latestPoint, pointCount, signalCounts, smallMultiplesCsv, TILE, tileDrawing, verdictCounts } from "@/components/dashboards/small-multiples-data";
import type { SmallMultipleTeam } from "@/lib/dashboards/types";

const team = (overrides: Partial<SmallMultipleTeam> = {}): SmallMultipleTeam => ({
  teamId: "t1",
  teamName: "Medicinsk afsnit",
  verdict: "improving",
  values: [40, null, 60, 80],
  centre: [50, 50, 50, 50],
  signals: ["none", "none", "improvement", "improvement"],
  ...overrides,
});

describe("small multiples", () => {
  it("places every team on the common x axis and y scale of the tile", () => {
    // x: 4 periods over [6, 154], 49.33 apart; y: 0..100 over [73, 7], so 40 → 73 − 26.4 = 46.6.
    const drawing = tileDrawing({ periods: ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"], yMin: 0, yMax: 100 }, team());
    expect(drawing.points).toEqual([
      { x: TILE.padX, y: 46.6, signal: "none", index: 0 },
      { x: 104.7, y: 33.4, signal: "improvement", index: 2 },
      { x: 154, y: 20.2, signal: "improvement", index: 3 },
    ]);
    expect(drawing.valuePath).toBe("M6 46.6M104.7 33.4L154 20.2");
    expect(drawing.centrePath).toBe("M6 40L55.3 40L104.7 40L154 40");
  });

  it("centres a single period", () => {
    const drawing = tileDrawing({ periods: ["2026-03-01"], yMin: 0, yMax: 10 }, team({ values: [5], centre: [null], signals: ["none"] }));
    expect(drawing.points[0].x).toBe(TILE.width / 2);
    expect(drawing.centrePath).toBe("");
  });

  it("finds the latest value, the number of points and the signal counts", () => {
    expect(latestPoint([1, 2, null])).toEqual({ index: 1, value: 2 });
    expect(latestPoint([null, null])).toBeNull();
    expect(pointCount([40, null, 60, 80])).toBe(3);
    expect(signalCounts(["none", "deterioration", "improvement", "improvement"])).toEqual({ improvement: 2, deterioration: 1 });
  });

  it("counts the teams per verdict, zero for verdicts no team has", () => {
    expect(verdictCounts([{ verdict: "improving" }, { verdict: "improving" }, { verdict: "too-few-points" }])).toEqual({
      improving: 2,
      deteriorating: 0,
      "no-signal": 0,
      "too-few-points": 1,
    });
  });

  it("writes the table's columns and then every period's value to the CSV", () => {
    const csv = smallMultiplesCsv(
      { periods: ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"], teams: [team(), team({ teamId: "t2", teamName: "Akut", verdict: "no-signal", values: [null, null, null, null], signals: ["none", "none", "none", "none"] })] },
      {
        team: "Team",
        verdict: "Konklusion",
        latestValue: "Seneste værdi",
        latestPeriod: "Seneste periode",
        points: "Punkter",
        improvementSignals: "Forbedring",
        deteriorationSignals: "Forværring",
        verdictWord: (verdict) => verdict.toUpperCase(),
        period: (day) => day.slice(0, 7),
      },
    );
    expect(csv.header).toEqual(["Team", "Konklusion", "Seneste værdi", "Seneste periode", "Punkter", "Forbedring", "Forværring", "2026-01", "2026-02", "2026-03", "2026-04"]);
    expect(csv.rows).toEqual([
      ["Medicinsk afsnit", "IMPROVING", 80, "2026-04", 3, 2, 0, 40, null, 60, 80],
      ["Akut", "NO-SIGNAL", null, null, 0, 0, 0, null, null, null, null],
    ]);
  });
});
