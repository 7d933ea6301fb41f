import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCollaborative, authorizeRole, authorizeTeam } from "@/lib/authz/authorize";
import { readableTeamsWhere } from "@/lib/authz/scope";
import { getTeamOverview, listReadableTeams } from "@/lib/teams/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../helpers/fixtures";

describe("authorisation per role against a real database", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const regionA = await makeOrganisation(db, "REGION");
    const regionB = await makeOrganisation(db, "REGION");
    const a = await makeCollaborative(db, regionA.id, 2);
    const b = await makeCollaborative(db, regionB.id, 1);
    const [teamA, teamA2] = a.teams;
    const [teamB] = b.teams;
    const contact = await makeUser(db);
    const member = await makeUser(db);
    const patientRep = await makeUser(db);
    const outsider = await makeUser(db);
    const secretariat = await makeUser(db, "SECRETARIAT");
    const otherSecretariat = await makeUser(db, "SECRETARIAT");
    const regionManager = await makeUser(db, "MANAGER");
    const collaborativeManager = await makeUser(db, "MANAGER");
    const admin = await makeUser(db, "ADMIN");
    await addMember(db, teamA.id, contact.id, "CONTACT_PERSON");
    await addMember(db, teamA.id, member.id, "MEMBER");
    await addMember(db, teamA.id, patientRep.id, "PATIENT_REPRESENTATIVE");
    await addMember(db, teamB.id, outsider.id, "CONTACT_PERSON");
    await addStaff(db, a.collaborative.id, secretariat.id);
    await addStaff(db, b.collaborative.id, otherSecretariat.id);
    await scopeManager(db, regionManager.id, { organisationId: regionA.id });
    await scopeManager(db, collaborativeManager.id, { collaborativeId: b.collaborative.id });
    return { a, b, teamA, teamA2, teamB, contact, member, patientRep, outsider, secretariat, otherSecretariat, regionManager, collaborativeManager, admin };
  }

  beforeAll(async () => {
    t = await createTestDb();
    world = await build(t.db);
  });
  afterAll(async () => t.drop());

  it("a contact person reads and writes their own team", async () => {
    const { contact, teamA } = world;
    expect((await authorizeTeam(t.db, contact, teamA.id, "team.read")).ok).toBe(true);
    expect((await authorizeTeam(t.db, contact, teamA.id, "team.editAim")).ok).toBe(true);
    expect((await authorizeTeam(t.db, contact, teamA.id, "report.submit")).ok).toBe(true);
  });

  it("a member of team A can neither read nor write team B (it does not exist for them)", async () => {
    const { member, contact, teamB, teamA2 } = world;
    expect(await authorizeTeam(t.db, member, teamB.id, "team.read")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await authorizeTeam(t.db, member, teamB.id, "measurement.write")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await authorizeTeam(t.db, contact, teamA2.id, "pdsa.write")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await getTeamOverview(t.db, member, teamB.id)).toBeNull();
  });

  it("a member writes data but may not submit the monthly report", async () => {
    const { member, teamA } = world;
    expect((await authorizeTeam(t.db, member, teamA.id, "measurement.write")).ok).toBe(true);
    expect(await authorizeTeam(t.db, member, teamA.id, "report.submit")).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("a patient representative reads and comments but does not write data", async () => {
    const { patientRep, teamA } = world;
    expect((await authorizeTeam(t.db, patientRep, teamA.id, "team.read")).ok).toBe(true);
    expect((await authorizeTeam(t.db, patientRep, teamA.id, "comment.write")).ok).toBe(true);
    expect(await authorizeTeam(t.db, patientRep, teamA.id, "measurement.write")).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("the secretariat manages every team of its own collaborative and none of another's", async () => {
    const { secretariat, teamA, teamA2, teamB, a, b } = world;
    expect((await authorizeTeam(t.db, secretariat, teamA2.id, "assessment.write")).ok).toBe(true);
    expect((await authorizeCollaborative(t.db, secretariat, a.collaborative.id, "collaborative.manage")).ok).toBe(true);
    expect(await authorizeTeam(t.db, secretariat, teamB.id, "team.read")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await authorizeCollaborative(t.db, secretariat, b.collaborative.id, "collaborative.read")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await authorizeTeam(t.db, secretariat, teamA.id, "pdsa.write")).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("a manager reads within the organisation subtree of their scope and writes nothing", async () => {
    const { regionManager, teamA, teamB, a } = world;
    expect((await authorizeTeam(t.db, regionManager, teamA.id, "team.read")).ok).toBe(true);
    expect((await authorizeCollaborative(t.db, regionManager, a.collaborative.id, "collaborative.readTeams")).ok).toBe(true);
    for (const action of ["measurement.write", "pdsa.write", "team.editAim", "assessment.write"] as const) {
      expect(await authorizeTeam(t.db, regionManager, teamA.id, action)).toEqual({ ok: false, code: "FORBIDDEN" });
    }
    expect(await authorizeCollaborative(t.db, regionManager, a.collaborative.id, "collaborative.manage")).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await authorizeTeam(t.db, regionManager, teamB.id, "team.read")).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("a manager scoped to one collaborative reads exactly its teams", async () => {
    const { collaborativeManager, teamA, teamB } = world;
    expect((await authorizeTeam(t.db, collaborativeManager, teamB.id, "team.read")).ok).toBe(true);
    expect(await authorizeTeam(t.db, collaborativeManager, teamA.id, "team.read")).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("lists show exactly what single reads allow, for every role", async () => {
    const everyone = [world.contact, world.member, world.outsider, world.secretariat, world.regionManager, world.collaborativeManager, world.admin];
    const allTeams = [world.teamA, world.teamA2, world.teamB];
    for (const actor of everyone) {
      const listed = new Set((await listReadableTeams(t.db, actor)).map((team) => team.id));
      for (const team of allTeams) {
        const single = (await authorizeTeam(t.db, actor, team.id, "team.read")).ok;
        expect(listed.has(team.id), `${actor.role} ${actor.id} on ${team.id}`).toBe(single);
      }
    }
    expect(await readableTeamsWhere(t.db, world.admin)).toEqual({});
  });

  it("an administrator reads every team but does no team work", async () => {
    const { admin, teamB } = world;
    expect((await authorizeTeam(t.db, admin, teamB.id, "team.read")).ok).toBe(true);
    expect(await authorizeTeam(t.db, admin, teamB.id, "pdsa.write")).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(authorizeRole(admin, "user.manage").ok).toBe(true);
  });

  it("only administrators manage users and organisations; unknown teams answer NOT_FOUND", async () => {
    for (const actor of [world.contact, world.secretariat, world.regionManager]) {
      expect(authorizeRole(actor, "user.manage")).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(authorizeRole(actor, "organisation.manage")).toEqual({ ok: false, code: "FORBIDDEN" });
    }
    expect(await authorizeTeam(t.db, world.admin, "no-such-team", "team.read")).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});
