import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, executePublicAction } from "@/lib/actions/define-action";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/authz/roles";
import {
  createUserConfig,
  deactivateUserConfig,
  reactivateUserConfig,
  reinviteUserConfig,
  setManagerScopesConfig,
  setSecretariatScopesConfig,
  setUserRoleConfig,
} from "@/lib/users/action-configs";
import { acceptInviteConfig, getInviteState } from "@/lib/users/invite";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../helpers/fixtures";
import { asCurrent, snapshotUsers } from "../helpers/admin-fixtures";

const BASE = "https://samspil.test";
const createUser = createUserConfig(() => BASE);
const reinviteUser = reinviteUserConfig(() => BASE);
const PASSWORD = "a long enough password";
const DAY = 24 * 60 * 60 * 1000;
const uniqueEmail = () => `new-${randomUUID().slice(0, 8)}@test.example`;
const tokenOf = (url: string) => url.split("/invite/")[1];
type Invited = { ok: true; data: { userId: string; inviteUrl: string; expiresAt: string } };


describe("administrator: users, invitations, roles, scopes and deactivation", () => {
  let t: TestDb;
  let root: CurrentUser;
  beforeAll(async () => {
    t = await createTestDb();
    root = asCurrent(await makeUser(t.db, "ADMIN"));
  });
  afterAll(async () => t.drop());

  async function expectRefusedUnchanged(run: () => Promise<unknown>, expected: unknown) {
    const before = await snapshotUsers(t.db);
    expect(await run()).toEqual(expected);
    expect(await snapshotUsers(t.db)).toBe(before);
  }
  /** Accepting an invitation is public: the caller is signed out and the token is the credential. */
  const acceptInvite = (input: unknown, now?: Date) => executePublicAction(acceptInviteConfig(now ? () => now : undefined), { db: t.db, user: null }, input);
  const invite = async (input: Record<string, unknown> = {}) =>
    (await executeAction(createUser, { db: t.db, user: root }, { name: "Ny Bruger", email: uniqueEmail(), role: "STAFF", locale: "da", ...input })) as Invited;
  /** The audit actions recorded on an entity, sorted (events of one transaction may share a timestamp). */
  const auditActions = async (entityId: string) => (await t.db.auditEvent.findMany({ where: { entityId } })).map((e) => e.action).sort();

  describe("create and invite", () => {
    it("creates the user with a lower-case e-mail, stores only the token's hash, valid 7 days, and records audit events", async () => {
      const before = Date.now();
      const result = await invite({ name: "Sigrid Lund", email: "  Sigrid.LUND@Test.Example ", role: "SECRETARIAT", locale: "sv" });
      expect(result.ok).toBe(true);
      expect(result.data.inviteUrl).toMatch(new RegExp(`^${BASE}/invite/[A-Za-z0-9_-]{40,}$`));
      const user = await t.db.user.findUniqueOrThrow({ where: { id: result.data.userId } });
      expect(user).toMatchObject({ name: "Sigrid Lund", email: "sigrid.lund@test.example", role: "SECRETARIAT", locale: "sv", passwordHash: null, deactivatedAt: null });
      const [row] = await t.db.userInvite.findMany({ where: { userId: user.id } });
      const token = tokenOf(result.data.inviteUrl);
      expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(row.tokenHash).not.toContain(token);
      expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(7 * DAY - 5000);
      expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(7 * DAY + 5000);
      expect(await auditActions(user.id)).toEqual(["user.create", "user.invite"].sort());
      const audit = await t.db.auditEvent.findMany({ where: { entityId: user.id } });
      expect(audit.every((event) => !`${event.before}${event.after}`.includes(token))).toBe(true);
    });

    it("writes the invitation e-mail to the outbox in the user's own language", async () => {
      const swedish = await invite({ name: "Sigrid Lund", locale: "sv" });
      const norwegian = await invite({ name: "Kari Nordmann", locale: "nb" });
      const [sv] = await t.db.outboxMessage.findMany({ where: { userId: swedish.data.userId } });
      expect(sv).toMatchObject({ kind: "INVITE", locale: "sv", subject: "Inbjudan till Samspil", sentAt: null });
      expect(sv.body).toContain("Hej Sigrid Lund");
      expect(sv.body).toContain(swedish.data.inviteUrl);
      expect(sv.body).toContain("7 dagar");
      const [nb] = await t.db.outboxMessage.findMany({ where: { userId: norwegian.data.userId } });
      expect(nb).toMatchObject({ locale: "nb", subject: "Invitasjon til Samspil" });
      expect(nb.body).toContain("7 dager");
      expect(nb.toEmail).toBe((await t.db.user.findUniqueOrThrow({ where: { id: norwegian.data.userId } })).email);
    });

    it("lets the link set a password once; the user then signs in, and a second use is refused", async () => {
      const result = await invite();
      const token = tokenOf(result.data.inviteUrl);
      const user = await t.db.user.findUniqueOrThrow({ where: { id: result.data.userId } });
      expect(await getInviteState(t.db, token)).toEqual({ state: "VALID", email: user.email });
      expect(await acceptInvite({ token, password: PASSWORD, passwordRepeat: PASSWORD })).toEqual({ ok: true, data: { email: user.email } });
      // A new password ends every session of the old one (a re-sent invitation is how a password is reset).
      expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
      expect(await authenticateWithPassword(t.db, { email: user.email, password: PASSWORD })).toMatchObject({ ok: true, user: { id: user.id } });
      expect(await auditActions(user.id)).toContain("user.acceptInvite");
      expect(await getInviteState(t.db, token)).toEqual({ state: "USED" });
      await expectRefusedUnchanged(
        () => acceptInvite({ token, password: "another long password", passwordRepeat: "another long password" }),
        { ok: false, code: "RULE_VIOLATION", rule: "invite.used" },
      );
      expect(await authenticateWithPassword(t.db, { email: user.email, password: PASSWORD })).toMatchObject({ ok: true });
    });

    it("accepts the invitation form's post as it arrives without JavaScript (FormData with the password manager's username)", async () => {
      const result = await invite();
      const user = await t.db.user.findUniqueOrThrow({ where: { id: result.data.userId } });
      const form = new FormData();
      form.append("$ACTION_ID_abc", "");
      form.append("token", tokenOf(result.data.inviteUrl));
      form.append("username", user.email);
      form.append("password", PASSWORD);
      form.append("passwordRepeat", PASSWORD);
      expect(await acceptInvite(form)).toEqual({ ok: true, data: { email: user.email } });
      expect(await authenticateWithPassword(t.db, { email: user.email, password: PASSWORD })).toMatchObject({ ok: true, user: { id: user.id } });
    });

    it("refuses an expired link and an unknown token, changing nothing", async () => {
      const result = await invite();
      const token = tokenOf(result.data.inviteUrl);
      const later = new Date(Date.now() + 7 * DAY + 60_000);
      expect(await getInviteState(t.db, token, later)).toEqual({ state: "EXPIRED" });
      await expectRefusedUnchanged(
        () => acceptInvite({ token, password: PASSWORD, passwordRepeat: PASSWORD }, later),
        { ok: false, code: "RULE_VIOLATION", rule: "invite.expired" },
      );
      await expectRefusedUnchanged(
        () => acceptInvite({ token: "not-a-real-token", password: PASSWORD, passwordRepeat: PASSWORD }),
        { ok: false, code: "RULE_VIOLATION", rule: "invite.unknown" },
      );
    });

    it("refuses a short or mistyped password with field errors and leaves the link unused", async () => {
      const token = tokenOf((await invite()).data.inviteUrl);
      await expectRefusedUnchanged(
        () => acceptInvite({ token, password: "short", passwordRepeat: "short" }),
        { ok: false, code: "VALIDATION", fieldErrors: { password: ["passwordTooShort"] } },
      );
      await expectRefusedUnchanged(
        () => acceptInvite({ token, password: PASSWORD, passwordRepeat: `${PASSWORD}!` }),
        { ok: false, code: "VALIDATION", fieldErrors: { passwordRepeat: ["passwordMismatch"] } },
      );
      expect((await getInviteState(t.db, token)).state).toBe("VALID");
    });

    it("a fresh link replaces the earlier one", async () => {
      const first = await invite();
      const second = (await executeAction(reinviteUser, { db: t.db, user: root }, { userId: first.data.userId })) as Invited;
      expect(second.ok).toBe(true);
      expect((await getInviteState(t.db, tokenOf(first.data.inviteUrl))).state).toBe("EXPIRED");
      expect((await acceptInvite({ token: tokenOf(second.data.inviteUrl), password: PASSWORD, passwordRepeat: PASSWORD })).ok).toBe(true);
      expect(await t.db.outboxMessage.count({ where: { userId: first.data.userId } })).toBe(2);
    });

    it("accepts the create form's post (FormData) and refuses a name over the limit with tooBig", async () => {
      const form = new FormData();
      for (const [key, value] of Object.entries({ name: "Form Bruger", email: uniqueEmail(), role: "STAFF", locale: "nb" })) form.append(key, value);
      const result = (await executeAction(createUser, { db: t.db, user: root }, form)) as Invited;
      expect(result.ok).toBe(true);
      expect(await t.db.user.findUniqueOrThrow({ where: { id: result.data.userId } })).toMatchObject({ name: "Form Bruger", role: "STAFF", locale: "nb" });
      await expectRefusedUnchanged(
        () => executeAction(createUser, { db: t.db, user: root }, { name: "x".repeat(201), email: uniqueEmail(), role: "STAFF", locale: "da" }),
        { ok: false, code: "VALIDATION", fieldErrors: { name: ["tooBig"] } },
      );
    });

    it("refuses an e-mail already in use, whatever its case, and changes nothing", async () => {
      const existing = await makeUser(t.db, "STAFF");
      await expectRefusedUnchanged(
        () => executeAction(createUser, { db: t.db, user: root }, { name: "Dublet", email: existing.email.toUpperCase(), role: "STAFF", locale: "da" }),
        { ok: false, code: "VALIDATION", fieldErrors: { email: ["emailTaken"] } },
      );
    });

    it("refuses bad input with the field keys and changes nothing", async () => {
      await expectRefusedUnchanged(
        () => executeAction(createUser, { db: t.db, user: root }, { name: "", email: "not-an-email", role: "ROOT", locale: "de" }),
        { ok: false, code: "VALIDATION", fieldErrors: { name: ["required"], email: ["invalidFormat"], role: ["invalid"], locale: ["invalid"] } },
      );
      await expectRefusedUnchanged(
        () => executeAction(createUser, { db: t.db, user: root }, { name: "Født 0101901234", email: uniqueEmail(), role: "STAFF", locale: "da" }),
        { ok: false, code: "VALIDATION", fieldErrors: { name: ["personalIdentifier"] } },
      );
    });

    for (const role of ["SECRETARIAT", "MANAGER", "STAFF"] as Role[]) {
      it(`refuses a ${role} user creating or re-inviting, with FORBIDDEN, and changes nothing`, async () => {
        const user = asCurrent(await makeUser(t.db, role));
        await expectRefusedUnchanged(
          () => executeAction(createUser, { db: t.db, user }, { name: "X", email: uniqueEmail(), role: "ADMIN", locale: "da" }),
          { ok: false, code: "FORBIDDEN" },
        );
        await expectRefusedUnchanged(() => executeAction(reinviteUser, { db: t.db, user }, { userId: user.id }), { ok: false, code: "FORBIDDEN" });
      });
    }
  });

  describe("role and scopes", () => {
    it("sets the role, removes scopes that no longer fit, and audits before and after", async () => {
      const region = await makeOrganisation(t.db);
      const manager = await makeUser(t.db, "MANAGER");
      await scopeManager(t.db, manager.id, { organisationId: region.id });
      expect(await executeAction(setUserRoleConfig, { db: t.db, user: root }, { userId: manager.id, role: "SECRETARIAT" })).toEqual({ ok: true, data: { userId: manager.id } });
      expect((await t.db.user.findUniqueOrThrow({ where: { id: manager.id } })).role).toBe("SECRETARIAT");
      expect(await t.db.managerScope.count({ where: { userId: manager.id } })).toBe(0);
      const [event] = await t.db.auditEvent.findMany({ where: { entityId: manager.id, action: "user.setRole" } });
      expect(JSON.parse(event.before!)).toMatchObject({ role: "MANAGER", managerOrganisations: [region.id] });
      expect(JSON.parse(event.after!)).toMatchObject({ role: "SECRETARIAT", managerOrganisations: [] });
    });

    it("sets which collaboratives a secretariat member runs, replacing the earlier set", async () => {
      const region = await makeOrganisation(t.db);
      const { collaborative: a } = await makeCollaborative(t.db, region.id, 0);
      const { collaborative: b } = await makeCollaborative(t.db, region.id, 0);
      const secretariat = await makeUser(t.db, "SECRETARIAT");
      await addStaff(t.db, a.id, secretariat.id);
      const result = await executeAction(setSecretariatScopesConfig, { db: t.db, user: root }, { userId: secretariat.id, collaborativeIds: [b.id] });
      expect(result.ok).toBe(true);
      expect((await t.db.collaborativeStaff.findMany({ where: { userId: secretariat.id } })).map((row) => row.collaborativeId)).toEqual([b.id]);
      const [event] = await t.db.auditEvent.findMany({ where: { entityId: secretariat.id, action: "user.setSecretariatScopes" } });
      expect(JSON.parse(event.before!)).toEqual({ collaborativeIds: [a.id] });
      expect(JSON.parse(event.after!)).toEqual({ collaborativeIds: [b.id] });
    });

    it("sets which organisations and collaboratives a manager sees (a single id is accepted as a list)", async () => {
      const region = await makeOrganisation(t.db);
      const { collaborative } = await makeCollaborative(t.db, region.id, 0);
      const manager = await makeUser(t.db, "MANAGER");
      const result = await executeAction(setManagerScopesConfig, { db: t.db, user: root }, { userId: manager.id, organisationIds: region.id, collaborativeIds: [collaborative.id] });
      expect(result.ok).toBe(true);
      const scopes = await t.db.managerScope.findMany({ where: { userId: manager.id }, select: { organisationId: true, collaborativeId: true } });
      expect(scopes).toHaveLength(2);
      expect(scopes).toEqual(expect.arrayContaining([{ organisationId: region.id, collaborativeId: null }, { organisationId: null, collaborativeId: collaborative.id }]));
      expect(await t.db.auditEvent.count({ where: { entityId: manager.id, action: "user.setManagerScopes" } })).toBe(1);
    });

    it("accepts the scopes form's post: one ticked box is a list, and no box ticked (the field absent) clears the set", async () => {
      const region = await makeOrganisation(t.db);
      const { collaborative } = await makeCollaborative(t.db, region.id, 0);
      const manager = await makeUser(t.db, "MANAGER");
      const ticked = new FormData();
      ticked.append("userId", manager.id);
      ticked.append("organisationIds", region.id);
      ticked.append("collaborativeIds", collaborative.id);
      expect((await executeAction(setManagerScopesConfig, { db: t.db, user: root }, ticked)).ok).toBe(true);
      expect(await t.db.managerScope.count({ where: { userId: manager.id } })).toBe(2);
      const none = new FormData();
      none.append("userId", manager.id);
      expect((await executeAction(setManagerScopesConfig, { db: t.db, user: root }, none)).ok).toBe(true);
      expect(await t.db.managerScope.count({ where: { userId: manager.id } })).toBe(0);
    });

    it("refuses scopes that do not fit the role (rule) and changes nothing", async () => {
      const region = await makeOrganisation(t.db);
      const { collaborative } = await makeCollaborative(t.db, region.id, 0);
      const staff = await makeUser(t.db, "STAFF");
      const manager = await makeUser(t.db, "MANAGER");
      await expectRefusedUnchanged(
        () => executeAction(setSecretariatScopesConfig, { db: t.db, user: root }, { userId: manager.id, collaborativeIds: [collaborative.id] }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.notSecretariat" },
      );
      await expectRefusedUnchanged(
        () => executeAction(setManagerScopesConfig, { db: t.db, user: root }, { userId: staff.id, organisationIds: [region.id], collaborativeIds: [] }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.notManager" },
      );
    });

    it("refuses unknown or archived scope targets and bad input with field errors, changing nothing", async () => {
      const manager = await makeUser(t.db, "MANAGER");
      const archived = await t.db.organisation.create({ data: { name: "Old", kind: "REGION", archivedAt: new Date() } });
      await expectRefusedUnchanged(
        () => executeAction(setManagerScopesConfig, { db: t.db, user: root }, { userId: manager.id, organisationIds: [archived.id], collaborativeIds: [] }),
        { ok: false, code: "VALIDATION", fieldErrors: { organisationIds: ["invalid"] } },
      );
      await expectRefusedUnchanged(
        () => executeAction(setManagerScopesConfig, { db: t.db, user: root }, { userId: manager.id, organisationIds: [], collaborativeIds: ["missing"] }),
        { ok: false, code: "VALIDATION", fieldErrors: { collaborativeIds: ["invalid"] } },
      );
      await expectRefusedUnchanged(
        () => executeAction(setUserRoleConfig, { db: t.db, user: root }, { userId: manager.id, role: "OWNER" }),
        { ok: false, code: "VALIDATION", fieldErrors: { role: ["invalid"] } },
      );
      await expectRefusedUnchanged(() => executeAction(setUserRoleConfig, { db: t.db, user: root }, { userId: "missing", role: "STAFF" }), { ok: false, code: "NOT_FOUND" });
    });

    it("refuses an administrator removing their own administrator role (rule) and changes nothing", async () => {
      await expectRefusedUnchanged(
        () => executeAction(setUserRoleConfig, { db: t.db, user: root }, { userId: root.id, role: "STAFF" }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.self" },
      );
    });

    for (const role of ["SECRETARIAT", "MANAGER", "STAFF"] as Role[]) {
      it(`refuses a ${role} user setting roles or scopes, with FORBIDDEN, and changes nothing`, async () => {
        const user = asCurrent(await makeUser(t.db, role));
        const target = await makeUser(t.db, "MANAGER");
        await expectRefusedUnchanged(() => executeAction(setUserRoleConfig, { db: t.db, user }, { userId: user.id, role: "ADMIN" }), { ok: false, code: "FORBIDDEN" });
        await expectRefusedUnchanged(
          () => executeAction(setManagerScopesConfig, { db: t.db, user }, { userId: target.id, organisationIds: [], collaborativeIds: [] }),
          { ok: false, code: "FORBIDDEN" },
        );
        await expectRefusedUnchanged(() => executeAction(setSecretariatScopesConfig, { db: t.db, user }, { userId: target.id, collaborativeIds: [] }), { ok: false, code: "FORBIDDEN" });
      });
    }
  });

  describe("deactivate and reactivate", () => {
    it("a deactivated user cannot sign in, their history stays, and reactivation lets them in again", async () => {
      const result = await invite();
      const token = tokenOf(result.data.inviteUrl);
      await acceptInvite({ token, password: PASSWORD, passwordRepeat: PASSWORD });
      const user = await t.db.user.findUniqueOrThrow({ where: { id: result.data.userId } });
      const region = await makeOrganisation(t.db);
      const { teams } = await makeCollaborative(t.db, region.id, 1);
      await addMember(t.db, teams[0].id, user.id);

      expect(await executeAction(deactivateUserConfig, { db: t.db, user: root }, { userId: user.id })).toEqual({ ok: true, data: { userId: user.id } });
      expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).deactivatedAt).not.toBeNull();
      expect(await authenticateWithPassword(t.db, { email: user.email, password: PASSWORD })).toEqual({ ok: false, code: "ACCOUNT_DEACTIVATED" });
      expect(await t.db.teamMember.count({ where: { userId: user.id } })).toBe(1);
      expect(await auditActions(user.id)).toEqual(["user.create", "user.invite", "user.acceptInvite", "user.deactivate"].sort());

      expect((await executeAction(reactivateUserConfig, { db: t.db, user: root }, { userId: user.id })).ok).toBe(true);
      expect(await authenticateWithPassword(t.db, { email: user.email, password: PASSWORD })).toMatchObject({ ok: true });
      expect(await auditActions(user.id)).toContain("user.reactivate");
    });

    it("makes a deactivated user's invitation link stop working and refuses a new one (rule)", async () => {
      const result = await invite();
      await executeAction(deactivateUserConfig, { db: t.db, user: root }, { userId: result.data.userId });
      expect((await getInviteState(t.db, tokenOf(result.data.inviteUrl))).state).toBe("UNKNOWN");
      await expectRefusedUnchanged(
        () => executeAction(reinviteUser, { db: t.db, user: root }, { userId: result.data.userId }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.deactivated" },
      );
    });

    it("refuses an administrator deactivating themself (rule) and changes nothing", async () => {
      await expectRefusedUnchanged(
        () => executeAction(deactivateUserConfig, { db: t.db, user: root }, { userId: root.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.self" },
      );
    });

    it("refuses deactivating or demoting the last active administrator (rule) and changes nothing", async () => {
      // The caller's session says ADMIN, but by now their own account was demoted elsewhere:
      // the target is the only active administrator left.
      const lastAdmin = await makeUser(t.db, "ADMIN");
      const staleCaller = await makeUser(t.db, "STAFF");
      await t.db.user.updateMany({ where: { role: "ADMIN", id: { not: lastAdmin.id } }, data: { deactivatedAt: new Date() } });
      const caller = { ...asCurrent(staleCaller), role: "ADMIN" as const };
      await expectRefusedUnchanged(
        () => executeAction(deactivateUserConfig, { db: t.db, user: caller }, { userId: lastAdmin.id }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.lastAdmin" },
      );
      await expectRefusedUnchanged(
        () => executeAction(setUserRoleConfig, { db: t.db, user: caller }, { userId: lastAdmin.id, role: "STAFF" }),
        { ok: false, code: "RULE_VIOLATION", rule: "user.lastAdmin" },
      );
      await t.db.user.updateMany({ where: { role: "ADMIN" }, data: { deactivatedAt: null } });
    });

    it("refuses bad input and a non-admin, changing nothing", async () => {
      const target = await makeUser(t.db, "STAFF");
      await expectRefusedUnchanged(() => executeAction(deactivateUserConfig, { db: t.db, user: root }, { userId: "" }), {
        ok: false,
        code: "VALIDATION",
        fieldErrors: { userId: ["required"] },
      });
      for (const role of ["SECRETARIAT", "MANAGER", "STAFF"] as Role[]) {
        const user = asCurrent(await makeUser(t.db, role));
        await expectRefusedUnchanged(() => executeAction(deactivateUserConfig, { db: t.db, user }, { userId: target.id }), { ok: false, code: "FORBIDDEN" });
        await expectRefusedUnchanged(() => executeAction(reactivateUserConfig, { db: t.db, user }, { userId: target.id }), { ok: false, code: "FORBIDDEN" });
      }
    });
  });
});
