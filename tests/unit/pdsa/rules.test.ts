import { describe, expect, it } from "vitest";
import {
  canAbandon,
  canEditStep,
  changeIdeaStatusAfter,
  checkNextCycle,
  checkTransition,
  CYCLE_STATES,
  missingFor,
  missingItemsOf,
  nextCycleTitle,
  type CycleForRules,
  type MissingItem,
} from "@/lib/pdsa/rules";
import { savePlanSchema } from "@/lib/pdsa/schema";

const complete: CycleForRules = {
  state: "PLAN",
  objective: "Færre fald om natten",
  who: "Nattevagten",
  what: "Tjek af sengehest",
  where: "Stue 1-4",
  whenText: "Uge 12",
  dataCollectionPlan: "Tælle fald pr. nat",
  observations: "Gik godt",
  learningSummary: "Det virker på én stue",
  decision: "ADAPT",
  predictions: [
    { position: 0, question: "Virker det?", prediction: "Ja", outcome: "Ja", held: true },
    { position: 1, question: "Tager det tid?", prediction: "Nej", outcome: "Lidt", held: false },
  ],
};
const cycle = (overrides: Partial<CycleForRules>): CycleForRules => ({ ...complete, ...overrides });

describe("PDSA transitions (PRODUCT.md §4)", () => {
  const allowed: Record<string, string | null> = { PLAN: "DO", DO: "STUDY", STUDY: "ACT", ACT: "DONE", DONE: null, ABANDONED: null };
  for (const from of CYCLE_STATES) {
    for (const to of CYCLE_STATES) {
      const ok = allowed[from] === to;
      it(`${from} → ${to} is ${ok ? "allowed when complete" : "refused as invalidTransition"}`, () => {
        expect(checkTransition(cycle({ state: from }), to)).toEqual(ok ? { ok: true } : { ok: false, rule: "invalidTransition" });
      });
    }
  }

  it("abandoning is possible from every open state and from no closed one", () => {
    expect(CYCLE_STATES.filter(canAbandon)).toEqual(["PLAN", "DO", "STUDY", "ACT"]);
  });

  it("only the current step of an open cycle is editable", () => {
    expect(canEditStep("PLAN", "PLAN")).toBe(true);
    expect(canEditStep("DO", "PLAN")).toBe(false);
    expect(canEditStep("DONE", "DONE")).toBe(false);
    expect(canEditStep("ABANDONED", "ABANDONED")).toBe(false);
  });
});

describe("what a premature step is missing", () => {
  const cases: [string, Partial<CycleForRules>, string, MissingItem[]][] = [
    ["objective", { objective: " " }, "DO", [{ code: "objectiveMissing" }]],
    ["a question", { predictions: [] }, "DO", [{ code: "questionMissing" }]],
    [
      "the prediction of question 2",
      { predictions: [complete.predictions[0], { ...complete.predictions[1], prediction: "" }] },
      "DO",
      [{ code: "predictionMissing", question: 2 }],
    ],
    ["who", { who: "" }, "DO", [{ code: "whoMissing" }]],
    ["what", { what: "" }, "DO", [{ code: "whatMissing" }]],
    ["where", { where: "" }, "DO", [{ code: "whereMissing" }]],
    ["when", { whenText: "" }, "DO", [{ code: "whenMissing" }]],
    ["the data-collection plan", { dataCollectionPlan: "" }, "DO", [{ code: "dataCollectionPlanMissing" }]],
    ["the observations", { state: "DO", observations: "" }, "STUDY", [{ code: "observationsMissing" }]],
    [
      "what happened for question 1",
      { state: "STUDY", predictions: [{ ...complete.predictions[0], outcome: "" }] },
      "ACT",
      [{ code: "outcomeMissing", question: 1 }],
    ],
    ["whether prediction 1 held", { state: "STUDY", predictions: [{ ...complete.predictions[0], held: null }] }, "ACT", [{ code: "heldMissing", question: 1 }]],
    ["the learning summary", { state: "STUDY", learningSummary: "" }, "ACT", [{ code: "learningSummaryMissing" }]],
    ["a decision", { state: "ACT", decision: null }, "DONE", [{ code: "decisionMissing" }]],
  ];
  for (const [name, overrides, to, missing] of cases) {
    it(`entering ${to} without ${name} answers exactly that`, () => {
      expect(checkTransition(cycle(overrides), to as never)).toEqual({ ok: false, rule: "stepIncomplete", missing });
    });
  }

  it("lists every missing item of a blank plan in form order", () => {
    const blank = cycle({ objective: "", who: "", what: "", where: "", whenText: "", dataCollectionPlan: "", predictions: [{ position: 0, question: "Q", prediction: "", outcome: "", held: null }] });
    expect(missingFor(blank, "DO").map((item) => item.code)).toEqual([
      "objectiveMissing",
      "predictionMissing",
      "whoMissing",
      "whatMissing",
      "whereMissing",
      "whenMissing",
      "dataCollectionPlanMissing",
    ]);
  });

  it("numbers the questions by their position, not by list order", () => {
    const shuffled = cycle({ predictions: [{ ...complete.predictions[1], position: 1, prediction: "" }, { ...complete.predictions[0], position: 0 }] });
    expect(missingFor(shuffled, "DO")).toEqual([{ code: "predictionMissing", question: 2 }]);
  });

  it("reads the missing list back from a refusal's details, as JSON brings it, ignoring anything malformed", () => {
    const missing: MissingItem[] = [{ code: "objectiveMissing" }, { code: "predictionMissing", question: 2 }];
    expect(missingItemsOf(JSON.parse(JSON.stringify({ missing })))).toEqual(missing);
    expect(missingItemsOf(undefined)).toEqual([]);
    expect(missingItemsOf({ missing: "objectiveMissing" })).toEqual([]);
    expect(missingItemsOf({ missing: [{ code: 3 }, null, { code: "whoMissing" }, { code: "outcomeMissing", question: "1" }] })).toEqual([{ code: "whoMissing" }]);
  });
});

