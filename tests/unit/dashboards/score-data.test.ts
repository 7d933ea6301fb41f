import { describe, expect, it } from "vitest";
import { bandCounts, latestScoredMonth, medianScore, scoreBand, scoreCsv, scoreStack, scoreStepCounts } from "@/components/dashboards/score-data";

describe("score distribution", () => {
  it("groups the IHI scale into four bands: 1.0–1.5, 2.0–2.5, 3.0–3.5 and 4.0–5.0", () => {
    expect([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map(scoreBand)).toEqual([
      "forming",
      "forming",
      "testing",
      "testing",
      "improving",
      "improving",
      "sustaining",
      "sustaining",
      "sustaining",
    ]);
    expect(bandCounts([1, 2.5, 2, 4.5, 5, 3])).toEqual({ forming: 1, testing: 2, improving: 1, sustaining: 2 });
  });

  it("counts the scores per step of the scale", () => {
    expect(scoreStepCounts([1, 2.5, 2.5, 5, 3.5])).toEqual([1, 0, 0, 2, 0, 1, 0, 0, 1]);
  });

  it("takes the middle score, or the mean of the two middle ones", () => {
    expect(medianScore([3, 1, 2])).toBe(2);
    expect(medianScore([2, 2.5, 4, 1])).toBe(2.25);
    expect(medianScore([])).toBeNull();
  });

  it("stacks the bands from the bottom: each segment starts where the one below ends", () => {
    expect(scoreStack([1.5, 2, 2.5, 4])).toEqual([
      { band: "forming", count: 1, start: 0 },
      { band: "testing", count: 2, start: 1 },
      { band: "improving", count: 0, start: 3 },
      { band: "sustaining", count: 1, start: 3 },
    ]);
  });

  it("finds the last month that has scores", () => {
    const months = [
      { month: "2026-01", scores: [2] },
      { month: "2026-02", scores: [3, 3.5] },
      { month: "2026-03", scores: [] },
    ];
    expect(latestScoredMonth(months)?.month).toBe("2026-02");
    expect(latestScoredMonth([{ month: "2026-03", scores: [] }])).toBeNull();
  });

  it("writes month, count per step, number of scores and median to the CSV", () => {
    const csv = scoreCsv(
      [
        { month: "2026-02", scores: [3, 3.5, 1] },
        { month: "2026-03", scores: [] },
      ],
      { month: "Måned", steps: ["1,0", "1,5", "2,0", "2,5", "3,0", "3,5", "4,0", "4,5", "5,0"], count: "Antal", median: "Median", monthName: (month) => `m${month}` },
    );
    expect(csv.header).toEqual(["Måned", "1,0", "1,5", "2,0", "2,5", "3,0", "3,5", "4,0", "4,5", "5,0", "Antal", "Median"]);
    expect(csv.rows).toEqual([
      ["m2026-02", 1, 0, 0, 0, 1, 1, 0, 0, 0, 3, 3],
      ["m2026-03", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null],
    ]);
  });
});
