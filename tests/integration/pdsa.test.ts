import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, type ActionConfig } from "@/lib/actions/define-action";
import {
  abandonCycleConfig,
  advanceCycleConfig,
  commentCycleConfig,
  createCycleConfig,
  saveActConfig,
  saveDoConfig,
  savePlanConfig,
  saveStudyConfig,
  startNextCycleConfig,
} from "@/lib/pdsa/action-configs";
import { getCycle, getCycleBoard, getRamp } from "@/lib/pdsa/data";
import { missingItemsOf } from "@/lib/pdsa/rules";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";
import { makeCycle } from "../helpers/pdsa-fixtures";

describe("PDSA cycles on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  type World = Awaited<ReturnType<typeof makeTeamWorld>>;
  const run = <S extends z.ZodType, T>(config: ActionConfig<S, T>, user: World["contactA"], input: unknown) => executeAction(config, { db: t.db, user }, input);
  const cycleRow = (id: string) => t.db.pdsaCycle.findUniqueOrThrow({ where: { id }, include: { predictions: { orderBy: { position: "asc" } }, measures: true } });
  const audits = (entityId: string, action?: string) => t.db.auditEvent.count({ where: { entityId, ...(action ? { action } : {}) } });
  const plan = (cycleId: string, version: number, overrides: Record<string, unknown> = {}) => ({
    cycleId,
    version,
    title: "Sengehest-tjek",
    scale: "1 patient",
    objective: "Færre fald om natten",
    who: "Nattevagten",
    what: "Tjek af sengehest ved hver runde",
    where: "Stue 3",
    whenText: "Uge 12",
    dataCollectionPlan: "Tælle fald pr. nat",
    plannedStart: "2026-03-16",
    questions: [
      { question: "Bliver tjekket gjort?", prediction: "Ja, 9 af 10 runder" },
      { question: "Falder færre?", prediction: "Ingen fald" },
    ],
    measureIds: [],
    ...overrides,
  });

  it("creates a blank cycle in PLAN with an audit event, owned by its creator", async () => {
    const w = await makeTeamWorld(t.db);
    const result = await run(createCycleConfig, w.memberA, { teamId: w.teamA.id, title: "Blank cyklus" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await cycleRow(result.data.cycleId)).toMatchObject({ state: "PLAN", title: "Blank cyklus", ownerId: w.memberA.id, teamId: w.teamA.id, version: 1 });
    expect(await audits(result.data.cycleId, "pdsa.create")).toBe(1);
  });

  it("starts a cycle from the new-cycle form's FormData, where no change idea or idea posts empty strings", async () => {
    const w = await makeTeamWorld(t.db);
    const form = new FormData();
    for (const [name, value] of Object.entries({ teamId: w.teamA.id, title: "Fra formularen", changeIdeaId: "", ideaId: "" })) form.append(name, value);
    const result = await run(createCycleConfig, w.memberA, form);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await cycleRow(result.data.cycleId)).toMatchObject({ title: "Fra formularen", changeIdeaId: null, teamId: w.teamA.id });
    form.set("title", "x".repeat(201));
    expect(await run(createCycleConfig, w.memberA, form)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { title: ["tooBig"] } });
  });

  it("starts a cycle from a huddle-board idea, moving the idea to TESTING and linking it", async () => {
    const w = await makeTeamWorld(t.db);
    const idea = await t.db.idea.create({ data: { teamId: w.teamA.id, text: "Sengehest-tjek" } });
    const result = await run(createCycleConfig, w.contactA, { teamId: w.teamA.id, title: "Fra tavlen", ideaId: idea.id });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await t.db.idea.findUniqueOrThrow({ where: { id: idea.id } })).toMatchObject({ status: "TESTING", cycleId: result.data.cycleId });
    expect(await audits(idea.id, "idea.move")).toBe(1);
  });

  it("starts a cycle from a team's change idea, which goes from IDEA to TESTING", async () => {
    const w = await makeTeamWorld(t.db);
    const changeIdea = await t.db.changeIdea.create({ data: { teamId: w.teamA.id, title: "Tjekliste" } });
    const result = await run(createCycleConfig, w.contactA, { teamId: w.teamA.id, title: "Tjekliste 1", changeIdeaId: changeIdea.id });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await cycleRow(result.data.cycleId)).changeIdeaId).toBe(changeIdea.id);
    expect((await t.db.changeIdea.findUniqueOrThrow({ where: { id: changeIdea.id } })).status).toBe("TESTING");
  });

  it("refuses another team's (or the change package's) change idea or idea with RULE_VIOLATION and creates nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const foreign = await t.db.changeIdea.create({ data: { teamId: w.teamB.id, title: "B" } });
    const foreignIdea = await t.db.idea.create({ data: { teamId: w.teamB.id, text: "B" } });
    expect(await run(createCycleConfig, w.contactA, { teamId: w.teamA.id, title: "X", changeIdeaId: foreign.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "changeIdeaOfOtherTeam" });
    expect(await run(createCycleConfig, w.contactA, { teamId: w.teamA.id, title: "X", ideaId: foreignIdea.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "ideaOfOtherTeam" });
    // The collaborative's change package is a template: the team tests its own copy.
    const packageIdea = await t.db.changeIdea.create({ data: { collaborativeId: w.collaborative.id, title: "Pakke" } });
    expect(await run(createCycleConfig, w.contactA, { teamId: w.teamA.id, title: "X", changeIdeaId: packageIdea.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "changeIdeaOfOtherTeam" });
    expect(await t.db.pdsaCycle.count({ where: { teamId: w.teamA.id } })).toBe(0);
  });

  it("refuses a blank title with VALIDATION, a patient representative with FORBIDDEN and another team's member with NOT_FOUND", async () => {
    const w = await makeTeamWorld(t.db);
    expect(await run(createCycleConfig, w.contactA, { teamId: w.teamA.id, title: "  " })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { title: ["required"] } });
    expect(await run(createCycleConfig, w.patientA, { teamId: w.teamA.id, title: "P" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run(createCycleConfig, w.contactB, { teamId: w.teamA.id, title: "B" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await run(createCycleConfig, w.manager, { teamId: w.teamA.id, title: "M" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await t.db.pdsaCycle.count({ where: { teamId: w.teamA.id } })).toBe(0);
  });

  it("saves the plan with questions, predictions and linked measures, bumping the version, with an audit event", async () => {
    const w = await makeTeamWorld(t.db);
    const measure = await t.db.measure.create({ data: { teamId: w.teamA.id, name: "Fald", type: "OUTCOME", kind: "COUNT", frequency: "WEEKLY", direction: "DOWN" } as never });
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    const result = await run(savePlanConfig, w.memberA, plan(cycle.id, 1, { measureIds: [measure.id] }));
    expect(result).toEqual({ ok: true, data: { cycleId: cycle.id, version: 2 } });
    const row = await cycleRow(cycle.id);
    expect(row).toMatchObject({ title: "Sengehest-tjek", objective: "Færre fald om natten", version: 2 });
    expect(row.plannedStart?.toISOString()).toBe("2026-03-16T00:00:00.000Z");
    expect(row.predictions.map((p) => [p.position, p.question, p.prediction])).toEqual([
      [0, "Bliver tjekket gjort?", "Ja, 9 af 10 runder"],
      [1, "Falder færre?", "Ingen fald"],
    ]);
    expect(row.measures.map((m) => m.measureId)).toEqual([measure.id]);
    expect(await audits(cycle.id, "pdsa.savePlan")).toBe(1);
  });

  it("refuses a measure of another team and a personal identity number, changing nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const foreign = await t.db.measure.create({ data: { teamId: w.teamB.id, name: "B", type: "OUTCOME", kind: "COUNT", frequency: "WEEKLY", direction: "DOWN" } as never });
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    expect(await run(savePlanConfig, w.memberA, plan(cycle.id, 1, { measureIds: [foreign.id] }))).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "measureOfOtherTeam" });
    expect(await run(savePlanConfig, w.memberA, plan(cycle.id, 1, { objective: "Patient 010190-1234" }))).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { objective: ["personalIdentifier"] },
    });
    expect(await cycleRow(cycle.id)).toMatchObject({ version: 1, objective: "", title: "Tjekliste ved vagtskifte" });
    expect(await audits(cycle.id)).toBe(0);
  });

  it("refuses a premature step with RULE_VIOLATION and the list of what is missing, changing nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false });
    await run(savePlanConfig, w.contactA, plan(cycle.id, 1, { questions: [{ question: "Q1", prediction: "P1" }, { question: "Q2", prediction: "" }], who: "" }));
    const result = await run(advanceCycleConfig, w.contactA, { cycleId: cycle.id, version: 2, to: "DO" });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "stepIncomplete" });
    expect(result.ok ? [] : missingItemsOf(result.details)).toEqual([{ code: "predictionMissing", question: 2 }, { code: "whoMissing" }]);
    expect(await cycleRow(cycle.id)).toMatchObject({ state: "PLAN", version: 2, startedAt: null });
    expect(await audits(cycle.id, "pdsa.advance")).toBe(0);
    expect(await run(advanceCycleConfig, w.contactA, { cycleId: cycle.id, version: 2, to: "STUDY" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "invalidTransition" });
  });

  it("walks PLAN → DO → STUDY → ACT → DONE with ADOPT, records the dates, and marks the change idea ADOPTED", async () => {
    const w = await makeTeamWorld(t.db);
    const changeIdea = await t.db.changeIdea.create({ data: { teamId: w.teamA.id, title: "Tjekliste", status: "TESTING" } });
    const cycle = await makeCycle(t.db, w.teamA.id, { filled: false, changeIdeaId: changeIdea.id });
    let version = 1;
    const step = async <S extends z.ZodType, T>(config: ActionConfig<S, T>, input: Record<string, unknown>) => {
      const result = await run(config, w.memberA, { cycleId: cycle.id, version, ...input });
      if (!result.ok) throw new Error(JSON.stringify(result));
      version = (result.data as { version: number }).version;
    };
    await step(savePlanConfig, plan(cycle.id, version));
    await step(advanceCycleConfig, { to: "DO" });
    expect((await cycleRow(cycle.id)).startedAt).not.toBeNull();
    await step(saveDoConfig, { observations: "Tjekket 9 af 10 runder", surprises: "Ingen" });
    await step(advanceCycleConfig, { to: "STUDY" });
    const predictions = (await cycleRow(cycle.id)).predictions;
    await step(saveStudyConfig, { learningSummary: "Det virker", results: predictions.map((p) => ({ predictionId: p.id, outcome: "Som ventet", held: true })) });
    await step(advanceCycleConfig, { to: "ACT" });
    await step(saveActConfig, { decision: "ADOPT", decisionNote: "Indføres på hele afsnittet" });
    await step(advanceCycleConfig, { to: "DONE" });
    const row = await cycleRow(cycle.id);
    expect(row).toMatchObject({ state: "DONE", decision: "ADOPT", version: 9 });
    expect(row.completedAt).not.toBeNull();
    expect(row.predictions.every((p) => p.outcome === "Som ventet" && p.held === true)).toBe(true);
    expect((await t.db.changeIdea.findUniqueOrThrow({ where: { id: changeIdea.id } })).status).toBe("ADOPTED");
    expect(await audits(changeIdea.id, "changeIdea.status")).toBe(1);
    expect(await audits(cycle.id, "pdsa.advance")).toBe(4);
  });

  it("ABANDON as decision marks the change idea ABANDONED", async () => {
    const w = await makeTeamWorld(t.db);
    const changeIdea = await t.db.changeIdea.create({ data: { teamId: w.teamA.id, title: "Alarm", status: "TESTING" } });
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "ACT", decision: "ABANDON", changeIdeaId: changeIdea.id });
    expect((await run(advanceCycleConfig, w.contactA, { cycleId: cycle.id, version: 1, to: "DONE" })).ok).toBe(true);
    expect((await t.db.changeIdea.findUniqueOrThrow({ where: { id: changeIdea.id } })).status).toBe("ABANDONED");
  });

  it("ADAPT offers the next cycle of the ramp: prefilled, linked, and only once", async () => {
    const w = await makeTeamWorld(t.db);
    const changeIdea = await t.db.changeIdea.create({ data: { teamId: w.teamA.id, title: "Tjekliste", status: "TESTING" } });
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "ACT", decision: "ADAPT", changeIdeaId: changeIdea.id });
    expect(await run(startNextCycleConfig, w.contactA, { cycleId: cycle.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "nextCycleNeedsAdapt" });
    expect((await run(advanceCycleConfig, w.contactA, { cycleId: cycle.id, version: 1, to: "DONE" })).ok).toBe(true);
    expect((await t.db.changeIdea.findUniqueOrThrow({ where: { id: changeIdea.id } })).status).toBe("TESTING");
    const next = await run(startNextCycleConfig, w.memberA, { cycleId: cycle.id });
    if (!next.ok) throw new Error(JSON.stringify(next));
    const row = await cycleRow(next.data.cycleId);
    expect(row).toMatchObject({ state: "PLAN", previousCycleId: cycle.id, changeIdeaId: changeIdea.id, objective: "Færre fald", who: "Nattevagten", dataCollectionPlan: "Tælle fald" });
    expect(row.predictions.map((p) => [p.question, p.prediction, p.outcome, p.held])).toEqual([["Bliver tjeklisten brugt?", "Ja, 8 af 10 gange", "", null]]);
    expect(await audits(next.data.cycleId, "pdsa.startNext")).toBe(1);
    expect(await run(startNextCycleConfig, w.memberA, { cycleId: cycle.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "nextCycleExists" });
    const ramp = await getRamp(t.db, w.patientA, w.teamA.id, changeIdea.id);
    expect(ramp?.cycles.map((c) => c.id)).toEqual([cycle.id, next.data.cycleId]);
  });

  it("numbers each next cycle of a ramp by its place, so the ramp never lists two cycles with one name", async () => {
    const w = await makeTeamWorld(t.db);
    const changeIdea = await t.db.changeIdea.create({ data: { teamId: w.teamA.id, title: "Tjekliste", status: "TESTING" } });
    const first = await makeCycle(t.db, w.teamA.id, { state: "DONE", decision: "ADAPT", changeIdeaId: changeIdea.id, title: "Tjekliste ved vagtskifte" });
    const second = await run(startNextCycleConfig, w.contactA, { cycleId: first.id });
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect((await cycleRow(second.data.cycleId)).title).toBe("Tjekliste ved vagtskifte (2)");
    await t.db.pdsaCycle.update({ where: { id: second.data.cycleId }, data: { state: "DONE", decision: "ADAPT" } });
    const third = await run(startNextCycleConfig, w.contactA, { cycleId: second.data.cycleId });
    if (!third.ok) throw new Error(JSON.stringify(third));
    expect((await cycleRow(third.data.cycleId)).title).toBe("Tjekliste ved vagtskifte (3)");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: third.data.cycleId, action: "pdsa.startNext" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ previousCycleId: second.data.cycleId, title: "Tjekliste ved vagtskifte (3)" });
    const ramp = await getRamp(t.db, w.patientA, w.teamA.id, changeIdea.id);
    expect(ramp?.cycles.map((c) => c.title)).toEqual(["Tjekliste ved vagtskifte", "Tjekliste ved vagtskifte (2)", "Tjekliste ved vagtskifte (3)"]);

    const long = await makeCycle(t.db, w.teamA.id, { state: "DONE", decision: "ADAPT", title: "x".repeat(200) });
    const numbered = await run(startNextCycleConfig, w.contactA, { cycleId: long.id });
    if (!numbered.ok) throw new Error(JSON.stringify(numbered));
    expect((await cycleRow(numbered.data.cycleId)).title).toBe(`${"x".repeat(196)} (2)`);
  });

  it("refuses a stale version with CONFLICT and keeps the first save", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "DO", filled: false });
    expect((await run(saveDoConfig, w.contactA, { cycleId: cycle.id, version: 1, observations: "Første", surprises: "" })).ok).toBe(true);
    expect(await run(saveDoConfig, w.memberA, { cycleId: cycle.id, version: 1, observations: "Anden", surprises: "" })).toEqual({ ok: false, code: "CONFLICT" });
    expect(await run(advanceCycleConfig, w.memberA, { cycleId: cycle.id, version: 1, to: "STUDY" })).toEqual({ ok: false, code: "CONFLICT" });
    expect(await cycleRow(cycle.id)).toMatchObject({ observations: "Første", version: 2, state: "DO" });
    expect(await audits(cycle.id, "pdsa.saveDo")).toBe(1);
  });

  it("refuses a save to a step that is not the current one", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "DO" });
    expect(await run(savePlanConfig, w.contactA, plan(cycle.id, 1))).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "stepNotCurrent" });
    expect((await cycleRow(cycle.id)).version).toBe(1);
  });

  it("abandons an open cycle with a reason; a reason is required", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "STUDY" });
    expect(await run(abandonCycleConfig, w.contactA, { cycleId: cycle.id, version: 1, reason: "" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["required"] } });
    expect((await run(abandonCycleConfig, w.contactA, { cycleId: cycle.id, version: 1, reason: "Personalemangel" })).ok).toBe(true);
    expect(await cycleRow(cycle.id)).toMatchObject({ state: "ABANDONED", abandonReason: "Personalemangel" });
    expect(await audits(cycle.id, "pdsa.abandon")).toBe(1);
    expect(await run(abandonCycleConfig, w.contactA, { cycleId: cycle.id, version: 2, reason: "Igen" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "readOnly" });
  });

  it("a DONE cycle is read-only but takes comments, also from the patient representative", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "DONE", decision: "ADOPT" });
    expect(await run(saveActConfig, w.contactA, { cycleId: cycle.id, version: 1, decision: "ADAPT", decisionNote: "" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "readOnly" });
    expect(await run(abandonCycleConfig, w.contactA, { cycleId: cycle.id, version: 1, reason: "x" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "readOnly" });
    expect(await cycleRow(cycle.id)).toMatchObject({ decision: "ADOPT", state: "DONE", version: 1 });
    const comment = await run(commentCycleConfig, w.patientA, { cycleId: cycle.id, text: "Godt arbejde" });
    if (!comment.ok) throw new Error(JSON.stringify(comment));
    expect(await t.db.pdsaComment.findUniqueOrThrow({ where: { id: comment.data.commentId } })).toMatchObject({ authorId: w.patientA.id, text: "Godt arbejde" });
    expect(await audits(comment.data.commentId, "pdsa.comment")).toBe(1);
  });

  it("the patient representative may not write a cycle (FORBIDDEN), another team's member does not see it (NOT_FOUND); nothing changes", async () => {
    const w = await makeTeamWorld(t.db);
    const cycle = await makeCycle(t.db, w.teamA.id, { state: "DO" });
    expect(await run(saveDoConfig, w.patientA, { cycleId: cycle.id, version: 1, observations: "P", surprises: "" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await run(advanceCycleConfig, w.contactB, { cycleId: cycle.id, version: 1, to: "STUDY" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await run(commentCycleConfig, w.contactB, { cycleId: cycle.id, text: "B" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await run(saveDoConfig, w.memberA, { cycleId: "missing", version: 1, observations: "x", surprises: "" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await cycleRow(cycle.id)).toMatchObject({ observations: "Gik fint", state: "DO", version: 1 });
    expect(await audits(cycle.id)).toBe(0);
  });

  it("loaders answer null out of scope and filter the board", async () => {
    const w = await makeTeamWorld(t.db);
    const a = await makeCycle(t.db, w.teamA.id, { state: "DO", title: "A" });
    await makeCycle(t.db, w.teamA.id, { state: "PLAN", title: "B" });
    expect(await getCycle(t.db, w.contactB, w.teamA.id, a.id)).toBeNull();
    expect(await getCycle(t.db, w.contactB, w.teamB.id, a.id)).toBeNull();
    expect(await getCycleBoard(t.db, w.contactB, w.teamA.id, {})).toBeNull();
    const board = await getCycleBoard(t.db, w.manager, w.teamA.id, { state: "DO" });
    expect(board?.cycles.map((c) => c.title)).toEqual(["A"]);
    expect(board?.canWrite).toBe(false);
    expect((await getCycle(t.db, w.patientA, w.teamA.id, a.id))?.canComment).toBe(true);
  });
});
