import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import {
  archiveOrganisationConfig,
  createOrganisationConfig,
  moveOrganisationConfig,
  renameOrganisationConfig,
} from "@/lib/organisations/action-configs";
import type { Role } from "@/lib/authz/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";
import { asCurrent, makeNamedOrganisation, snapshotOrganisations } from "../helpers/admin-fixtures";

const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

describe("administrator: the organisation tree", () => {
  let t: TestDb;
  let root: CurrentUser;
  beforeAll(async () => {
    t = await createTestDb();
    root = asCurrent(await makeUser(t.db, "ADMIN"));
  });
  afterAll(async () => t.drop());

  const admin = async () => asCurrent(await makeUser(t.db, "ADMIN"));
  /** A region with a hospital under it, both with unique names. */
  const regionWithHospital = async (country = "DK") => {
    const region = await makeNamedOrganisation(t.db, unique("Region"), "REGION", null, country);
    const hospital = await makeNamedOrganisation(t.db, unique("Hospital"), "HOSPITAL", region.id, country);
    return { region, hospital };
  };
  const auditFor = (entityId: string, action: string) => t.db.auditEvent.findMany({ where: { entityId, action } });

  /** Runs a refused call and checks that not one row (nor the audit log) changed. */
  async function expectRefusedUnchanged(run: () => Promise<unknown>, expected: unknown) {
    const before = await snapshotOrganisations(t.db);
    expect(await run()).toEqual(expected);
    expect(await snapshotOrganisations(t.db)).toBe(before);
  }

  describe("create", () => {
    it("creates a department under a hospital, in the hospital's country, with an audit event", async () => {
      const actor = await admin();
      const { hospital } = await regionWithHospital("NO");
      const result = await executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: " Akutmottak ", kind: "DEPARTMENT", parentId: hospital.id, country: "DK" });
      expect(result.ok).toBe(true);
      const id = (result as { data: { organisationId: string } }).data.organisationId;
      const row = await t.db.organisation.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ name: "Akutmottak", kind: "DEPARTMENT", parentId: hospital.id, country: "NO", archivedAt: null });
      const events = await auditFor(id, "organisation.create");
      expect(events).toHaveLength(1);
      expect(events[0].actorId).toBe(actor.id);
      expect(JSON.parse(events[0].after!)).toMatchObject({ name: "Akutmottak", kind: "DEPARTMENT", parentId: hospital.id });
    });

    it("creates a region at the top level in the chosen country (an empty parent means the root)", async () => {
      const result = await executeAction(createOrganisationConfig, { db: t.db, user: await admin() }, { name: unique("Region"), kind: "REGION", parentId: "", country: "SE" });
      expect(result.ok).toBe(true);
      const row = await t.db.organisation.findUniqueOrThrow({ where: { id: (result as { data: { organisationId: string } }).data.organisationId } });
      expect(row).toMatchObject({ parentId: null, country: "SE" });
    });

    it("accepts the create form's post (FormData, an empty parent select is the top) and answers the stored name", async () => {
      const name = unique("Region");
      const form = new FormData();
      for (const [key, value] of Object.entries({ name: `  ${name} `, kind: "REGION", parentId: "", country: "NO" })) form.append(key, value);
      const result = await executeAction(createOrganisationConfig, { db: t.db, user: await admin() }, form);
      expect(result).toEqual({ ok: true, data: { organisationId: expect.any(String), name } });
      const row = await t.db.organisation.findUniqueOrThrow({ where: { id: (result as { data: { organisationId: string } }).data.organisationId } });
      expect(row).toMatchObject({ name, parentId: null, country: "NO" });
    });

    for (const role of ["SECRETARIAT", "MANAGER", "STAFF"] as Role[]) {
      it(`refuses a ${role} user with FORBIDDEN and changes nothing`, async () => {
        const { hospital } = await regionWithHospital();
        const user = asCurrent(await makeUser(t.db, role));
        await expectRefusedUnchanged(
          () => executeAction(createOrganisationConfig, { db: t.db, user }, { name: unique("Dept"), kind: "DEPARTMENT", parentId: hospital.id }),
          { ok: false, code: "FORBIDDEN" },
        );
      });
    }

    it("refuses a signed-out caller and changes nothing", async () => {
      await expectRefusedUnchanged(
        () => executeAction(createOrganisationConfig, { db: t.db, user: null }, { name: unique("Region"), kind: "REGION" }),
        { ok: false, code: "UNAUTHENTICATED" },
      );
    });

    it("refuses bad input with the field keys and changes nothing", async () => {
      const actor = await admin();
      await expectRefusedUnchanged(
        () => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: "  ", kind: "WARD", country: "DE" }),
        { ok: false, code: "VALIDATION", fieldErrors: { name: ["required"], kind: ["invalid"], country: ["invalid"] } },
      );
      await expectRefusedUnchanged(
        () => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: "Afdeling 010190-1234", kind: "REGION" }),
        { ok: false, code: "VALIDATION", fieldErrors: { name: ["personalIdentifier"] } },
      );
    });

    it("refuses an unknown parent as a field error and changes nothing", async () => {
      await expectRefusedUnchanged(
        () => executeAction(createOrganisationConfig, { db: t.db, user: root }, { name: unique("Dept"), kind: "DEPARTMENT", parentId: "no-such-organisation" }),
        { ok: false, code: "VALIDATION", fieldErrors: { parentId: ["invalid"] } },
      );
    });

    it("refuses a kind that does not fit under its parent (rule) and changes nothing", async () => {
      const actor = await admin();
      const { region, hospital } = await regionWithHospital();
      const refusal = { ok: false, code: "RULE_VIOLATION", rule: "organisation.kindMismatch" };
      await expectRefusedUnchanged(() => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: unique("Dept"), kind: "DEPARTMENT", parentId: null }), refusal);
      await expectRefusedUnchanged(() => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: unique("Dept"), kind: "DEPARTMENT", parentId: region.id }), refusal);
      await expectRefusedUnchanged(() => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: unique("Hosp"), kind: "HOSPITAL", parentId: hospital.id }), refusal);
      await expectRefusedUnchanged(() => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: unique("Reg"), kind: "REGION", parentId: region.id }), refusal);
    });

    it("refuses a name already used by a sibling, ignoring case (rule), and changes nothing", async () => {
      const actor = await admin();
      const { hospital } = await regionWithHospital();
      await makeNamedOrganisation(t.db, "Akutafdelingen", "DEPARTMENT", hospital.id);
      await expectRefusedUnchanged(
        () => executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: "AKUTAFDELINGEN", kind: "DEPARTMENT", parentId: hospital.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.nameTaken" },
      );
      // The same name under another parent is fine.
      const other = await regionWithHospital();
      const result = await executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: "Akutafdelingen", kind: "DEPARTMENT", parentId: other.hospital.id });
      expect(result.ok).toBe(true);
    });

    it("refuses a parent that is archived (rule) and changes nothing", async () => {
      const { region } = await regionWithHospital();
      const archived = await t.db.organisation.create({ data: { name: unique("Old"), kind: "HOSPITAL", parentId: region.id, archivedAt: new Date() } });
      await expectRefusedUnchanged(
        () => executeAction(createOrganisationConfig, { db: t.db, user: root }, { name: unique("Dept"), kind: "DEPARTMENT", parentId: archived.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.parentArchived" },
      );
    });
  });

  describe("rename", () => {
    it("renames and records the old and new name", async () => {
      const actor = await admin();
      const { hospital } = await regionWithHospital();
      const name = unique("Renamed");
      expect(await executeAction(renameOrganisationConfig, { db: t.db, user: actor }, { organisationId: hospital.id, name })).toEqual({ ok: true, data: { organisationId: hospital.id } });
      expect((await t.db.organisation.findUniqueOrThrow({ where: { id: hospital.id } })).name).toBe(name);
      const [event] = await auditFor(hospital.id, "organisation.rename");
      expect(JSON.parse(event.before!)).toEqual({ name: hospital.name });
      expect(JSON.parse(event.after!)).toEqual({ name });
    });

    it("lets an organisation keep its own name in another case", async () => {
      const { hospital } = await regionWithHospital();
      const result = await executeAction(renameOrganisationConfig, { db: t.db, user: await admin() }, { organisationId: hospital.id, name: hospital.name.toUpperCase() });
      expect(result.ok).toBe(true);
    });

    it("refuses a non-admin, bad input, an unknown id and a sibling's name, changing nothing", async () => {
      const actor = await admin();
      const { region, hospital } = await regionWithHospital();
      const sibling = await makeNamedOrganisation(t.db, unique("Sibling"), "HOSPITAL", region.id);
      const manager = asCurrent(await makeUser(t.db, "MANAGER"));
      await expectRefusedUnchanged(() => executeAction(renameOrganisationConfig, { db: t.db, user: manager }, { organisationId: hospital.id, name: "X" }), { ok: false, code: "FORBIDDEN" });
      await expectRefusedUnchanged(
        () => executeAction(renameOrganisationConfig, { db: t.db, user: actor }, { organisationId: hospital.id, name: "" }),
        { ok: false, code: "VALIDATION", fieldErrors: { name: ["required"] } },
      );
      await expectRefusedUnchanged(() => executeAction(renameOrganisationConfig, { db: t.db, user: actor }, { organisationId: "missing", name: "X" }), { ok: false, code: "NOT_FOUND" });
      await expectRefusedUnchanged(
        () => executeAction(renameOrganisationConfig, { db: t.db, user: actor }, { organisationId: hospital.id, name: sibling.name.toLowerCase() }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.nameTaken" },
      );
    });
  });

  describe("move", () => {
    it("moves a department to another hospital with an audit event", async () => {
      const actor = await admin();
      const a = await regionWithHospital();
      const b = await regionWithHospital();
      const department = await makeNamedOrganisation(t.db, unique("Dept"), "DEPARTMENT", a.hospital.id);
      expect((await executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id, parentId: b.hospital.id })).ok).toBe(true);
      expect((await t.db.organisation.findUniqueOrThrow({ where: { id: department.id } })).parentId).toBe(b.hospital.id);
      const [event] = await auditFor(department.id, "organisation.move");
      expect(JSON.parse(event.before!)).toEqual({ parentId: a.hospital.id });
      expect(JSON.parse(event.after!)).toEqual({ parentId: b.hospital.id });
    });

    it("refuses a move under itself or its own descendant (rule) and changes nothing", async () => {
      const actor = await admin();
      const { region, hospital } = await regionWithHospital();
      const department = await makeNamedOrganisation(t.db, unique("Dept"), "DEPARTMENT", hospital.id);
      const cycle = { ok: false, code: "RULE_VIOLATION", rule: "organisation.cycle" };
      await expectRefusedUnchanged(() => executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: hospital.id, parentId: hospital.id }), cycle);
      await expectRefusedUnchanged(() => executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: hospital.id, parentId: department.id }), cycle);
      await expectRefusedUnchanged(() => executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: region.id, parentId: department.id }), cycle);
    });

    it("refuses a parent of the wrong kind, another country or a taken name (rules) and changes nothing", async () => {
      const actor = await admin();
      const dk = await regionWithHospital("DK");
      const no = await regionWithHospital("NO");
      const department = await makeNamedOrganisation(t.db, unique("Dept"), "DEPARTMENT", dk.hospital.id);
      await expectRefusedUnchanged(
        () => executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id, parentId: dk.region.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.kindMismatch" },
      );
      await expectRefusedUnchanged(
        () => executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id, parentId: no.hospital.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.otherCountry" },
      );
      const target = await makeNamedOrganisation(t.db, unique("Hospital"), "HOSPITAL", dk.region.id);
      await makeNamedOrganisation(t.db, department.name, "DEPARTMENT", target.id);
      await expectRefusedUnchanged(
        () => executeAction(moveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id, parentId: target.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.nameTaken" },
      );
    });

    it("refuses a non-admin and bad input, changing nothing", async () => {
      const { hospital } = await regionWithHospital();
      const other = await regionWithHospital();
      const secretariat = asCurrent(await makeUser(t.db, "SECRETARIAT"));
      await expectRefusedUnchanged(
        () => executeAction(moveOrganisationConfig, { db: t.db, user: secretariat }, { organisationId: hospital.id, parentId: other.region.id }),
        { ok: false, code: "FORBIDDEN" },
      );
      await expectRefusedUnchanged(
        () => executeAction(moveOrganisationConfig, { db: t.db, user: root }, { organisationId: "", parentId: 42 }),
        { ok: false, code: "VALIDATION", fieldErrors: { organisationId: ["required"], parentId: ["invalid"] } },
      );
    });
  });

  describe("archive", () => {
    it("archives an organisation with nothing active under it; it leaves the tree and keeps its row", async () => {
      const actor = await admin();
      const { hospital } = await regionWithHospital();
      const department = await makeNamedOrganisation(t.db, unique("Dept"), "DEPARTMENT", hospital.id);
      expect((await executeAction(archiveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id })).ok).toBe(true);
      expect((await t.db.organisation.findUniqueOrThrow({ where: { id: department.id } })).archivedAt).not.toBeNull();
      expect(await auditFor(department.id, "organisation.archive")).toHaveLength(1);
      // An archived organisation is no longer changed, and its name is free again among the siblings.
      await expectRefusedUnchanged(
        () => executeAction(renameOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id, name: unique("New") }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.archived" },
      );
      expect((await executeAction(createOrganisationConfig, { db: t.db, user: actor }, { name: department.name, kind: "DEPARTMENT", parentId: hospital.id })).ok).toBe(true);
    });

    it("refuses while active children remain (rule) and changes nothing", async () => {
      const { hospital } = await regionWithHospital();
      await makeNamedOrganisation(t.db, unique("Dept"), "DEPARTMENT", hospital.id);
      await expectRefusedUnchanged(
        () => executeAction(archiveOrganisationConfig, { db: t.db, user: root }, { organisationId: hospital.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.hasActiveChildren" },
      );
    });

    it("refuses while a microsystem takes part in an active team (rule), and allows it once the team is completed", async () => {
      const actor = await admin();
      const { region, hospital } = await regionWithHospital();
      const department = await makeNamedOrganisation(t.db, unique("Dept"), "DEPARTMENT", hospital.id);
      const microsystem = await t.db.microsystem.create({ data: { name: unique("Ward"), kind: "WARD", organisationId: department.id } });
      const collaborative = await t.db.collaborative.create({
        data: { name: unique("Collab"), topic: "Falls", organisationId: region.id, startDate: new Date("2025-01-01T00:00:00Z"), endDate: new Date("2027-01-01T00:00:00Z") },
      });
      const team = await t.db.team.create({ data: { collaborativeId: collaborative.id, microsystemId: microsystem.id, name: unique("Team"), status: "ACTIVE" } });
      await expectRefusedUnchanged(
        () => executeAction(archiveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "organisation.hasActiveTeams" },
      );
      await t.db.team.update({ where: { id: team.id }, data: { status: "COMPLETED" } });
      expect((await executeAction(archiveOrganisationConfig, { db: t.db, user: actor }, { organisationId: department.id })).ok).toBe(true);
    });

    it("refuses a non-admin and an unknown id, changing nothing", async () => {
      const { hospital } = await regionWithHospital();
      const staff = asCurrent(await makeUser(t.db, "STAFF"));
      await expectRefusedUnchanged(() => executeAction(archiveOrganisationConfig, { db: t.db, user: staff }, { organisationId: hospital.id }), { ok: false, code: "FORBIDDEN" });
      await expectRefusedUnchanged(
        () => executeAction(archiveOrganisationConfig, { db: t.db, user: root }, { organisationId: "missing" }),
        { ok: false, code: "NOT_FOUND" },
      );
    });
  });
});
