import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { addMemberConfig, changeMemberRoleConfig, editAimConfig, removeMemberConfig } from "@/lib/teams/action-configs";
import { getTeamAim, getTeamMembers } from "@/lib/teams/data";
import { makeUser } from "../helpers/fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

/** The fields a browser posts, as FormData gives them. */
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("team aim and members on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  const audits = (entityId: string, action: string) => t.db.auditEvent.count({ where: { entityId, action } });
  const roleOf = async (teamId: string, userId: string) =>
    (await t.db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } }))?.role ?? null;

  describe("editing the aim", () => {
    it("saves the contact person's aim, bumps the version and records the audit event", async () => {
      const w = await makeTeamWorld(t.db);
      const aim = "Vi vil reducere faldulykker med skade med 30 % senest 31. december 2027.";
      const result = await executeAction(editAimConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, aim, version: 1 });
      expect(result).toEqual({ ok: true, data: { version: 2 } });
      const team = await t.db.team.findUniqueOrThrow({ where: { id: w.teamA.id } });
      expect([team.aim, team.version]).toEqual([aim, 2]);
      expect(await audits(w.teamA.id, "team.editAim")).toBe(1);
    });

    it("takes the aim form as FormData, its version as the posted text, and answers CONFLICT to a stale one", async () => {
      const w = await makeTeamWorld(t.db);
      const env = { db: t.db, user: w.contactA };
      expect(await executeAction(editAimConfig, env, form({ teamId: w.teamA.id, aim: "Færre fald", version: "1" }))).toEqual({ ok: true, data: { version: 2 } });
      expect(await executeAction(editAimConfig, env, form({ teamId: w.teamA.id, aim: "Endnu færre fald", version: "1" }))).toEqual({ ok: false, code: "CONFLICT" });
      expect(await executeAction(editAimConfig, env, form({ teamId: w.teamA.id, aim: "x".repeat(1001), version: "2" }))).toEqual({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { aim: ["tooBig"] },
      });
      expect((await t.db.team.findUniqueOrThrow({ where: { id: w.teamA.id } })).aim).toBe("Færre fald");
    });

    it("answers CONFLICT to a save carrying a stale version and changes nothing", async () => {
      const w = await makeTeamWorld(t.db);
      await executeAction(editAimConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, aim: "First", version: 1 });
      const stale = await executeAction(editAimConfig, { db: t.db, user: w.secretariat }, { teamId: w.teamA.id, aim: "Second", version: 1 });
      expect(stale).toEqual({ ok: false, code: "CONFLICT" });
      const team = await t.db.team.findUniqueOrThrow({ where: { id: w.teamA.id } });
      expect([team.aim, team.version]).toEqual(["First", 2]);
      expect(await audits(w.teamA.id, "team.editAim")).toBe(1);
    });

    it("answers NOT_FOUND to a contact person of team A editing team B, and changes nothing", async () => {
      const w = await makeTeamWorld(t.db);
      const result = await executeAction(editAimConfig, { db: t.db, user: w.contactA }, { teamId: w.teamB.id, aim: "Hijack", version: 1 });
      expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
      expect((await t.db.team.findUniqueOrThrow({ where: { id: w.teamB.id } })).aim).toBe("");
      expect(await audits(w.teamB.id, "team.editAim")).toBe(0);
      expect(await getTeamAim(t.db, w.contactA, w.teamB.id)).toBeNull();
    });

    it("answers FORBIDDEN to a member and a manager, who may read but not edit", async () => {
      const w = await makeTeamWorld(t.db);
      for (const user of [w.memberA, w.patientA, w.manager]) {
        expect(await executeAction(editAimConfig, { db: t.db, user }, { teamId: w.teamA.id, aim: "No", version: 1 })).toEqual({ ok: false, code: "FORBIDDEN" });
      }
      expect((await t.db.team.findUniqueOrThrow({ where: { id: w.teamA.id } })).version).toBe(1);
      expect((await getTeamAim(t.db, w.memberA, w.teamA.id))?.canEdit).toBe(false);
    });

    it("refuses an empty aim and a personal identity number with field errors", async () => {
      const w = await makeTeamWorld(t.db);
      expect(await executeAction(editAimConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, aim: " ", version: 1 })).toEqual({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { aim: ["required"] },
      });
      expect(
        await executeAction(editAimConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, aim: "Patient 010190-1234", version: 1 }),
      ).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { aim: ["personalIdentifier"] } });
      expect((await t.db.team.findUniqueOrThrow({ where: { id: w.teamA.id } })).version).toBe(1);
    });
  });

  describe("managing members", () => {
    it("adds an existing active user by e-mail with an audit event", async () => {
      const w = await makeTeamWorld(t.db);
      const newcomer = await makeUser(t.db);
      const result = await executeAction(addMemberConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, email: newcomer.email.toUpperCase(), role: "MEMBER" });
      expect(result).toEqual({ ok: true, data: { userId: newcomer.id } });
      expect(await roleOf(w.teamA.id, newcomer.id)).toBe("MEMBER");
      expect(await audits(`${w.teamA.id}:${newcomer.id}`, "team.addMember")).toBe(1);
    });

    it("refuses a duplicate, an unknown e-mail and a deactivated user with rule codes", async () => {
      const w = await makeTeamWorld(t.db);
      const gone = await makeUser(t.db);
      await t.db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
      const before = await t.db.teamMember.count({ where: { teamId: w.teamA.id } });
      const add = (email: string) => executeAction(addMemberConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, email, role: "MEMBER" });
      expect(await add(w.memberA.email)).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "alreadyMember" });
      expect(await add("nobody@test.example")).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "userNotFound" });
      expect(await add(gone.email)).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "userNotFound" });
      expect(await add("not-an-email")).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { email: ["invalidFormat"] } });
      expect(await t.db.teamMember.count({ where: { teamId: w.teamA.id } })).toBe(before);
    });

    it("refuses adding a manager to a team (PRODUCT.md §4: a manager writes nothing), changing nothing", async () => {
      const w = await makeTeamWorld(t.db);
      const before = await t.db.teamMember.count({ where: { teamId: w.teamA.id } });
      const auditsBefore = await t.db.auditEvent.count();
      const result = await executeAction(addMemberConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, email: w.manager.email, role: "MEMBER" });
      expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "managerCannotJoin" });
      expect(await t.db.teamMember.count({ where: { teamId: w.teamA.id } })).toBe(before);
      expect(await t.db.auditEvent.count()).toBe(auditsBefore);
    });

    it("a manager who is on a team from before still only reads it: the aim and the members refuse the manager", async () => {
      const w = await makeTeamWorld(t.db);
      await t.db.teamMember.create({ data: { teamId: w.teamA.id, userId: w.manager.id, role: "CONTACT_PERSON" } });
      await t.db.teamMember.updateMany({ where: { teamId: w.teamA.id, userId: w.contactA.id }, data: { role: "MEMBER" } });
      const newcomer = await makeUser(t.db);
      expect(await executeAction(editAimConfig, { db: t.db, user: w.manager }, { teamId: w.teamA.id, aim: "A manager's aim", version: 1 })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await executeAction(addMemberConfig, { db: t.db, user: w.manager }, { teamId: w.teamA.id, email: newcomer.email, role: "MEMBER" })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect((await t.db.team.findUniqueOrThrow({ where: { id: w.teamA.id } })).aim).not.toBe("A manager's aim");
      expect(await roleOf(w.teamA.id, newcomer.id)).toBeNull();
    });

    it("making someone contact person demotes the previous one in the same transaction", async () => {
      const w = await makeTeamWorld(t.db);
      const result = await executeAction(changeMemberRoleConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, userId: w.memberA.id, role: "CONTACT_PERSON" });
      expect(result.ok).toBe(true);
      expect(await roleOf(w.teamA.id, w.memberA.id)).toBe("CONTACT_PERSON");
      expect(await roleOf(w.teamA.id, w.contactA.id)).toBe("MEMBER");
      expect(await t.db.teamMember.count({ where: { teamId: w.teamA.id, role: "CONTACT_PERSON" } })).toBe(1);
      expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id, action: "team.changeMemberRole" } })).toBe(2);
    });

    it("changes a patient representative's role and back", async () => {
      const w = await makeTeamWorld(t.db);
      const change = (role: "MEMBER" | "PATIENT_REPRESENTATIVE") =>
        executeAction(changeMemberRoleConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, userId: w.patientA.id, role });
      expect((await change("MEMBER")).ok).toBe(true);
      expect(await roleOf(w.teamA.id, w.patientA.id)).toBe("MEMBER");
      expect((await change("PATIENT_REPRESENTATIVE")).ok).toBe(true);
      expect(await roleOf(w.teamA.id, w.patientA.id)).toBe("PATIENT_REPRESENTATIVE");
    });

    it("refuses the contact person stepping down and removing the contact person, changing nothing", async () => {
      const w = await makeTeamWorld(t.db);
      expect(
        await executeAction(changeMemberRoleConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, userId: w.contactA.id, role: "MEMBER" }),
      ).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "contactPersonNeedsSuccessor" });
      expect(await executeAction(removeMemberConfig, { db: t.db, user: w.secretariat }, { teamId: w.teamA.id, userId: w.contactA.id })).toEqual({
        ok: false,
        code: "RULE_VIOLATION",
        rule: "cannotRemoveContactPerson",
      });
      expect(await roleOf(w.teamA.id, w.contactA.id)).toBe("CONTACT_PERSON");
    });

    it("takes the member forms as FormData: add, change role, remove", async () => {
      const w = await makeTeamWorld(t.db);
      const newcomer = await makeUser(t.db);
      const env = { db: t.db, user: w.contactA };
      expect(await executeAction(addMemberConfig, env, form({ teamId: w.teamA.id, email: newcomer.email, role: "PATIENT_REPRESENTATIVE" }))).toEqual({ ok: true, data: { userId: newcomer.id } });
      expect((await executeAction(changeMemberRoleConfig, env, form({ teamId: w.teamA.id, userId: newcomer.id, role: "MEMBER" }))).ok).toBe(true);
      expect(await roleOf(w.teamA.id, newcomer.id)).toBe("MEMBER");
      expect((await executeAction(removeMemberConfig, env, form({ teamId: w.teamA.id, userId: newcomer.id }))).ok).toBe(true);
      expect(await roleOf(w.teamA.id, newcomer.id)).toBeNull();
      expect(await executeAction(addMemberConfig, env, form({ teamId: w.teamA.id, email: "not an e-mail", role: "MEMBER" }))).toMatchObject({ ok: false, code: "VALIDATION" });
    });

    it("removes a member with an audit event", async () => {
      const w = await makeTeamWorld(t.db);
      expect((await executeAction(removeMemberConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, userId: w.memberA.id })).ok).toBe(true);
      expect(await roleOf(w.teamA.id, w.memberA.id)).toBeNull();
      expect(await audits(`${w.teamA.id}:${w.memberA.id}`, "team.removeMember")).toBe(1);
    });

    it("a contact person of team A cannot touch team B's members (NOT_FOUND, nothing changed); a member gets FORBIDDEN", async () => {
      const w = await makeTeamWorld(t.db);
      const outsider = await makeUser(t.db);
      expect(await executeAction(addMemberConfig, { db: t.db, user: w.contactA }, { teamId: w.teamB.id, email: outsider.email, role: "MEMBER" })).toEqual({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await executeAction(removeMemberConfig, { db: t.db, user: w.contactA }, { teamId: w.teamB.id, userId: w.contactB.id })).toEqual({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await executeAction(removeMemberConfig, { db: t.db, user: w.memberA }, { teamId: w.teamA.id, userId: w.patientA.id })).toEqual({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await t.db.teamMember.count({ where: { teamId: w.teamB.id } })).toBe(1);
      expect(await roleOf(w.teamA.id, w.patientA.id)).toBe("PATIENT_REPRESENTATIVE");
      expect(await getTeamMembers(t.db, w.contactA, w.teamB.id)).toBeNull();
      expect((await getTeamMembers(t.db, w.contactA, w.teamA.id))?.canManage).toBe(true);
    });
  });
});
