// Issue 16, item 2: a secretariat reaches only the microsystems of its own collaboratives
// (PRODUCT.md §4). The probe: the Norwegian secretariat overwrote a Danish ward's 5P profile,
// moved the ward under a Norwegian organisation, and the Norwegian county's manager then
// downloaded the Danish team's measurements. The world below mirrors the demo's two countries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { authorizeMicrosystem } from "@/lib/authz/microsystem";
import { enrolTeamConfig } from "@/lib/collaboratives/action-configs";
import { getCollaborativeTeamsSetup } from "@/lib/collaboratives/data";
import { getTeamExport } from "@/lib/measurements/data";
import { createMicrosystemConfig, saveProfileConfig, updateMicrosystemConfig } from "@/lib/microsystems/action-configs";
import { getMicrosystemProfile, listMicrosystems } from "@/lib/microsystems/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../helpers/fixtures";
import { asCurrent, makeMicrosystem } from "../helpers/setup-fixtures";

const profile = { purpose: "Sikker pleje", patients: "Ældre medicinske patienter", professionals: "Sygeplejersker og læger", processes: "Stuegang", patterns: "Tavlemøde kl. 11.30" };

describe("microsystem scope: one collaborative's secretariat stays out of another's microsystems", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const county = await makeOrganisation(db, "COUNTY");
    const elsewhere = await makeOrganisation(db, "REGION");
    const danish = await makeCollaborative(db, region.id, 2);
    const norwegian = await makeCollaborative(db, county.id, 1);
    const danishTeam = danish.teams[0];
    const danishWard = await db.microsystem.findUniqueOrThrow({ where: { id: danishTeam.microsystemId } });
    const norwegianUnit = await db.microsystem.findUniqueOrThrow({ where: { id: norwegian.teams[0].microsystemId } });
    // Not yet enrolled anywhere: the Danish secretariat reaches it through the region's subtree alone.
    const danishHospital = await makeOrganisation(db, "HOSPITAL", region.id);
    const unenrolledDanish = await makeMicrosystem(db, danishHospital.id);
    const norwegianMunicipality = await makeOrganisation(db, "MUNICIPALITY", county.id);
    const outsideWard = await makeMicrosystem(db, elsewhere.id);

    const secretariatDk = await makeUser(db, "SECRETARIAT");
    const secretariatNo = await makeUser(db, "SECRETARIAT");
    const admin = await makeUser(db, "ADMIN");
    const contactDk = await makeUser(db);
    const managerDk = await makeUser(db, "MANAGER");
    const managerNo = await makeUser(db, "MANAGER");
    await addStaff(db, danish.collaborative.id, secretariatDk.id);
    await addStaff(db, norwegian.collaborative.id, secretariatNo.id);
    await addMember(db, danishTeam.id, contactDk.id, "CONTACT_PERSON");
    await scopeManager(db, managerDk.id, { organisationId: region.id });
    await scopeManager(db, managerNo.id, { organisationId: county.id });

    const measure = await db.measure.create({ data: { teamId: danishTeam.id, name: "Fald", type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY" } });
    await db.measurement.create({ data: { measureId: measure.id, teamId: danishTeam.id, periodStart: new Date("2025-03-01T00:00:00Z"), numerator: 4 } });
    await db.microsystemProfile.create({ data: { microsystemId: danishWard.id, ...profile } });

    return {
      region,
      county,
      elsewhere,
      danishHospital,
      norwegianMunicipality,
      danish,
      norwegian,
      danishTeam,
      danishWard,
      norwegianUnit,
      unenrolledDanish,
      outsideWard,
      secretariatDk,
      secretariatNo,
      admin,
      contactDk,
      managerDk,
      managerNo,
    };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  const run = (config: unknown, user: Parameters<typeof asCurrent>[0], input: unknown) =>
    executeAction(config as Parameters<typeof executeAction>[0], { db: t.db, user: asCurrent(user) }, input);
  const wardRow = () => t.db.microsystem.findUniqueOrThrow({ where: { id: w.danishWard.id } });
  const profileRows = () => t.db.microsystemProfile.findMany({ where: { microsystemId: w.danishWard.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const editInput = (organisationId: string, name = w.danishWard.name) => ({ microsystemId: w.danishWard.id, organisationId, name, kind: "WARD" });

  describe("the probe, refused", () => {
    it("the Norwegian secretariat cannot read or save the Danish ward's 5P profile; nothing changes", async () => {
      const before = await profileRows();
      expect(await authorizeMicrosystem(t.db, asCurrent(w.secretariatNo), w.danishWard.id, "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await getMicrosystemProfile(t.db, asCurrent(w.secretariatNo), w.danishWard.id)).toBeNull();
      const result = await run(saveProfileConfig, w.secretariatNo, { microsystemId: w.danishWard.id, ...profile, purpose: "Overskrevet fra Norge" });
      expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await profileRows()).toEqual(before);
    });

    it("the Norwegian secretariat cannot rename the Danish ward or move it under a Norwegian organisation", async () => {
      const before = await wardRow();
      expect(await run(updateMicrosystemConfig, w.secretariatNo, editInput(w.norwegianMunicipality.id))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(updateMicrosystemConfig, w.secretariatNo, editInput(before.organisationId, "Omdøbt"))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await wardRow()).toEqual(before);
    });

    it("the Norwegian county's manager is refused the Danish team's measurement export, before and after a refused move", async () => {
      expect(await getTeamExport(t.db, asCurrent(w.managerNo), w.danishTeam.id)).toBeNull();
      expect((await getTeamExport(t.db, asCurrent(w.managerDk), w.danishTeam.id))?.rows).toHaveLength(1);
      await run(updateMicrosystemConfig, w.secretariatNo, editInput(w.norwegianMunicipality.id));
      expect(await getTeamExport(t.db, asCurrent(w.managerNo), w.danishTeam.id)).toBeNull();
      expect(await authorizeMicrosystem(t.db, asCurrent(w.managerNo), w.danishWard.id, "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
    });

    it("the Norwegian secretariat cannot enrol the Danish ward into its own collaborative (which would give it reach)", async () => {
      const input = { collaborativeId: w.norwegian.collaborative.id, microsystemId: w.unenrolledDanish.id, contactUserId: w.contactDk.id };
      expect(await run(enrolTeamConfig, w.secretariatNo, input)).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(enrolTeamConfig, w.secretariatNo, { ...input, microsystemId: w.danishWard.id })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await t.db.team.count({ where: { collaborativeId: w.norwegian.collaborative.id } })).toBe(1);
      const setup = await getCollaborativeTeamsSetup(t.db, asCurrent(w.secretariatNo), w.norwegian.collaborative.id);
      const offered = setup?.microsystems.map((m) => m.id) ?? [];
      expect(offered).not.toContain(w.unenrolledDanish.id);
      expect(offered).not.toContain(w.danishWard.id);
      expect(offered).not.toContain(w.outsideWard.id);
    });
  });

  describe("lists and choices", () => {
    it("the Norwegian secretariat's list holds its own microsystems only, and offers only its own organisations", async () => {
      const list = await listMicrosystems(t.db, asCurrent(w.secretariatNo));
      const ids = list?.microsystems.map((m) => m.id) ?? [];
      expect(ids).toContain(w.norwegianUnit.id);
      expect(ids).not.toContain(w.danishWard.id);
      expect(ids).not.toContain(w.unenrolledDanish.id);
      expect(ids).not.toContain(w.outsideWard.id);
      const organisations = list?.organisations.map((o) => o.id) ?? [];
      expect(organisations).toEqual(expect.arrayContaining([w.county.id, w.norwegianMunicipality.id]));
      expect(organisations).not.toContain(w.region.id);
      expect(organisations).not.toContain(w.danishWard.organisationId);
      expect(organisations).not.toContain(w.elsewhere.id);
    });

    it("the Danish secretariat's list holds the enrolled and the unenrolled Danish microsystems", async () => {
      const ids = (await listMicrosystems(t.db, asCurrent(w.secretariatDk)))?.microsystems.map((m) => m.id) ?? [];
      expect(ids).toEqual(expect.arrayContaining([w.danishWard.id, w.unenrolledDanish.id, w.danish.teams[1].microsystemId]));
      expect(ids).not.toContain(w.norwegianUnit.id);
      expect(ids).not.toContain(w.outsideWard.id);
      const setup = await getCollaborativeTeamsSetup(t.db, asCurrent(w.secretariatDk), w.danish.collaborative.id);
      expect(setup?.microsystems.map((m) => m.id)).toContain(w.unenrolledDanish.id);
      expect(setup?.microsystems.map((m) => m.id)).not.toContain(w.norwegianUnit.id);
    });

    it("an administrator still lists every microsystem and every organisation", async () => {
      const list = await listMicrosystems(t.db, asCurrent(w.admin));
      expect(list?.microsystems.map((m) => m.id)).toEqual(expect.arrayContaining([w.danishWard.id, w.norwegianUnit.id, w.outsideWard.id]));
      expect(list?.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([w.region.id, w.county.id, w.elsewhere.id]));
    });
  });

  describe("in scope, still allowed", () => {
    it("the Danish secretariat edits its own ward's profile and moves it within the region", async () => {
      const page = await getMicrosystemProfile(t.db, asCurrent(w.secretariatDk), w.danishWard.id);
      expect(page).toMatchObject({ canEdit: true, canEditProfile: true });
      expect(page?.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([w.region.id, w.danishHospital.id]));
      expect(page?.organisations.map((o) => o.id)).not.toContain(w.county.id);
      expect((await run(saveProfileConfig, w.secretariatDk, { microsystemId: w.danishWard.id, ...profile, purpose: "Nyt formål" })).ok).toBe(true);
      expect((await run(updateMicrosystemConfig, w.secretariatDk, editInput(w.danishHospital.id))).ok).toBe(true);
      expect((await wardRow()).organisationId).toBe(w.danishHospital.id);
    });

    it("but not to an organisation outside its collaboratives' subtree, even for its own ward", async () => {
      const before = await wardRow();
      expect(await run(updateMicrosystemConfig, w.secretariatDk, editInput(w.norwegianMunicipality.id))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(updateMicrosystemConfig, w.secretariatDk, editInput(w.elsewhere.id))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await wardRow()).toEqual(before);
    });

    it("creates microsystems only under its own organisations", async () => {
      const count = await t.db.microsystem.count();
      const input = { name: "Nyt afsnit", kind: "WARD" };
      expect(await run(createMicrosystemConfig, w.secretariatNo, { ...input, organisationId: w.danishHospital.id })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await t.db.microsystem.count()).toBe(count);
      expect((await run(createMicrosystemConfig, w.secretariatDk, { ...input, organisationId: w.danishHospital.id })).ok).toBe(true);
    });

    it("an administrator still edits and moves any microsystem anywhere", async () => {
      const page = await getMicrosystemProfile(t.db, asCurrent(w.admin), w.danishWard.id);
      expect(page?.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([w.region.id, w.county.id, w.elsewhere.id]));
      expect((await run(saveProfileConfig, w.admin, { microsystemId: w.danishWard.id, ...profile, purpose: "Administrators formål" })).ok).toBe(true);
      expect((await run(updateMicrosystemConfig, w.admin, editInput(w.elsewhere.id))).ok).toBe(true);
      expect((await wardRow()).organisationId).toBe(w.elsewhere.id);
      // Moved out of the region: the Danish manager no longer reaches it through the organisation tree.
      expect(await authorizeMicrosystem(t.db, asCurrent(w.managerDk), w.danishWard.id, "microsystem.read")).toEqual({ ok: false, code: "NOT_FOUND" });
      // The Danish secretariat still reaches it: its team is in the Danish collaborative.
      expect((await authorizeMicrosystem(t.db, asCurrent(w.secretariatDk), w.danishWard.id, "microsystem.editProfile")).ok).toBe(true);
      expect((await run(updateMicrosystemConfig, w.secretariatDk, editInput(w.elsewhere.id, "Omdøbt afsnit"))).ok).toBe(true);
      expect((await run(updateMicrosystemConfig, w.admin, editInput(w.region.id))).ok).toBe(true);
    });

    it("a collaborative without an owning organisation covers its teams' microsystems and their organisations only", async () => {
      const county = await makeOrganisation(t.db, "COUNTY");
      const municipality = await makeOrganisation(t.db, "MUNICIPALITY", county.id);
      const sibling = await makeOrganisation(t.db, "MUNICIPALITY", county.id);
      const unit = await makeMicrosystem(t.db, municipality.id);
      const neighbour = await makeMicrosystem(t.db, municipality.id);
      const collaborative = await t.db.collaborative.create({
        data: { name: "Uten eier", topic: "Topic", status: "ACTIVE", startDate: new Date("2025-01-01T00:00:00Z"), endDate: new Date("2027-12-31T00:00:00Z") },
      });
      await t.db.team.create({ data: { collaborativeId: collaborative.id, microsystemId: unit.id, name: "Team uten eier" } });
      const secretariat = await makeUser(t.db, "SECRETARIAT");
      await addStaff(t.db, collaborative.id, secretariat.id);
      const ids = (await listMicrosystems(t.db, asCurrent(secretariat)))?.microsystems.map((m) => m.id) ?? [];
      expect(ids).toEqual(expect.arrayContaining([unit.id, neighbour.id]));
      expect(ids).not.toContain(w.norwegianUnit.id);
      const move = { microsystemId: unit.id, name: unit.name, kind: "WARD" };
      expect(await run(updateMicrosystemConfig, secretariat, { ...move, organisationId: sibling.id })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(updateMicrosystemConfig, secretariat, { ...move, organisationId: county.id })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect((await run(createMicrosystemConfig, secretariat, { name: "Ny enhet", kind: "WARD", organisationId: municipality.id })).ok).toBe(true);
    });

    it("the ward's own contact person keeps the profile; the Danish manager reads but writes nothing", async () => {
      expect((await authorizeMicrosystem(t.db, asCurrent(w.contactDk), w.danishWard.id, "microsystem.editProfile")).ok).toBe(true);
      expect(await authorizeMicrosystem(t.db, asCurrent(w.contactDk), w.danishWard.id, "microsystem.edit")).toEqual({ ok: false, code: "FORBIDDEN" });
      expect((await authorizeMicrosystem(t.db, asCurrent(w.managerDk), w.danishWard.id, "microsystem.read")).ok).toBe(true);
      expect(await authorizeMicrosystem(t.db, asCurrent(w.managerDk), w.danishWard.id, "microsystem.editProfile")).toEqual({ ok: false, code: "FORBIDDEN" });
    });
  });
});
