import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { moveIdeaConfig, postIdeaConfig } from "@/lib/ideas/action-configs";
import { getIdeaBoard } from "@/lib/ideas/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

describe("the idea board on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  type World = Awaited<ReturnType<typeof makeTeamWorld>>;
  const post = async (w: World, user: World["contactA"], text = "Fast tid til tavlemøde") => {
    const result = await executeAction(postIdeaConfig, { db: t.db, user }, { teamId: w.teamA.id, text });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.ideaId;
  };
  const statusOf = async (id: string) => (await t.db.idea.findUniqueOrThrow({ where: { id } })).status;

  it("lets any team member, the patient representative too, post a NEW idea with an audit event", async () => {
    const w = await makeTeamWorld(t.db);
    const id = await post(w, w.patientA);
    expect(await t.db.idea.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", createdById: w.patientA.id, teamId: w.teamA.id });
    expect(await t.db.auditEvent.count({ where: { entityId: id, action: "idea.post" } })).toBe(1);
    expect((await getIdeaBoard(t.db, w.patientA, w.teamA.id))?.columns.NEW.map((idea) => idea.id)).toEqual([id]);
  });

  it("refuses an empty, too long or multi-line idea with field errors and writes nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const tryPost = (text: string) => executeAction(postIdeaConfig, { db: t.db, user: w.memberA }, { teamId: w.teamA.id, text });
    expect(await tryPost("")).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { text: ["required"] } });
    expect(await tryPost("x".repeat(201))).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { text: ["tooBig"] } });
    expect(await tryPost("one\ntwo")).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { text: ["oneLine"] } });
    expect(await t.db.idea.count({ where: { teamId: w.teamA.id } })).toBe(0);
  });

  it("moves an idea NEW → TESTING with a cycle of the team → PARKED → NEW, each with an audit event", async () => {
    const w = await makeTeamWorld(t.db);
    const id = await post(w, w.memberA);
    const cycle = await t.db.pdsaCycle.create({ data: { teamId: w.teamA.id, title: "Test" } });
    const move = (status: string, cycleId: string | null = null) => executeAction(moveIdeaConfig, { db: t.db, user: w.contactA }, { ideaId: id, status, cycleId });
    expect(await move("TESTING", cycle.id)).toEqual({ ok: true, data: { ideaId: id, status: "TESTING" } });
    expect(await t.db.idea.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "TESTING", cycleId: cycle.id });
    expect((await move("PARKED")).ok).toBe(true);
    expect((await move("NEW")).ok).toBe(true);
    expect(await t.db.idea.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", cycleId: null });
    expect(await t.db.auditEvent.count({ where: { entityId: id, action: "idea.move" } })).toBe(3);
  });

  it("takes the board's forms as FormData: a post, a Test button with the chosen cycle, a Park button without one", async () => {
    const w = await makeTeamWorld(t.db);
    const env = { db: t.db, user: w.contactA };
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    };
    const posted = await executeAction(postIdeaConfig, env, form({ teamId: w.teamA.id, text: "Tavlemøde kl. 9" }));
    if (!posted.ok) throw new Error(JSON.stringify(posted));
    const id = posted.data.ideaId;
    const cycle = await t.db.pdsaCycle.create({ data: { teamId: w.teamA.id, title: "Test" } });
    expect(await executeAction(moveIdeaConfig, env, form({ ideaId: id, cycleId: cycle.id, status: "TESTING" }))).toEqual({ ok: true, data: { ideaId: id, status: "TESTING" } });
    expect(await executeAction(moveIdeaConfig, env, form({ ideaId: id, status: "PARKED" }))).toEqual({ ok: true, data: { ideaId: id, status: "PARKED" } });
    expect(await t.db.idea.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PARKED", cycleId: cycle.id });
    // "No cycle" in the Test form posts an empty choice.
    await executeAction(moveIdeaConfig, env, form({ ideaId: id, status: "NEW" }));
    expect(await executeAction(moveIdeaConfig, env, form({ ideaId: id, cycleId: "", status: "TESTING" }))).toMatchObject({ ok: true });
    expect(await t.db.idea.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "TESTING", cycleId: null });
  });

  it("refuses a move the board does not allow and a cycle of another team with RULE_VIOLATION, changing nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const id = await post(w, w.memberA);
    const otherCycle = await t.db.pdsaCycle.create({ data: { teamId: w.teamB.id, title: "B's" } });
    const move = (status: string, cycleId: string | null = null) => executeAction(moveIdeaConfig, { db: t.db, user: w.memberA }, { ideaId: id, status, cycleId });
    expect(await move("TESTING", otherCycle.id)).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "cycleOfOtherTeam" });
    expect((await move("ADOPTED")).ok).toBe(true);
    expect(await move("NEW")).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "invalidMove" });
    expect(await move("SOMEWHERE")).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await statusOf(id)).toBe("ADOPTED");
    expect(await t.db.auditEvent.count({ where: { entityId: id, action: "idea.move" } })).toBe(1);
  });

  it("the patient representative posts but may not move (FORBIDDEN); team A's contact person cannot touch team B's board (NOT_FOUND)", async () => {
    const w = await makeTeamWorld(t.db);
    const id = await post(w, w.memberA);
    expect(await executeAction(moveIdeaConfig, { db: t.db, user: w.patientA }, { ideaId: id, status: "PARKED" })).toEqual({ ok: false, code: "FORBIDDEN" });
    const bIdea = await executeAction(postIdeaConfig, { db: t.db, user: w.contactB }, { teamId: w.teamB.id, text: "B's idea" });
    const bId = bIdea.ok ? bIdea.data.ideaId : "";
    expect(await executeAction(moveIdeaConfig, { db: t.db, user: w.contactA }, { ideaId: bId, status: "PARKED" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(postIdeaConfig, { db: t.db, user: w.contactA }, { teamId: w.teamB.id, text: "Mine" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(postIdeaConfig, { db: t.db, user: w.manager }, { teamId: w.teamA.id, text: "Manager" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await statusOf(id)).toBe("NEW");
    expect(await statusOf(bId)).toBe("NEW");
    expect(await t.db.idea.count({ where: { teamId: w.teamB.id } })).toBe(1);
    expect(await getIdeaBoard(t.db, w.contactA, w.teamB.id)).toBeNull();
  });
});
