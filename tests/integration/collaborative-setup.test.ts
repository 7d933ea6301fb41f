import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import {
  addManagerScopeConfig,
  addStaffConfig,
  changeTeamStatusConfig,
  createCollaborativeConfig,
  enrolTeamConfig,
  removeManagerScopeConfig,
  removeStaffConfig,
  updateCollaborativeConfig,
} from "@/lib/collaboratives/action-configs";
import { getCollaborativePeople, getCollaborativeTeamsSetup } from "@/lib/collaboratives/data";
import { COLLABORATIVE_TEXT_MAX, createCollaborativeSchema } from "@/lib/collaboratives/schema";
import { listMyTeams } from "@/lib/teams/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { asCurrent, auditCount, makeMicrosystem } from "../helpers/setup-fixtures";

/** The fields a browser posts, as FormData gives them. */
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("collaborative set-up actions on a real database", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const department = await makeOrganisation(db, "DEPARTMENT", region.id);
    const { collaborative, teams } = await makeCollaborative(db, region.id, 1);
    const other = await makeCollaborative(db, region.id, 1);
    const secretariat = await makeUser(db, "SECRETARIAT");
    const otherSecretariat = await makeUser(db, "SECRETARIAT");
    const spareSecretariat = await makeUser(db, "SECRETARIAT");
    const admin = await makeUser(db, "ADMIN");
    const staff = await makeUser(db);
    const contact = await makeUser(db);
    const manager = await makeUser(db, "MANAGER");
    await addStaff(db, collaborative.id, secretariat.id);
    await addStaff(db, other.collaborative.id, otherSecretariat.id);
    await addMember(db, teams[0].id, staff.id, "CONTACT_PERSON");
    return { region, department, collaborative, team: teams[0], other, secretariat, otherSecretariat, spareSecretariat, admin, staff, contact, manager };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  // The real action definitions, run as the given user against the test database.
  const run = (config: unknown, user: Parameters<typeof asCurrent>[0], input: unknown) =>
    executeAction(config as Parameters<typeof executeAction>[0], { db: t.db, user: asCurrent(user) }, input);
  const newCollaborative = (name: string) => ({ name, topic: "Tryg udskrivelse", aim: "Færre genindlæggelser", startDate: "2026-03-01", endDate: "2026-12-01" });

  describe("createCollaborative", () => {
    it("creates a collaborative in PLANNING, makes the secretariat creator its staff and audits it", async () => {
      const result = await run(createCollaborativeConfig, w.secretariat, { ...newCollaborative("Nyt fællesskab A"), organisationId: w.region.id });
      expect(result.ok).toBe(true);
      const id = (result as { data: { id: string } }).data.id;
      const row = await t.db.collaborative.findUniqueOrThrow({ where: { id }, include: { staff: true } });
      expect(row.status).toBe("PLANNING");
      expect(row.organisationId).toBe(w.region.id);
      expect(row.staff.map((s) => s.userId)).toEqual([w.secretariat.id]);
      expect(await auditCount(t.db, "collaborative.create", id)).toBe(1);
    });

    it("refuses an administrator, whose collaborative would have no secretariat to manage it", async () => {
      const before = await t.db.collaborative.count();
      expect(await run(createCollaborativeConfig, w.admin, newCollaborative("Admin-fællesskab"))).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await t.db.collaborative.count()).toBe(before);
    });

    it("refuses staff and managers and writes nothing", async () => {
      const before = await t.db.collaborative.count();
      expect(await run(createCollaborativeConfig, w.staff, newCollaborative("Må ikke"))).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(createCollaborativeConfig, w.manager, newCollaborative("Må ikke"))).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await t.db.collaborative.count()).toBe(before);
    });

    it("refuses a missing name and a bad date with field errors", async () => {
      const before = await t.db.collaborative.count();
      const result = await run(createCollaborativeConfig, w.secretariat, { ...newCollaborative(""), startDate: "1. marts" });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["required"], startDate: ["invalidFormat"] } });
      expect(await t.db.collaborative.count()).toBe(before);
    });

    it("takes the form's FormData: the empty organisation choice is none; the browser then goes to the new collaborative", async () => {
      const result = await run(createCollaborativeConfig, w.secretariat, form({ ...newCollaborative("Fra formularen"), organisationId: "" }));
      expect(result.ok).toBe(true);
      const id = (result as { data: { id: string } }).data.id;
      expect(await t.db.collaborative.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Fra formularen", organisationId: null, aim: "Færre genindlæggelser" });
      expect(createCollaborativeConfig.redirectTo({ input: createCollaborativeSchema.parse(newCollaborative("x")), data: { id } })).toBe(`/collaboratives/${id}?created=1`);
    });

    it("refuses a name over its limit (the form's counter uses the same limit)", async () => {
      const before = await t.db.collaborative.count();
      const result = await run(createCollaborativeConfig, w.secretariat, form(newCollaborative("x".repeat(COLLABORATIVE_TEXT_MAX.name + 1))));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["tooBig"] } });
      expect(await t.db.collaborative.count()).toBe(before);
    });

    it("refuses an end before the start as a rule and writes nothing", async () => {
      const before = await t.db.auditEvent.count();
      const result = await run(createCollaborativeConfig, w.secretariat, { ...newCollaborative("Baglæns"), endDate: "2026-01-01" });
      expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "endNotAfterStart" });
      expect(await t.db.collaborative.count({ where: { name: "Baglæns" } })).toBe(0);
      expect(await t.db.auditEvent.count()).toBe(before);
    });
  });

  describe("updateCollaborative", () => {
    const update = (status: string, name = "Omdøbt") => ({
      collaborativeId: w.collaborative.id,
      name,
      topic: "Tema",
      aim: "Mål",
      startDate: "2025-01-01",
      endDate: "2027-12-31",
      status,
    });

    it("saves details and moves the status forwards, with an audit event", async () => {
      const result = await run(updateCollaborativeConfig, w.secretariat, update("CLOSED"));
      expect(result.ok).toBe(true);
      const row = await t.db.collaborative.findUniqueOrThrow({ where: { id: w.collaborative.id } });
      expect([row.name, row.status]).toEqual(["Omdøbt", "CLOSED"]);
      expect(await auditCount(t.db, "collaborative.update", w.collaborative.id)).toBe(1);
    });

    it("refuses moving the status backwards and changes nothing", async () => {
      const result = await run(updateCollaborativeConfig, w.secretariat, update("ACTIVE", "Tilbage"));
      expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "statusBackwards" });
      expect((await t.db.collaborative.findUniqueOrThrow({ where: { id: w.collaborative.id } })).name).toBe("Omdøbt");
    });

    it("answers NOT_FOUND to another collaborative's secretariat and FORBIDDEN to an administrator", async () => {
      expect(await run(updateCollaborativeConfig, w.otherSecretariat, update("CLOSED", "Kapret"))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(updateCollaborativeConfig, w.admin, update("CLOSED", "Kapret"))).toEqual({ ok: false, code: "FORBIDDEN" });
      expect((await t.db.collaborative.findUniqueOrThrow({ where: { id: w.collaborative.id } })).name).toBe("Omdøbt");
    });

    it("takes the settings form's FormData", async () => {
      const result = await run(updateCollaborativeConfig, w.secretariat, form({ ...update("CLOSED", "Omdøbt i formularen"), organisationId: w.department.id }));
      expect(result.ok).toBe(true);
      expect(await t.db.collaborative.findUniqueOrThrow({ where: { id: w.collaborative.id } })).toMatchObject({ name: "Omdøbt i formularen", organisationId: w.department.id });
    });

    it("refuses an unknown status with a field error", async () => {
      expect(await run(updateCollaborativeConfig, w.secretariat, update("PAUSED"))).toMatchObject({ code: "VALIDATION", fieldErrors: { status: ["invalid"] } });
    });
  });

  describe("enrolTeam and team status", () => {
    it("enrols a microsystem as a team named after it with the contact person, audited; the contact person sees it", async () => {
      const microsystem = await makeMicrosystem(t.db, w.department.id);
      const result = await run(enrolTeamConfig, w.secretariat, { collaborativeId: w.collaborative.id, microsystemId: microsystem.id, contactEmail: w.contact.email.toUpperCase() });
      expect(result.ok).toBe(true);
      const teamId = (result as { data: { id: string } }).data.id;
      const team = await t.db.team.findUniqueOrThrow({ where: { id: teamId }, include: { members: true } });
      expect(team.name).toBe(microsystem.name);
      expect(team.status).toBe("ENROLLED");
      expect(team.members).toEqual([expect.objectContaining({ userId: w.contact.id, role: "CONTACT_PERSON" })]);
      expect(await auditCount(t.db, "team.enrol", teamId)).toBe(1);
      expect((await listMyTeams(t.db, asCurrent(w.contact))).map((row) => row.id)).toContain(teamId);
    });

    it("refuses a microsystem already enrolled as a rule, not a crash, and writes nothing", async () => {
      const before = await t.db.team.count();
      const result = await run(enrolTeamConfig, w.secretariat, { collaborativeId: w.collaborative.id, microsystemId: w.team.microsystemId, contactUserId: w.contact.id });
      expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "microsystemAlreadyEnrolled" });
      expect(await t.db.team.count()).toBe(before);
    });

    it("refuses an unknown or deactivated contact person", async () => {
      const microsystem = await makeMicrosystem(t.db, w.department.id);
      const input = { collaborativeId: w.collaborative.id, microsystemId: microsystem.id };
      expect(await run(enrolTeamConfig, w.secretariat, { ...input, contactEmail: "nobody@test.example" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "contactNotFound" });
      const gone = await makeUser(t.db);
      await t.db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
      expect(await run(enrolTeamConfig, w.secretariat, { ...input, contactUserId: gone.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "contactDeactivated" });
      const manager = await makeUser(t.db, "MANAGER");
      expect(await run(enrolTeamConfig, w.secretariat, { ...input, contactUserId: manager.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "contactIsManager" });
      expect(await t.db.team.count({ where: { microsystemId: microsystem.id } })).toBe(0);
    });

    it("refuses input without a contact person, and outsiders", async () => {
      const microsystem = await makeMicrosystem(t.db, w.department.id);
      const input = { collaborativeId: w.collaborative.id, microsystemId: microsystem.id };
      expect(await run(enrolTeamConfig, w.secretariat, input)).toMatchObject({ code: "VALIDATION", fieldErrors: { contactUserId: ["required"] } });
      expect(await run(enrolTeamConfig, w.otherSecretariat, { ...input, contactUserId: w.contact.id })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(enrolTeamConfig, w.staff, { ...input, contactUserId: w.contact.id })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await t.db.team.count({ where: { microsystemId: microsystem.id } })).toBe(0);
    });

    it("activates, completes and refuses going back, deriving the collaborative from the team", async () => {
      const microsystem = await makeMicrosystem(t.db, w.department.id);
      const enrolled = await run(enrolTeamConfig, w.secretariat, { collaborativeId: w.collaborative.id, microsystemId: microsystem.id, contactUserId: w.contact.id });
      const teamId = (enrolled as { data: { id: string } }).data.id;
      expect(await run(changeTeamStatusConfig, w.secretariat, { teamId, status: "ACTIVE" })).toEqual({ ok: true, data: { id: teamId, status: "ACTIVE" } });
      expect((await t.db.team.findUniqueOrThrow({ where: { id: teamId } })).startDate).not.toBeNull();
      expect(await run(changeTeamStatusConfig, w.secretariat, { teamId, status: "COMPLETED" })).toMatchObject({ ok: true });
      expect(await run(changeTeamStatusConfig, w.secretariat, { teamId, status: "WITHDRAWN" })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "teamStatusNotAllowed" });
      expect((await t.db.team.findUniqueOrThrow({ where: { id: teamId } })).status).toBe("COMPLETED");
      expect(await auditCount(t.db, "team.changeStatus", teamId)).toBe(2);
    });

    it("withdraws a team; the contact person of the team itself may not", async () => {
      expect(await run(changeTeamStatusConfig, w.staff, { teamId: w.team.id, status: "WITHDRAWN" })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(changeTeamStatusConfig, w.otherSecretariat, { teamId: w.team.id, status: "WITHDRAWN" })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(changeTeamStatusConfig, w.secretariat, { teamId: w.team.id, status: "GONE" })).toMatchObject({ code: "VALIDATION", fieldErrors: { status: ["invalid"] } });
      expect(await run(changeTeamStatusConfig, w.secretariat, { teamId: w.team.id, status: "WITHDRAWN" })).toMatchObject({ ok: true });
    });

    it("takes the enrol and status forms' FormData: an empty choice means none, and the typed e-mail picks the contact person", async () => {
      const microsystem = await makeMicrosystem(t.db, w.department.id);
      const fields = { collaborativeId: w.collaborative.id, microsystemId: microsystem.id, name: "", contactUserId: "" };
      expect(await run(enrolTeamConfig, w.secretariat, form({ ...fields, contactEmail: "" }))).toMatchObject({ code: "VALIDATION", fieldErrors: { contactUserId: ["required"] } });
      const enrolled = await run(enrolTeamConfig, w.secretariat, form({ ...fields, contactEmail: w.contact.email }));
      expect(enrolled.ok).toBe(true);
      const teamId = (enrolled as { data: { id: string } }).data.id;
      const team = await t.db.team.findUniqueOrThrow({ where: { id: teamId }, include: { members: true } });
      expect([team.name, team.status]).toEqual([microsystem.name, "ENROLLED"]);
      expect(team.members).toEqual([expect.objectContaining({ userId: w.contact.id, role: "CONTACT_PERSON" })]);
      expect(await run(changeTeamStatusConfig, w.secretariat, form({ teamId, status: "ACTIVE" }))).toEqual({ ok: true, data: { id: teamId, status: "ACTIVE" } });
    });

    it("lists the enrolled teams and the microsystems still free for the secretariat only", async () => {
      const setup = await getCollaborativeTeamsSetup(t.db, asCurrent(w.secretariat), w.collaborative.id);
      expect(setup?.teams.length).toBeGreaterThanOrEqual(3);
      expect(setup?.microsystems.some((m) => m.id === w.team.microsystemId)).toBe(false);
      expect(await getCollaborativeTeamsSetup(t.db, asCurrent(w.otherSecretariat), w.collaborative.id)).toBeNull();
    });
  });

  describe("secretariat staff and manager scopes", () => {
    const staffInput = () => ({ collaborativeId: w.collaborative.id, userId: w.spareSecretariat.id });

    it("adds and removes a secretariat member, audited", async () => {
      expect(await run(addStaffConfig, w.secretariat, staffInput())).toEqual({ ok: true, data: undefined });
      expect(await t.db.collaborativeStaff.count({ where: staffInput() })).toBe(1);
      expect(await run(removeStaffConfig, w.secretariat, staffInput())).toEqual({ ok: true, data: undefined });
      expect(await t.db.collaborativeStaff.count({ where: staffInput() })).toBe(0);
      expect(await auditCount(t.db, "collaborative.addStaff")).toBe(1);
      expect(await auditCount(t.db, "collaborative.removeStaff")).toBe(1);
    });

    it("refuses a non-secretariat user as staff, and removing the last member", async () => {
      expect(await run(addStaffConfig, w.secretariat, { ...staffInput(), userId: w.staff.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "staffNotSecretariat" });
      expect(await run(removeStaffConfig, w.secretariat, { ...staffInput(), userId: w.secretariat.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "lastStaff" });
      expect(await t.db.collaborativeStaff.count({ where: { collaborativeId: w.collaborative.id } })).toBe(1);
    });

    it("refuses outsiders and bad input", async () => {
      expect(await run(addStaffConfig, w.otherSecretariat, staffInput())).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(addStaffConfig, w.secretariat, { collaborativeId: w.collaborative.id })).toMatchObject({ code: "VALIDATION", fieldErrors: { userId: ["invalid"] } });
      expect(await t.db.collaborativeStaff.count({ where: staffInput() })).toBe(0);
    });

    it("scopes a manager to the collaborative and removes the scope, audited; refuses non-managers", async () => {
      const added = await run(addManagerScopeConfig, w.secretariat, { collaborativeId: w.collaborative.id, userId: w.manager.id });
      expect(added.ok).toBe(true);
      const scopeId = (added as { data: { id: string } }).data.id;
      expect(await run(addManagerScopeConfig, w.secretariat, { collaborativeId: w.collaborative.id, userId: w.manager.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "alreadyScoped" });
      expect(await run(addManagerScopeConfig, w.secretariat, { collaborativeId: w.collaborative.id, userId: w.staff.id })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "notManager" });
      const people = await getCollaborativePeople(t.db, asCurrent(w.secretariat), w.collaborative.id);
      expect(people?.managerScopes.map((m) => m.id)).toEqual([w.manager.id]);
      expect(await run(removeManagerScopeConfig, w.otherSecretariat, { scopeId })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(removeManagerScopeConfig, w.secretariat, { scopeId })).toEqual({ ok: true, data: undefined });
      expect(await t.db.managerScope.count({ where: { id: scopeId } })).toBe(0);
      expect(await auditCount(t.db, "collaborative.addManagerScope", scopeId)).toBe(1);
      expect(await auditCount(t.db, "collaborative.removeManagerScope", scopeId)).toBe(1);
    });

    it("takes the people page's FormData for adding and removing staff and managers", async () => {
      const staffFields = { collaborativeId: w.collaborative.id, userId: w.spareSecretariat.id };
      expect(await run(addStaffConfig, w.secretariat, form(staffFields))).toEqual({ ok: true, data: undefined });
      expect(await run(removeStaffConfig, w.secretariat, form(staffFields))).toEqual({ ok: true, data: undefined });
      expect(await t.db.collaborativeStaff.count({ where: staffFields })).toBe(0);
      expect(await run(addStaffConfig, w.secretariat, form({ collaborativeId: w.collaborative.id, userId: "" }))).toMatchObject({ code: "VALIDATION", fieldErrors: { userId: ["required"] } });
      const added = await run(addManagerScopeConfig, w.secretariat, form({ collaborativeId: w.collaborative.id, userId: w.manager.id }));
      expect(added.ok).toBe(true);
      const scopeId = (added as { data: { id: string } }).data.id;
      expect(await run(removeManagerScopeConfig, w.secretariat, form({ scopeId }))).toEqual({ ok: true, data: undefined });
      expect(await t.db.managerScope.count({ where: { id: scopeId } })).toBe(0);
    });
  });
});
