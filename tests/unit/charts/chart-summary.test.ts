import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_CODES, type Summary } from "@/lib/spc";
import { RULE_KEYS, summaryExtras, summaryText, verdictKey, type SummaryContext } from "@/components/charts/chart-summary";

const context: SummaryContext = {
  centre: "median",
  nPoints: 24,
  periodLabel: (index) => `period ${index}`,
  formatNumber: (value) => value.toFixed(1).replace(".", ","),
};

const summary = (partial: Partial<Summary>): Summary => ({
  verdict: "no-signal",
  rule: null,
  values: {},
  neutral: [],
  assurance: null,
  ...partial,
});

function lookup(catalogue: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe("summary in words", () => {
  it("maps a long run to its message with the numbers, the side and the centre line", () => {
    const text = summaryText(summary({ verdict: "improving", rule: "long-run", values: { length: 9, side: "below", longestRunMax: 8 } }), context);
    expect(text).toEqual({ key: "rule.longRun", values: { timing: "latest", verdict: "improving", centre: "median", length: 9, side: "below", longestRunMax: 8 } });
  });

  it("names the period of a point outside the limits instead of its index", () => {
    const text = summaryText(summary({ verdict: "deteriorating", rule: "outside-limits", values: { index: 13, side: "above" } }), { ...context, centre: "centre" });
    expect(text.key).toBe("rule.outsideLimits");
    expect(text.values).toMatchObject({ period: "period 13", side: "above", verdict: "deteriorating", centre: "centre" });
    expect(text.values).not.toHaveProperty("index");
  });

  it("counts the points of a series without a signal, and the missing ones when too few", () => {
    expect(summaryText(summary({}), context)).toEqual({ key: "noSignal", values: { count: 24 } });
    expect(summaryText(summary({ verdict: "too-few-points", values: { nUseful: 7, required: 10 } }), context)).toEqual({
      key: "tooFewPoints",
      values: { nUseful: 7, required: 10 },
    });
    expect(verdictKey("no-signal")).toBe("noSignal");
    expect(verdictKey("improving")).toBe("improving");
  });

  it("adds the neutral signals and whether the goal will be met", () => {
    const extras = summaryExtras(
      summary({ neutral: ["too-many-runs"], assurance: { verdict: "hit-and-miss", values: { goal: 90, lcl: 71.25, ucl: 98 } } }),
      context,
    );
    expect(extras).toEqual([
      { key: "neutral.tooManyRuns", values: {} },
      { key: "assurance.hitAndMiss", values: { goal: "90,0", lcl: "71,3", ucl: "98,0" } },
    ]);
  });

  it("has a message in every catalogue for every rule code and verdict", () => {
    for (const locale of ["da", "sv", "nb", "en"]) {
      const catalogue = JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../messages/${locale}.json`), "utf8"));
      for (const code of RULE_CODES) {
        expect(lookup(catalogue, `charts.rules.${RULE_KEYS[code]}`), `${locale} rules ${code}`).toBeTypeOf("string");
        const sentence = code === "too-many-runs" ? `charts.summary.neutral.${RULE_KEYS[code]}` : `charts.summary.rule.${RULE_KEYS[code]}`;
        expect(lookup(catalogue, sentence), `${locale} ${sentence}`).toBeTypeOf("string");
      }
      for (const key of ["noSignal", "tooFewPoints", "assurance.willMeet", "assurance.willNotMeet", "assurance.hitAndMiss"]) {
        expect(lookup(catalogue, `charts.summary.${key}`), `${locale} ${key}`).toBeTypeOf("string");
      }
    }
  });
});

describe("summaryText for a run that ended before a change", () => {
  it("passes timing ended so the words say the process has since moved", async () => {
    const { runChart, summarise } = await import("@/lib/spc");
    const after = Array.from({ length: 45 }, (_, i) => (i % 2 === 0 ? 10 + (i % 3) : 20 + (i % 3)));
    const summary = summarise(runChart([...Array(15).fill(30), ...after]), "down");
    const text = summaryText(summary, { centre: "median", nPoints: 60, periodLabel: String, formatNumber: String });
    expect(text.key).toBe("rule.longRun");
    expect(text.values).toMatchObject({ verdict: "improving", side: "above", timing: "ended", length: 15 });
  });
});
