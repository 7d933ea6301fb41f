import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { archiveMeasureConfig, createSharedMeasureConfig, createTeamMeasureConfig, updateMeasureConfig } from "@/lib/measures/action-configs";
import { listSharedMeasures, listTeamMeasureDefinitions } from "@/lib/measures/definitions";
import { MEASURE_TEXT_MAX } from "@/lib/measures/schema";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { asCurrent, auditCount, proportionMeasureInput } from "../helpers/setup-fixtures";

/** The fields a browser posts, as FormData gives them (an undefined field is not in the form). */
const form = (fields: Record<string, string | undefined>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.append(name, value);
  return data;
};

describe("measure definition actions on a real database", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const { collaborative, teams } = await makeCollaborative(db, region.id, 2);
    const other = await makeCollaborative(db, region.id, 1);
    const secretariat = await makeUser(db, "SECRETARIAT");
    const otherSecretariat = await makeUser(db, "SECRETARIAT");
    const contact = await makeUser(db);
    const member = await makeUser(db);
    const otherContact = await makeUser(db);
    const manager = await makeUser(db, "MANAGER");
    await addStaff(db, collaborative.id, secretariat.id);
    await addStaff(db, other.collaborative.id, otherSecretariat.id);
    await addMember(db, teams[0].id, contact.id, "CONTACT_PERSON");
    await addMember(db, teams[0].id, member.id, "MEMBER");
    await addMember(db, teams[1].id, otherContact.id, "CONTACT_PERSON");
    await db.managerScope.create({ data: { userId: manager.id, collaborativeId: collaborative.id } });
    return { collaborative, team: teams[0], otherTeam: teams[1], other, secretariat, otherSecretariat, contact, member, otherContact, manager };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  const run = (config: unknown, user: Parameters<typeof asCurrent>[0], input: unknown) =>
    executeAction(config as Parameters<typeof executeAction>[0], { db: t.db, user: asCurrent(user) }, input);
  const idOf = (result: unknown) => (result as { data: { id: string } }).data.id;
  const shared = () => proportionMeasureInput({ collaborativeId: w.collaborative.id });

  describe("createSharedMeasure", () => {
    it("saves the full definition with a decimal-comma goal, audited", async () => {
      const result = await run(createSharedMeasureConfig, w.secretariat, shared());
      expect(result.ok).toBe(true);
      const measure = await t.db.measure.findUniqueOrThrow({ where: { id: idOf(result) } });
      expect(measure).toMatchObject({ collaborativeId: w.collaborative.id, teamId: null, kind: "PROPORTION", multiplier: 100, goal: 85.5, defaultChart: "P", compassPoint: "CLINICAL", unit: "%" });
      expect(await auditCount(t.db, "measure.create", measure.id)).toBe(1);
    });

    it("refuses a team's contact person, a manager and another secretariat, writing nothing", async () => {
      const before = await t.db.measure.count();
      expect(await run(createSharedMeasureConfig, w.contact, shared())).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(createSharedMeasureConfig, w.manager, shared())).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(createSharedMeasureConfig, w.otherSecretariat, shared())).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await t.db.measure.count()).toBe(before);
    });

    it("refuses a proportion without a denominator definition and a chart that does not fit", async () => {
      const before = await t.db.measure.count();
      const result = await run(createSharedMeasureConfig, w.secretariat, { ...shared(), denominatorDefinition: "", defaultChart: "C" });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { denominatorDefinition: ["required"], defaultChart: ["chartNotForKind"] } });
      expect(await t.db.measure.count()).toBe(before);
    });
  });

  describe("createTeamMeasure", () => {
    it("lets the contact person add a team measure beside the shared ones", async () => {
      const result = await run(createTeamMeasureConfig, w.contact, { ...proportionMeasureInput({ teamId: w.team.id }), kind: "COUNT", defaultChart: "C", goal: "" });
      expect(result.ok).toBe(true);
      const measure = await t.db.measure.findUniqueOrThrow({ where: { id: idOf(result) } });
      expect(measure).toMatchObject({ teamId: w.team.id, collaborativeId: null, kind: "COUNT", goal: null });
      expect(await auditCount(t.db, "measure.create", measure.id)).toBe(1);
      const listed = await listTeamMeasureDefinitions(t.db, asCurrent(w.contact), w.team.id);
      expect(listed?.canEdit).toBe(true);
      expect(listed?.own.map((m) => m.id)).toEqual([measure.id]);
      expect(listed?.shared.length).toBeGreaterThan(0);
    });

    it("lets the secretariat add one too, but not a member or another team's contact person", async () => {
      expect((await run(createTeamMeasureConfig, w.secretariat, proportionMeasureInput({ teamId: w.team.id }))).ok).toBe(true);
      const before = await t.db.measure.count();
      expect(await run(createTeamMeasureConfig, w.member, proportionMeasureInput({ teamId: w.team.id }))).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(createTeamMeasureConfig, w.otherContact, proportionMeasureInput({ teamId: w.team.id }))).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await t.db.measure.count()).toBe(before);
      expect((await listTeamMeasureDefinitions(t.db, asCurrent(w.member), w.team.id))?.canEdit).toBe(false);
    });

    it("takes the form's FormData for a count: no numerator fields, no compass point, no goal, a decimal-comma multiplier", async () => {
      const { numeratorDefinition: _n, denominatorDefinition: _d, ...fields } = proportionMeasureInput({ teamId: w.team.id });
      const result = await run(createTeamMeasureConfig, w.contact, form({ ...fields, kind: "COUNT", compassPoint: "", goal: "", multiplier: "1,5", defaultChart: "C" }));
      expect(result.ok).toBe(true);
      const measure = await t.db.measure.findUniqueOrThrow({ where: { id: idOf(result) } });
      expect(measure).toMatchObject({ kind: "COUNT", compassPoint: null, goal: null, multiplier: 1.5, numeratorDefinition: "", denominatorDefinition: "" });
    });

    it("refuses texts over their limits (the form's counters use the same limits)", async () => {
      const before = await t.db.measure.count();
      const input = { ...proportionMeasureInput({ teamId: w.team.id }), name: "x".repeat(MEASURE_TEXT_MAX.name + 1), unit: "x".repeat(MEASURE_TEXT_MAX.unit + 1) };
      expect(await run(createTeamMeasureConfig, w.contact, form(input))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["tooBig"], unit: ["tooBig"] } });
      expect(await t.db.measure.count()).toBe(before);
    });

    it("refuses a goal that is not a number and a zero multiplier", async () => {
      const before = await t.db.measure.count();
      const input = proportionMeasureInput({ teamId: w.team.id });
      expect(await run(createTeamMeasureConfig, w.contact, { ...input, goal: "højt" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { goal: ["notANumber"] } });
      expect(await run(createTeamMeasureConfig, w.contact, { ...input, multiplier: "0" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { multiplier: ["mustBePositive"] } });
      expect(await t.db.measure.count()).toBe(before);
    });
  });

  describe("updateMeasure and archiveMeasure", () => {
    async function sharedWithData() {
      const measureId = idOf(await run(createSharedMeasureConfig, w.secretariat, shared()));
      await t.db.measurement.create({ data: { measureId, teamId: w.team.id, periodStart: new Date("2025-03-03T00:00:00Z"), numerator: 4, denominator: 10 } });
      return measureId;
    }

    it("edits the definition (owner read from the measure), audited", async () => {
      const measureId = await sharedWithData();
      const result = await run(updateMeasureConfig, w.secretariat, { ...shared(), collaborativeId: undefined, measureId, name: "Ny titel", goal: "90" });
      expect(result.ok).toBe(true);
      expect(await t.db.measure.findUniqueOrThrow({ where: { id: measureId } })).toMatchObject({ name: "Ny titel", goal: 90 });
      expect(await auditCount(t.db, "measure.update", measureId)).toBe(1);
    });

    it("refuses changing kind or frequency once measurements exist, and changes nothing", async () => {
      const measureId = await sharedWithData();
      const result = await run(updateMeasureConfig, w.secretariat, { ...shared(), measureId, name: "Ændret", frequency: "MONTHLY" });
      expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "kindOrFrequencyLocked" });
      const row = await t.db.measure.findUniqueOrThrow({ where: { id: measureId } });
      expect([row.frequency, row.name.startsWith("Andel")]).toEqual(["WEEKLY", true]);
      expect(await auditCount(t.db, "measure.update", measureId)).toBe(0);
    });

    it("refuses a team's contact person editing a shared measure", async () => {
      const measureId = await sharedWithData();
      expect(await run(updateMeasureConfig, w.contact, { ...shared(), measureId })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await run(archiveMeasureConfig, w.otherSecretariat, { measureId })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect(await run(updateMeasureConfig, w.secretariat, { ...shared(), measureId, type: "SIDE" })).toMatchObject({ code: "VALIDATION", fieldErrors: { type: ["invalid"] } });
    });

    it("archives a measure, keeps its measurements, and refuses archiving twice", async () => {
      const measureId = await sharedWithData();
      expect((await run(archiveMeasureConfig, w.secretariat, { measureId })).ok).toBe(true);
      expect((await t.db.measure.findUniqueOrThrow({ where: { id: measureId } })).archivedAt).not.toBeNull();
      expect(await t.db.measurement.count({ where: { measureId } })).toBe(1);
      expect(await auditCount(t.db, "measure.archive", measureId)).toBe(1);
      expect(await run(archiveMeasureConfig, w.secretariat, { measureId })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "alreadyArchived" });
      expect(await run(updateMeasureConfig, w.secretariat, { ...shared(), measureId })).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "archived" });
      const listed = await listSharedMeasures(t.db, asCurrent(w.secretariat), w.collaborative.id);
      expect(listed?.measures.at(-1)?.id).toBe(measureId);
    });

    it("takes the edit and archive forms' FormData", async () => {
      const measureId = idOf(await run(createSharedMeasureConfig, w.secretariat, shared()));
      expect((await run(updateMeasureConfig, w.secretariat, form({ ...shared(), collaborativeId: undefined, measureId, name: "Fra formularen", goal: "70,25" }))).ok).toBe(true);
      expect(await t.db.measure.findUniqueOrThrow({ where: { id: measureId } })).toMatchObject({ name: "Fra formularen", goal: 70.25 });
      expect((await run(archiveMeasureConfig, w.secretariat, form({ measureId }))).ok).toBe(true);
      expect((await t.db.measure.findUniqueOrThrow({ where: { id: measureId } })).archivedAt).not.toBeNull();
    });

    it("lets the contact person archive the team's own measure", async () => {
      const measureId = idOf(await run(createTeamMeasureConfig, w.contact, proportionMeasureInput({ teamId: w.team.id })));
      expect(await run(archiveMeasureConfig, w.otherContact, { measureId })).toEqual({ ok: false, code: "NOT_FOUND" });
      expect((await run(archiveMeasureConfig, w.contact, { measureId })).ok).toBe(true);
    });
  });
});
