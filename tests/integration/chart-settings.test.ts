import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { saveChartSettingsConfig } from "@/lib/chart-settings/action-configs";
import { getTeamMeasureChart } from "@/lib/measures/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

/** The fields a browser posts, as FormData gives them. */
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("saving a team's chart settings on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  async function world() {
    const w = await makeTeamWorld(t.db);
    const shared = await t.db.measure.create({
      data: { collaborativeId: w.collaborative.id, name: "Faldrisikovurdering", type: "PROCESS", kind: "COUNT", frequency: "WEEKLY", defaultChart: "RUN" },
    });
    const ownOfB = await t.db.measure.create({
      data: { teamId: w.teamB.id, name: "Team B's own", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY", defaultChart: "C" },
    });
    return { ...w, shared, ownOfB };
  }
  const settingOf = (teamId: string, measureId: string) => t.db.teamMeasureSetting.findUnique({ where: { teamId_measureId: { teamId, measureId } } });
  const audits = (teamId: string) => t.db.auditEvent.findMany({ where: { teamId, action: "chartSettings.save" } });

  it("lets the contact person freeze the baseline: writes the row and an audit event, and the chart loader reads it", async () => {
    const w = await world();
    const result = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "12", phaseSplits: "" });
    expect(result).toEqual({ ok: true, data: { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: 12, phaseSplits: [] } });
    const row = await settingOf(w.teamA.id, w.shared.id);
    expect([row?.baselineCount, row?.phaseSplits]).toEqual([12, ""]);
    const events = await audits(w.teamA.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: w.contactA.id, entityType: "TeamMeasureSetting", entityId: `${w.teamA.id}:${w.shared.id}`, before: null });
    expect(JSON.parse(events[0].after ?? "{}")).toEqual({ measureId: w.shared.id, baselineCount: 12, phaseSplits: [] });
    const chart = await getTeamMeasureChart(t.db, w.contactA, w.teamA.id, w.shared.id);
    expect(chart?.setting).toMatchObject({ baselineCount: 12, phaseSplits: [] });
  });

  it("updates an existing setting to phases, keeps the chart kind, and audits before and after", async () => {
    const w = await world();
    await t.db.teamMeasureSetting.create({ data: { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: 8, chart: "C" } });
    const result = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: null, phaseSplits: [12, 30] });
    expect(result.ok).toBe(true);
    const row = await settingOf(w.teamA.id, w.shared.id);
    expect([row?.baselineCount, row?.phaseSplits, row?.chart]).toEqual([null, "12,30", "C"]);
    const [event] = await audits(w.teamA.id);
    expect(JSON.parse(event.before ?? "null")).toEqual({ baselineCount: 8, phaseSplits: [] });
    expect(JSON.parse(event.after ?? "null")).toMatchObject({ baselineCount: null, phaseSplits: [12, 30] });
    const chart = await getTeamMeasureChart(t.db, w.contactA, w.teamA.id, w.shared.id);
    expect(chart?.setting).toMatchObject({ baselineCount: null, phaseSplits: [12, 30] });
  });

  it("answers FORBIDDEN to a member of the team and writes nothing", async () => {
    const w = await world();
    const result = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.memberA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "12", phaseSplits: "" });
    expect(result).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await settingOf(w.teamA.id, w.shared.id)).toBeNull();
    expect(await audits(w.teamA.id)).toHaveLength(0);
  });

  it("answers NOT_FOUND to another team's contact person, and to a measure the team does not work with, and writes nothing", async () => {
    const w = await world();
    const otherTeam = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactB }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "12", phaseSplits: "" });
    expect(otherTeam).toEqual({ ok: false, code: "NOT_FOUND" });
    const otherMeasure = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.ownOfB.id, baselineCount: "12", phaseSplits: "" });
    expect(otherMeasure).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await t.db.teamMeasureSetting.count({ where: { teamId: { in: [w.teamA.id, w.teamB.id] } } })).toBe(0);
    expect(await audits(w.teamA.id)).toHaveLength(0);
  });

  it("refuses a frozen baseline together with phases with RULE_VIOLATION and changes nothing", async () => {
    const w = await world();
    await t.db.teamMeasureSetting.create({ data: { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: 8 } });
    const result = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "12", phaseSplits: "20" });
    expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "chartSettings.baselineAndPhases" });
    const row = await settingOf(w.teamA.id, w.shared.id);
    expect([row?.baselineCount, row?.phaseSplits]).toEqual([8, ""]);
    expect(await audits(w.teamA.id)).toHaveLength(0);
  });

  it("takes the settings form as FormData", async () => {
    const w = await world();
    const env = { db: t.db, user: w.contactA };
    const saved = await executeAction(saveChartSettingsConfig, env, form({ teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "", phaseSplits: "12, 30" }));
    expect(saved).toEqual({ ok: true, data: { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: null, phaseSplits: [12, 30] } });
    expect(await executeAction(saveChartSettingsConfig, env, form({ teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "12", phaseSplits: "20" }))).toMatchObject({
      ok: false,
      code: "RULE_VIOLATION",
    });
    expect((await settingOf(w.teamA.id, w.shared.id))?.phaseSplits).toBe("12,30");
  });

  it("answers VALIDATION with the field keys to bad input and writes nothing", async () => {
    const w = await world();
    const tooSmall = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "1", phaseSplits: "" });
    expect(tooSmall).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { baselineCount: ["tooSmall"] } });
    const unordered = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "", phaseSplits: "30, 12" });
    expect(unordered).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { phaseSplits: ["phasesNotIncreasing"] } });
    const tooMany = await executeAction(saveChartSettingsConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, measureId: w.shared.id, baselineCount: "", phaseSplits: "2,3,4,5,6,7" });
    expect(tooMany).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { phaseSplits: ["tooManyPhases"] } });
    expect(await settingOf(w.teamA.id, w.shared.id)).toBeNull();
    expect(await audits(w.teamA.id)).toHaveLength(0);
  });
});
