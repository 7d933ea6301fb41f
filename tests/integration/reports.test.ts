import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { getCollaborativeReports, getTeamReportMonth, getTeamReports } from "@/lib/reports/data";
import { scoreReportConfig, submitReportConfig } from "@/lib/reports/action-configs";
import { scoresForTeams } from "@/lib/reports/scores";
import { parseSnapshot } from "@/lib/reports/snapshot";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

const MONTH = "2026-03";
const MARCH = new Date("2026-03-01T00:00:00Z");

describe("monthly reports and IHI scores on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  type World = Awaited<ReturnType<typeof makeTeamWorld>>;
  const answers = { wentWell: "Tavlemøderne kører", barriers: "Travlhed", helpNeeded: "Hjælp til data" };
  const submit = (w: World, user: World["contactA"], input: Record<string, unknown> = {}) =>
    executeAction(submitReportConfig, { db: t.db, user }, { teamId: w.teamA.id, month: MONTH, ...answers, ...input });
  const submitted = async (w: World) => {
    const result = await submit(w, w.contactA);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.reportId;
  };
  const score = (user: World["contactA"], reportId: string, value: unknown, comment = "Flot arbejde") =>
    executeAction(scoreReportConfig, { db: t.db, user }, { reportId, score: value, comment });

  it("the contact person submits: the row, an audit event and a snapshot with the month's DONE cycles and completeness", async () => {
    const w = await makeTeamWorld(t.db);
    const done = await t.db.pdsaCycle.create({ data: { teamId: w.teamA.id, title: "Tavlemøde kl. 9", state: "DONE", completedAt: new Date("2026-03-12T10:00:00Z") } });
    await t.db.pdsaCycle.create({ data: { teamId: w.teamA.id, title: "I april", state: "DONE", completedAt: new Date("2026-04-02T10:00:00Z") } });
    await t.db.pdsaCycle.create({ data: { teamId: w.teamA.id, title: "Stadig i gang", state: "DO", startedAt: new Date("2026-03-05T10:00:00Z") } });
    const measure = await t.db.measure.create({ data: { teamId: w.teamA.id, name: "Fald", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY" } });
    await t.db.measurement.create({ data: { measureId: measure.id, teamId: w.teamA.id, periodStart: MARCH, numerator: 3 } });

    const reportId = await submitted(w);
    const row = await t.db.actionPeriodReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(row).toMatchObject({ teamId: w.teamA.id, month: MARCH, submittedById: w.contactA.id, ...answers });
    const snapshot = parseSnapshot(row.snapshot);
    expect(snapshot.cycles.map((cycle) => cycle.id)).toEqual([done.id]);
    expect(snapshot.cyclesCompleted).toBe(1);
    expect(snapshot.completeness).toBe(1);
    expect(snapshot.measures).toEqual([{ id: measure.id, name: "Fald", verdict: "too-few-points", expected: 1, found: 1 }]);
    expect(await t.db.auditEvent.count({ where: { entityId: reportId, action: "report.submit", actorId: w.contactA.id } })).toBe(1);
    const list = await getTeamReports(t.db, w.memberA, w.teamA.id);
    expect(list?.months.find((month) => month.key === MONTH)?.status).toBe("submitted");
    expect(list?.canSubmit).toBe(false);
  });

  it("refuses a member (FORBIDDEN), another team's contact person (NOT_FOUND) and the manager (FORBIDDEN), writing nothing", async () => {
    const w = await makeTeamWorld(t.db);
    expect(await submit(w, w.memberA)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await submit(w, w.patientA)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await submit(w, w.contactB)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await submit(w, w.manager)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await submit(w, w.secretariat)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await t.db.actionPeriodReport.count({ where: { teamId: w.teamA.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id, action: "report.submit" } })).toBe(0);
  });

  it("refuses a second report for the same month, the current month and bad input, changing nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const reportId = await submitted(w);
    expect(await submit(w, w.contactA, { wentWell: "Anden version" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "alreadySubmitted" });
    expect(await t.db.actionPeriodReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ wentWell: answers.wentWell });
    const now = new Date();
    const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
    expect(await submit(w, w.contactA, { month: current })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "monthNotEnded" });
    expect(await submit(w, w.contactA, { month: "2024-12" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "beforeTeamStart" });
    expect(await submit(w, w.contactA, { month: "2026-02", wentWell: "" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { wentWell: ["required"] } });
    expect(await submit(w, w.contactA, { month: "2026-02", barriers: "CPR 010203-1234" })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { barriers: ["personalIdentifier"] },
    });
    expect(await t.db.actionPeriodReport.count({ where: { teamId: w.teamA.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id, action: "report.submit" } })).toBe(1);
  });

  it("the secretariat scores 3.5 with a comment, then re-scores with before/after in the audit trail", async () => {
    const w = await makeTeamWorld(t.db);
    const reportId = await submitted(w);
    const first = await score(w.secretariat, reportId, "3,5");
    expect(first.ok).toBe(true);
    const assessment = await t.db.assessment.findUniqueOrThrow({ where: { teamId_month: { teamId: w.teamA.id, month: MARCH } } });
    expect(assessment).toMatchObject({ reportId, score: 3.5, comment: "Flot arbejde", assessedById: w.secretariat.id });
    expect((await score(w.secretariat, reportId, 4, "Endnu bedre")).ok).toBe(true);
    expect(await t.db.assessment.count({ where: { teamId: w.teamA.id } })).toBe(1);
    const audits = await t.db.auditEvent.findMany({ where: { entityId: assessment.id, action: "assessment.write" }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[0].before).toBeNull();
    expect(JSON.parse(audits[1].before!)).toEqual({ score: 3.5, comment: "Flot arbejde" });
    expect(JSON.parse(audits[1].after!)).toMatchObject({ score: 4, comment: "Endnu bedre" });
    const page = await getTeamReportMonth(t.db, w.contactA, w.teamA.id, MONTH);
    expect(page?.assessment?.score).toBe(4);
    const overview = await getCollaborativeReports(t.db, w.secretariat, w.collaborative.id, null);
    expect(overview?.rows.find((row) => row.id === w.teamA.id)?.latestAssessment?.score).toBe(4);
    expect(overview?.rows.find((row) => row.id === w.teamB.id)?.overdue.length).toBeGreaterThan(0);
    // The dashboards read the same score.
    const scores = await scoresForTeams(t.db, [w.teamA.id, w.teamB.id]);
    expect(scores.get(w.teamA.id)).toEqual({ latest: { month: MONTH, score: 4 }, history: [{ month: MONTH, score: 4 }] });
    expect(scores.get(w.teamB.id)).toEqual({ latest: null, history: [] });
  });

  it("refuses off-scale scores 3.7 and 5.5 with VALIDATION on score, and a missing report with NOT_FOUND", async () => {
    const w = await makeTeamWorld(t.db);
    const reportId = await submitted(w);
    expect(await score(w.secretariat, reportId, 3.7)).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { score: ["scoreStep"] } });
    expect(await score(w.secretariat, reportId, "5,5")).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { score: ["scoreStep"] } });
    expect(await score(w.secretariat, "no-such-report", 3)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await t.db.assessment.count({ where: { teamId: w.teamA.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id, action: "assessment.write" } })).toBe(0);
  });

  it("takes the forms' FormData: a report's answers, a too-long answer refused on its field, a picked score and none picked", async () => {
    const w = await makeTeamWorld(t.db);
    const report = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({ teamId: w.teamA.id, month: MONTH, ...answers, ...fields })) form.append(name, value);
      return executeAction(submitReportConfig, { db: t.db, user: w.contactA }, form);
    };
    expect(await report({ barriers: "x".repeat(4001) })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { barriers: ["tooBig"] } });
    expect(await t.db.actionPeriodReport.count({ where: { teamId: w.teamA.id } })).toBe(0);
    const submittedForm = await report({ helpNeeded: "" });
    expect(submittedForm.ok).toBe(true);
    const reportId = (submittedForm as { data: { reportId: string } }).data.reportId;
    expect(await t.db.actionPeriodReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ wentWell: answers.wentWell, helpNeeded: "" });

    const scoreForm = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({ reportId, comment: "", ...fields })) form.append(name, value);
      return executeAction(scoreReportConfig, { db: t.db, user: w.secretariat }, form);
    };
    expect(await scoreForm({})).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { score: ["required"] } });
    expect((await scoreForm({ score: "3.5" })).ok).toBe(true);
    expect(await t.db.assessment.findFirstOrThrow({ where: { reportId } })).toMatchObject({ score: 3.5, comment: "" });
  });

  it("the contact person and the manager may not score (FORBIDDEN); another team's contact person gets NOT_FOUND", async () => {
    const w = await makeTeamWorld(t.db);
    const reportId = await submitted(w);
    expect(await score(w.contactA, reportId, 5)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await score(w.manager, reportId, 5)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await score(w.contactB, reportId, 5)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await t.db.assessment.count({ where: { teamId: w.teamA.id } })).toBe(0);
    expect(await getTeamReportMonth(t.db, w.contactB, w.teamA.id, MONTH)).toBeNull();
    expect(await getCollaborativeReports(t.db, w.contactA, w.collaborative.id, null)).toBeNull();
  });
});
