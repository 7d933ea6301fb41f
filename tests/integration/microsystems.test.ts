import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { authorizeMicrosystem } from "@/lib/authz/microsystem";
import { createMicrosystemConfig, saveProfileConfig, updateMicrosystemConfig } from "@/lib/microsystems/action-configs";
import { getMicrosystemProfile, listMicrosystems } from "@/lib/microsystems/data";
import { MICROSYSTEM_NAME_MAX, PROFILE_TEXT_MAX } from "@/lib/microsystems/schema";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../helpers/fixtures";
import { asCurrent, auditCount } from "../helpers/setup-fixtures";

/** The fields a browser posts, as FormData gives them. */
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

const profile = { purpose: "Sikker pleje", patients: "Ældre medicinske patienter", professionals: "Sygeplejersker og læger", processes: "Stuegang", patterns: "Tavlemøde kl. 11.30" };

describe("microsystems and their 5P profile on a real database", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const otherRegion = await makeOrganisation(db, "REGION");
    const department = await makeOrganisation(db, "DEPARTMENT", region.id);
    const { collaborative, teams } = await makeCollaborative(db, region.id, 1);
    const other = await makeCollaborative(db, otherRegion.id, 1);
    const team = await db.team.findUniqueOrThrow({ where: { id: teams[0].id } });
    const secretariat = await makeUser(db, "SECRETARIAT");
    const otherSecretariat = await makeUser(db, "SECRETARIAT");
    const admin = await makeUser(db, "ADMIN");
    const contact = await makeUser(db);
    const member = await makeUser(db);
    const patientRep = await makeUser(db);
    const outsider = await makeUser(db);
    const manager = await makeUser(db, "MANAGER");
    const otherManager = await makeUser(db, "MANAGER");
    await addMember(db, team.id, contact.id, "CONTACT_PERSON");
    await addMember(db, team.id, member.id, "MEMBER");
    await addMember(db, team.id, patientRep.id, "PATIENT_REPRESENTATIVE");
    await addMember(db, other.teams[0].id, outsider.id, "CONTACT_PERSON");
    await addStaff(db, collaborative.id, secretariat.id);
    await addStaff(db, other.collaborative.id, otherSecretariat.id);
    await scopeManager(db, manager.id, { organisationId: region.id });
    await scopeManager(db, otherManager.id, { organisationId: otherRegion.id });
    return { region, department, microsystemId: team.microsystemId, secretariat, otherSecretariat, admin, contact, member, patientRep, outsider, manager, otherManager };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  const run = (config: unknown, user: Parameters<typeof asCurrent>[0], input: unknown) =>
    executeAction(config as Parameters<typeof executeAction>[0], { db: t.db, user: asCurrent(user) }, input);
  const idOf = (result: unknown) => (result as { data: { id: string } }).data.id;

  describe("who reaches a microsystem", () => {
    it("its team members, its collaborative's secretariat, administrators and managers in scope; nobody else", async () => {
      for (const user of [w.contact, w.member, w.patientRep, w.secretariat, w.admin, w.manager]) {
        expect((await authorizeMicrosystem(t.db, asCurrent(user), w.microsystemId, "microsystem.read")).ok, user.email).toBe(true);
      }
      expect(await authorizeMicrosystem(t.db, asCurrent(w.outsider), w.microsystemId, "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await authorizeMicrosystem(t.db, asCurrent(w.otherManager), w.microsystemId, "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await authorizeMicrosystem(t.db, asCurrent(w.otherSecretariat), w.microsystemId, "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await getMicrosystemProfile(t.db, asCurrent(w.outsider), w.microsystemId)).toBeNull();
      expect(await authorizeMicrosystem(t.db, asCurrent(w.admin), "no-such-id", "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
    });
  });

  describe("createMicrosystem and updateMicrosystem", () => {
    it("lets the secretariat create a microsystem under an organisation, audited", async () => {
      const result = await run(createMicrosystemConfig, w.secretariat, { organisationId: w.department.id, name: "Hjemmeplejen Nord", kind: "HOME_CARE_GROUP" });
      expect(result.ok).toBe(true);
      const row = await t.db.microsystem.findUniqueOrThrow({ where: { id: idOf(result) } });
      expect(row).toMatchObject({ name: "Hjemmeplejen Nord", kind: "HOME_CARE_GROUP", organisationId: w.department.id });
      expect(await auditCount(t.db, "microsystem.create", row.id)).toBe(1);
      expect((await listMicrosystems(t.db, asCurrent(w.secretariat)))?.microsystems.some((m) => m.id === row.id)).toBe(true);
      expect(await listMicrosystems(t.db, asCurrent(w.contact))).toBeNull();
    });

    it("refuses staff and managers, an unknown kind and an unknown organisation, writing nothing", async () => {
      const before = await t.db.microsystem.count();
      const input = { organisationId: w.department.id, name: "Afsnit X", kind: "WARD" };
      expect(await run(createMicrosystemConfig, w.contact, input)).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(createMicrosystemConfig, w.manager, input)).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(createMicrosystemConfig, w.admin, { ...input, kind: "SPACESHIP" })).toMatchObject({ code: "VALIDATION", fieldErrors: { kind: ["invalid"] } });
      expect(await run(createMicrosystemConfig, w.admin, { ...input, organisationId: "missing" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { organisationId: ["invalid"] } });
      expect(await t.db.microsystem.count()).toBe(before);
    });

    it("takes the create form's FormData; the browser then goes to the new microsystem", async () => {
      const result = await run(createMicrosystemConfig, w.secretariat, form({ organisationId: w.department.id, name: "Ambulatoriet Syd", kind: "OUTPATIENT_CLINIC" }));
      expect(result.ok).toBe(true);
      const id = idOf(result);
      expect(await t.db.microsystem.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Ambulatoriet Syd", kind: "OUTPATIENT_CLINIC", organisationId: w.department.id });
      expect(createMicrosystemConfig.redirectTo({ input: { organisationId: w.department.id, name: "x", kind: "WARD" }, data: { id } })).toBe(`/microsystems/${id}?created=1`);
    });

    it("refuses a name over its limit and the form's unchosen organisation, writing nothing", async () => {
      const before = await t.db.microsystem.count();
      const result = await run(createMicrosystemConfig, w.secretariat, form({ organisationId: "", name: "x".repeat(MICROSYSTEM_NAME_MAX + 1), kind: "WARD" }));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { organisationId: ["required"], name: ["tooBig"] } });
      expect(await t.db.microsystem.count()).toBe(before);
    });

    it("lets an administrator rename it but not its contact person", async () => {
      const input = { microsystemId: w.microsystemId, organisationId: w.department.id, name: "Sengeafsnit M2", kind: "WARD" };
      expect(await run(updateMicrosystemConfig, w.contact, { ...input, name: "Mit afsnit" })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(updateMicrosystemConfig, w.outsider, input)).toEqual({ ok: false, code: "NOT_FOUND" });
      expect((await run(updateMicrosystemConfig, w.admin, input)).ok).toBe(true);
      expect((await t.db.microsystem.findUniqueOrThrow({ where: { id: w.microsystemId } })).name).toBe("Sengeafsnit M2");
      expect(await auditCount(t.db, "microsystem.update", w.microsystemId)).toBe(1);
    });
  });

  describe("saveProfile", () => {
    it("adds a dated version each save and never overwrites; the history shows what changed", async () => {
      const first = await run(saveProfileConfig, w.contact, { microsystemId: w.microsystemId, ...profile });
      expect(first.ok).toBe(true);
      const second = await run(saveProfileConfig, w.member, { microsystemId: w.microsystemId, ...profile, patterns: "Tavlemøde og fejring hver fredag" });
      expect(second.ok).toBe(true);
      const rows = await t.db.microsystemProfile.findMany({ where: { microsystemId: w.microsystemId }, orderBy: { createdAt: "asc" } });
      expect(rows.map((row) => row.patterns)).toEqual(["Tavlemøde kl. 11.30", "Tavlemøde og fejring hver fredag"]);
      expect(await auditCount(t.db, "microsystem.saveProfile", idOf(second))).toBe(1);
      const page = await getMicrosystemProfile(t.db, asCurrent(w.contact), w.microsystemId);
      expect(page?.canEditProfile).toBe(true);
      expect(page?.canEdit).toBe(false);
      expect(page?.history).toHaveLength(2);
      expect(page?.history[0].changes.filter((c) => c.changed).map((c) => c.field)).toEqual(["patterns"]);
      expect(page?.history[0].authorName).toBe(w.member.name);
    });

    it("takes the profile form's FormData, every P a text field", async () => {
      const result = await run(saveProfileConfig, w.contact, form({ microsystemId: w.microsystemId, ...profile, processes: "Stuegang og udskrivelsessamtale" }));
      expect(result.ok).toBe(true);
      expect(await t.db.microsystemProfile.findUniqueOrThrow({ where: { id: idOf(result) } })).toMatchObject({ processes: "Stuegang og udskrivelsessamtale", patterns: "Tavlemøde kl. 11.30" });
    });

    it("refuses a P over its limit with the limit's field error", async () => {
      const before = await t.db.microsystemProfile.count();
      const result = await run(saveProfileConfig, w.contact, form({ microsystemId: w.microsystemId, ...profile, purpose: "x".repeat(PROFILE_TEXT_MAX + 1) }));
      expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { purpose: ["tooBig"] } });
      expect(await t.db.microsystemProfile.count()).toBe(before);
    });

    it("refuses a save identical to the latest version as a rule", async () => {
      const before = await t.db.microsystemProfile.count();
      const latest = await t.db.microsystemProfile.findFirstOrThrow({ where: { microsystemId: w.microsystemId }, orderBy: { createdAt: "desc" } });
      const { purpose, patients, professionals, processes, patterns } = latest;
      expect(await run(saveProfileConfig, w.secretariat, { microsystemId: w.microsystemId, purpose, patients, professionals, processes, patterns })).toEqual({
        ok: false,
        code: "RULE_VIOLATION",
        rule: "profileUnchanged",
      });
      expect(await t.db.microsystemProfile.count()).toBe(before);
    });

    it("refuses a patient representative, a manager and an outsider, writing nothing", async () => {
      const before = await t.db.microsystemProfile.count();
      const input = { microsystemId: w.microsystemId, ...profile, purpose: "Nyt formål" };
      expect(await run(saveProfileConfig, w.patientRep, input)).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(saveProfileConfig, w.manager, input)).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(saveProfileConfig, w.outsider, input)).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await t.db.microsystemProfile.count()).toBe(before);
    });

    it("refuses a personal identity number in a P with its field error", async () => {
      const before = await t.db.microsystemProfile.count();
      const result = await run(saveProfileConfig, w.contact, { microsystemId: w.microsystemId, ...profile, patients: "Fx patient 010190-1234" });
      expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { patients: ["personalIdentifier"] } });
      expect(await t.db.microsystemProfile.count()).toBe(before);
    });
  });
});
