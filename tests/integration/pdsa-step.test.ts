import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { saveStepConfig } from "@/lib/pdsa/action-configs";
import { missingItemsOf } from "@/lib/pdsa/rules";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";
import { makeCycle } from "../helpers/pdsa-fixtures";

// "One button, one transaction" (issue 15): "Save and go to Do" writes the step and advances it
// in one transaction, so a refused advance leaves the database exactly as it was before the click.
describe("a PDSA step saved and advanced by one action", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  /** Everything a step change could touch, as one comparable value. */
  async function snapshot(cycleId: string) {
    const cycle = await t.db.pdsaCycle.findUniqueOrThrow({ where: { id: cycleId }, include: { predictions: { orderBy: { position: "asc" } }, measures: true } });
    const audit = await t.db.auditEvent.findMany({ where: { entityId: cycleId }, orderBy: { id: "asc" } });
    return JSON.stringify({ cycle, audit });
  }

  /** The fields a browser sends for the PLAN form, flat, as FormData gives them. */
  function planForm(cycleId: string, version: number, fields: Record<string, string> = {}) {
    const form = new FormData();
    const entries: Record<string, string> = {
      step: "PLAN",
      intent: "advance",
      cycleId,
      version: String(version),
      title: "Sengehest-tjek",
      scale: "1 patient",
      objective: "Færre fald om natten",
      who: "Nattevagten",
      what: "Tjek af sengehest",
      where: "Stue 3",
      whenText: "Uge 12",
      dataCollectionPlan: "Tælle fald pr. nat",
      plannedStart: "",
      "questions.0.question": "Bliver tjekket gjort?",
      "questions.0.prediction": "Ja, 9 af 10 runder",
      "questions.1.question": "Falder færre?",
      "questions.1.prediction": "Ingen fald",
      ...fields,
    };
    for (const [name, value] of Object.entries(entries)) form.append(name, value);
    return form;
  }

  it("saves a plan without questions from the form (no questions.N fields at all is an empty list)", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    const form = planForm(cycle.id, 1, { intent: "save" });
    for (const name of ["questions.0.question", "questions.0.prediction", "questions.1.question", "questions.1.prediction"]) form.delete(name);
    const result = await executeAction(saveStepConfig, { db: t.db, user: w.memberA }, form);
    expect(result).toMatchObject({ ok: true, data: { state: "PLAN", advanced: false } });
    expect(await t.db.pdsaCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ objective: "Færre fald om natten", version: 2 });
  });

  it("saves the plan from the form's fields and enters DO in one transaction, with both audit events", async () => {
    const w = await makeTeamWorld(t.db);
    const measure = await t.db.measure.create({ data: { teamId: w.teamA.id, name: "Fald", type: "OUTCOME", kind: "COUNT", frequency: "WEEKLY", direction: "DOWN" } as never });
    const other = await t.db.measure.create({ data: { teamId: w.teamA.id, name: "Tryksår", type: "OUTCOME", kind: "COUNT", frequency: "WEEKLY", direction: "DOWN" } as never });
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    const form = planForm(cycle.id, 1);
    form.append("measureIds", measure.id);
    form.append("measureIds", other.id);
    const result = await executeAction(saveStepConfig, { db: t.db, user: w.memberA }, form);
    expect(result).toEqual({ ok: true, data: { cycleId: cycle.id, version: 3, state: "DO", advanced: true } });
    const row = await t.db.pdsaCycle.findUniqueOrThrow({ where: { id: cycle.id }, include: { predictions: { orderBy: { position: "asc" } }, measures: true } });
    expect(row).toMatchObject({ state: "DO", objective: "Færre fald om natten", version: 3 });
    expect(row.startedAt).not.toBeNull();
    expect(row.predictions.map((p) => [p.question, p.prediction])).toEqual([
      ["Bliver tjekket gjort?", "Ja, 9 af 10 runder"],
      ["Falder færre?", "Ingen fald"],
    ]);
    expect(row.measures.map((m) => m.measureId).sort()).toEqual([measure.id, other.id].sort());
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: cycle.id }, select: { action: true } })).map((event) => event.action);
    expect(actions.sort()).toEqual(["pdsa.advance", "pdsa.savePlan"]);
  });

  it("a refused advance leaves the database as it was before the click and names what is missing", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    const before = await snapshot(cycle.id);
    const form = planForm(cycle.id, 1, { who: "", "questions.1.prediction": "" });
    const result = await executeAction(saveStepConfig, { db: t.db, user: w.contactA }, form);
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "stepIncomplete" });
    expect(result.ok ? [] : missingItemsOf(result.details)).toEqual([{ code: "predictionMissing", question: 2 }, { code: "whoMissing" }]);
    expect(await snapshot(cycle.id)).toBe(before);
  });

  it("saves without advancing when the button says save, and keeps the state", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    const result = await executeAction(saveStepConfig, { db: t.db, user: w.contactA }, planForm(cycle.id, 1, { intent: "save", who: "" }));
    expect(result).toEqual({ ok: true, data: { cycleId: cycle.id, version: 2, state: "PLAN", advanced: false } });
    expect(await t.db.pdsaCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ state: "PLAN", who: "", version: 2 });
  });

  it("refuses the step of another state, a stale version and a patient member, changing nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    const before = await snapshot(cycle.id);
    const doStep = { step: "DO", intent: "advance", cycleId: cycle.id, version: 1, observations: "x", surprises: "" };
    expect(await executeAction(saveStepConfig, { db: t.db, user: w.contactA }, doStep)).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "stepNotCurrent" });
    expect(await executeAction(saveStepConfig, { db: t.db, user: w.contactA }, planForm(cycle.id, 7))).toEqual({ ok: false, code: "CONFLICT" });
    expect(await executeAction(saveStepConfig, { db: t.db, user: w.patientA }, planForm(cycle.id, 1))).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await executeAction(saveStepConfig, { db: t.db, user: w.contactB }, planForm(cycle.id, 1))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot(cycle.id)).toBe(before);
  });

  it("reads the study form's flat result fields, held as yes/no/blank", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "STUDY" });
    const predictions = await t.db.pdsaPrediction.findMany({ where: { cycleId: cycle.id }, orderBy: { position: "asc" } });
    const form = new FormData();
    for (const [name, value] of Object.entries({ step: "STUDY", intent: "save", cycleId: cycle.id, version: String(cycle.version), learningSummary: "Læring" })) form.append(name, value);
    predictions.forEach((prediction, index) => {
      form.append(`results.${index}.predictionId`, prediction.id);
      form.append(`results.${index}.outcome`, `Udfald ${index + 1}`);
      form.append(`results.${index}.held`, index === 0 ? "no" : "");
    });
    const result = await executeAction(saveStepConfig, { db: t.db, user: w.contactA }, form);
    expect(result.ok).toBe(true);
    const saved = await t.db.pdsaPrediction.findMany({ where: { cycleId: cycle.id }, orderBy: { position: "asc" } });
    expect(saved.map((p) => [p.outcome, p.held])).toEqual(predictions.map((_, index) => [`Udfald ${index + 1}`, index === 0 ? false : null]));
  });
});
