import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getNewCycleForm } from "@/lib/pdsa/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

// The idea board's "Start a PDSA cycle" opens /cycles/new?ideaId=…; the form loader chooses that idea.
describe("the new-cycle form opened from a huddle-board idea", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof makeTeamWorld>>;
  beforeAll(async () => {
    t = await createTestDb();
    w = await makeTeamWorld(t.db);
  });
  afterAll(async () => t.drop());

  it("preselects a new idea of the team among the board's ideas", async () => {
    const idea = await t.db.idea.create({ data: { teamId: w.teamA.id, text: "Navn på tavlen ved stuegang" } });
    const form = await getNewCycleForm(t.db, w.memberA, w.teamA.id, { ideaId: idea.id });
    expect(form).toMatchObject({ canWrite: true, idea: { id: idea.id, text: "Navn på tavlen ved stuegang" } });
    expect(form!.ideas).toContainEqual({ id: idea.id, text: "Navn på tavlen ved stuegang" });
  });

  it("ignores an idea of another team or one already being tested", async () => {
    const foreign = await t.db.idea.create({ data: { teamId: w.teamB.id, text: "B's idea" } });
    const testing = await t.db.idea.create({ data: { teamId: w.teamA.id, text: "Already tested", status: "TESTING" } });
    expect((await getNewCycleForm(t.db, w.contactA, w.teamA.id, { ideaId: foreign.id }))?.idea).toBeNull();
    expect((await getNewCycleForm(t.db, w.contactA, w.teamA.id, { ideaId: testing.id }))?.idea).toBeNull();
  });

  it("offers nothing to a reader who may not start cycles, and not found outside the team", async () => {
    const idea = await t.db.idea.create({ data: { teamId: w.teamA.id, text: "Læst af patientrepræsentanten" } });
    expect(await getNewCycleForm(t.db, w.patientA, w.teamA.id, { ideaId: idea.id })).toMatchObject({ canWrite: false, idea: null, ideas: [] });
    expect(await getNewCycleForm(t.db, w.contactB, w.teamA.id, { ideaId: idea.id })).toBeNull();
  });
});
