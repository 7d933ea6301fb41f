import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { recordAttendanceSheetConfig } from "@/lib/seminars/action-configs";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { asCurrent, auditCount } from "../helpers/setup-fixtures";
import { makeSeminar } from "../helpers/seminars-fixtures";

// The secretariat's attendance sheet (issue 17): one save for every registration of a seminar, in
// one transaction with one audit event; all rows or none.
describe("the attendance sheet on a real database", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const { collaborative, teams } = await makeCollaborative(db, region.id, 2);
    const other = await makeCollaborative(db, region.id, 1);
    const secretariat = await makeUser(db, "SECRETARIAT");
    const otherSecretariat = await makeUser(db, "SECRETARIAT");
    const [ane, bo, carl, outsider] = await Promise.all([makeUser(db, "STAFF"), makeUser(db, "STAFF"), makeUser(db, "STAFF"), makeUser(db, "STAFF")]);
    await addStaff(db, collaborative.id, secretariat.id);
    await addStaff(db, other.collaborative.id, otherSecretariat.id);
    await addMember(db, teams[0].id, ane.id, "CONTACT_PERSON");
    await addMember(db, teams[1].id, bo.id, "MEMBER");
    await addMember(db, teams[0].id, carl.id, "MEMBER");
    await addMember(db, other.teams[0].id, outsider.id, "MEMBER");
    return { collaborative, teams, other, secretariat, otherSecretariat, ane, bo, carl, outsider };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  const run = (user: Parameters<typeof asCurrent>[0], input: unknown) => executeAction(recordAttendanceSheetConfig, { db: t.db, user: asCurrent(user) }, input);
  let seminarNumber = 30;
  /** A held seminar (started a year ago) with Ane and Bo registered and Carl on the waiting list. */
  async function heldSeminar() {
    const seminar = await makeSeminar(t.db, w.collaborative.id, { number: seminarNumber++, startsAt: new Date("2025-06-01T08:00:00Z") });
    const register = (userId: string, teamId: string, status = "REGISTERED") => t.db.seminarRegistration.create({ data: { seminarId: seminar.id, userId, teamId, mode: "IN_PERSON", status } });
    const ane = await register(w.ane.id, w.teams[0].id);
    const bo = await register(w.bo.id, w.teams[1].id);
    const carl = await register(w.carl.id, w.teams[0].id, "WAITLISTED");
    return { seminar, ane, bo, carl };
  }
  /** The sheet as the form posts it: flat "rows.N.…" fields. */
  function sheetForm(seminarId: string, rows: [string, string][]) {
    const form = new FormData();
    form.append("seminarId", seminarId);
    rows.forEach(([registrationId, attendance], n) => {
      form.append(`rows.${n}.registrationId`, registrationId);
      form.append(`rows.${n}.attendance`, attendance);
    });
    return form;
  }
  const attendanceOf = async (...ids: string[]) =>
    Object.fromEntries((await t.db.seminarRegistration.findMany({ where: { id: { in: ids } }, select: { id: true, attendance: true } })).map((r) => [r.id, r.attendance]));

  it("saves every row of the posted sheet at once, with one audit event naming what changed", async () => {
    const { seminar, ane, bo } = await heldSeminar();
    await t.db.seminarRegistration.update({ where: { id: bo.id }, data: { attendance: "ABSENT" } });
    const result = await run(w.secretariat, sheetForm(seminar.id, [[ane.id, "REMOTE"], [bo.id, ""]]));
    expect(result).toEqual({ ok: true, data: { id: seminar.id, saved: 2 } });
    expect(await attendanceOf(ane.id, bo.id)).toEqual({ [ane.id]: "REMOTE", [bo.id]: null });
    expect(await auditCount(t.db, "seminar.recordAttendanceSheet", seminar.id)).toBe(1);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "seminar.recordAttendanceSheet", entityId: seminar.id } });
    expect(audit).toMatchObject({ actorId: w.secretariat.id, entityType: "LearningSeminar", collaborativeId: w.collaborative.id });
    expect(JSON.parse(audit.before!)).toEqual({ [ane.id]: null, [bo.id]: "ABSENT" });
    expect(JSON.parse(audit.after!)).toEqual({ [ane.id]: "REMOTE", [bo.id]: null });
  });

  it("refuses the whole sheet when one row is another collaborative's registration, writing nothing", async () => {
    const { seminar, ane, bo } = await heldSeminar();
    const foreign = await makeSeminar(t.db, w.other.collaborative.id, { startsAt: new Date("2025-06-01T08:00:00Z") });
    const theirs = await t.db.seminarRegistration.create({ data: { seminarId: foreign.id, userId: w.outsider.id, teamId: w.other.teams[0].id, mode: "IN_PERSON" } });
    const result = await run(w.secretariat, sheetForm(seminar.id, [[ane.id, "IN_PERSON"], [bo.id, "IN_PERSON"], [theirs.id, "ABSENT"]]));
    expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await attendanceOf(ane.id, bo.id, theirs.id)).toEqual({ [ane.id]: null, [bo.id]: null, [theirs.id]: null });
    expect(await auditCount(t.db, "seminar.recordAttendanceSheet", seminar.id)).toBe(0);
  });

  it("refuses a row of another seminar of the same collaborative and a waiting registration, all or none", async () => {
    const { seminar, ane, carl } = await heldSeminar();
    const other = await heldSeminar();
    expect(await run(w.secretariat, sheetForm(seminar.id, [[ane.id, "IN_PERSON"], [other.bo.id, "IN_PERSON"]]))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await run(w.secretariat, sheetForm(seminar.id, [[ane.id, "IN_PERSON"], [carl.id, "IN_PERSON"]]))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await attendanceOf(ane.id, other.bo.id, carl.id)).toEqual({ [ane.id]: null, [other.bo.id]: null, [carl.id]: null });
  });

  it("answers NOT_FOUND to another collaborative's secretariat and FORBIDDEN to a team member", async () => {
    const { seminar, ane } = await heldSeminar();
    expect(await run(w.otherSecretariat, sheetForm(seminar.id, [[ane.id, "IN_PERSON"]]))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await run(w.ane, sheetForm(seminar.id, [[ane.id, "IN_PERSON"]]))).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await attendanceOf(ane.id)).toEqual({ [ane.id]: null });
  });

  it("records attendance only once the seminar has started", async () => {
    const future = await makeSeminar(t.db, w.collaborative.id, { number: 90, startsAt: new Date("2027-12-01T08:00:00Z") });
    const early = await t.db.seminarRegistration.create({ data: { seminarId: future.id, userId: w.ane.id, teamId: w.teams[0].id, mode: "IN_PERSON" } });
    expect(await run(w.secretariat, sheetForm(future.id, [[early.id, "IN_PERSON"]]))).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "notStarted" });
    expect(await attendanceOf(early.id)).toEqual({ [early.id]: null });
  });

  it("refuses a sheet that names one registration twice or holds an unknown attendance", async () => {
    const { seminar, ane } = await heldSeminar();
    expect(await run(w.secretariat, sheetForm(seminar.id, [[ane.id, "IN_PERSON"], [ane.id, "ABSENT"]]))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { rows: ["duplicate"] } });
    expect(await run(w.secretariat, sheetForm(seminar.id, [[ane.id, "BY_PIGEON"]]))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "rows.0.attendance": ["invalid"] } });
    expect(await attendanceOf(ane.id)).toEqual({ [ane.id]: null });
  });
});