describe("decisions and the ramp", () => {
  it("ADOPT and ABANDON update the change idea; ADAPT keeps it in testing", () => {
    expect(changeIdeaStatusAfter("ADOPT")).toBe("ADOPTED");
    expect(changeIdeaStatusAfter("ABANDON")).toBe("ABANDONED");
    expect(changeIdeaStatusAfter("ADAPT")).toBe("TESTING");
  });

  it("the next cycle of the ramp opens only after DONE with ADAPT, and once", () => {
    expect(checkNextCycle({ state: "DONE", decision: "ADAPT", hasNext: false })).toEqual({ ok: true });
    expect(checkNextCycle({ state: "DONE", decision: "ADAPT", hasNext: true })).toEqual({ ok: false, rule: "nextCycleExists" });
    expect(checkNextCycle({ state: "DONE", decision: "ADOPT", hasNext: false })).toEqual({ ok: false, rule: "nextCycleNeedsAdapt" });
    expect(checkNextCycle({ state: "ACT", decision: "ADAPT", hasNext: false })).toEqual({ ok: false, rule: "nextCycleNeedsAdapt" });
  });
});

describe("the next cycle's title", () => {
  it("numbers the title with the new cycle's place in the ramp", () => {
    expect(nextCycleTitle("Tjekliste", 1)).toBe("Tjekliste (2)");
    expect(nextCycleTitle("Tjekliste (2)", 2)).toBe("Tjekliste (3)");
    expect(nextCycleTitle("Tjekliste (1)", 1)).toBe("Tjekliste (2)");
  });
  it("keeps a number in the title that is not the previous cycle's place", () => {
    expect(nextCycleTitle("Tjek (5 patienter)", 1)).toBe("Tjek (5 patienter) (2)");
    expect(nextCycleTitle("Fase (2)", 1)).toBe("Fase (2) (2)");
  });
  it("shortens the base so the numbered title keeps to the limit", () => {
    const title = nextCycleTitle("x".repeat(200), 9);
    expect(title).toBe(`${"x".repeat(195)} (10)`);
    expect(title.length).toBe(200);
    expect(nextCycleTitle("(3)", 3)).toBe("(3) (4)");
  });
});

describe("the plan's schema", () => {
  const plan = { cycleId: "c1", version: "3", title: "Titel", scale: "", objective: "", who: "", what: "", where: "", whenText: "", dataCollectionPlan: "", plannedStart: "", questions: [] };
  it("accepts a version from a form and an empty date", () => {
    expect(savePlanSchema.parse(plan)).toMatchObject({ version: 3, plannedStart: null, measureIds: [] });
  });
  it("rejects a personal identity number in a prediction", () => {
    const result = savePlanSchema.safeParse({ ...plan, questions: [{ question: "Q", prediction: "Patient 010190-1234" }] });
    expect(result.success).toBe(false);
  });
});
