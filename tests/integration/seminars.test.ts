import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ical, { type VEvent } from "node-ical";
import { executeAction } from "@/lib/actions/define-action";
import {
  cancelRegistrationConfig,
  cancelSeminarConfig,
  createSeminarConfig,
  publishSeminarConfig,
  registerForSeminarConfig,
  updateSeminarConfig,
} from "@/lib/seminars/action-configs";
import { getSeminarCalendar, getSeminarDetails, listMySeminars, listUserFeed } from "@/lib/seminars/data";
import { buildSeminarCalendar, collaborativeFeedToken, isCollaborativeFeedToken } from "@/lib/seminars/ics";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { asCurrent, auditCount } from "../helpers/setup-fixtures";
import { makeSeminar, seminarInput } from "../helpers/seminars-fixtures";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-seminar-feeds";

describe("learning seminars on a real database", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const { collaborative, teams } = await makeCollaborative(db, region.id, 2);
    const other = await makeCollaborative(db, region.id, 1);
    const secretariat = await makeUser(db, "SECRETARIAT");
    const otherSecretariat = await makeUser(db, "SECRETARIAT");
    const danish = await makeUser(db, "STAFF", { locale: "da" });
    const norwegian = await makeUser(db, "STAFF", { locale: "nb" });
    const third = await makeUser(db, "STAFF", { locale: "da" });
    const outsider = await makeUser(db, "STAFF");
    await addStaff(db, collaborative.id, secretariat.id);
    await addStaff(db, other.collaborative.id, otherSecretariat.id);
    await addMember(db, teams[0].id, danish.id, "CONTACT_PERSON");
    await addMember(db, teams[1].id, norwegian.id, "MEMBER");
    await addMember(db, teams[0].id, third.id, "MEMBER");
    await addMember(db, other.teams[0].id, outsider.id, "MEMBER");
    // A published neighbour 5 weeks before the seminars the tests create (2027-03-10).
    const neighbour = await makeSeminar(db, collaborative.id, { number: 2, startsAt: new Date("2027-02-01T08:00:00Z") });
    return { collaborative, teams, secretariat, otherSecretariat, danish, norwegian, third, outsider, neighbour };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  const run = (config: unknown, user: Parameters<typeof asCurrent>[0], input: unknown) =>
    executeAction(config as Parameters<typeof executeAction>[0], { db: t.db, user: asCurrent(user) }, input);
  const seminarCount = () => t.db.learningSeminar.count({ where: { collaborativeId: w.collaborative.id } });
  const outboxFor = (userId: string, kind: string) => t.db.outboxMessage.findMany({ where: { userId, kind } });

  /** A created and published seminar on its own free day (placement must not overlap). */
  async function publishedSeminar(day: string, capacity = "2") {
    const created = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: `${day}T09:00`, endsAt: `${day}T15:30`, capacity, registrationDeadline: "" }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = (created.data as { id: string }).id;
    expect((await run(publishSeminarConfig, w.secretariat, { seminarId: id })).ok).toBe(true);
    return id;
  }

  it("creates a draft seminar inside the collaborative's dates with agenda, materials and an audit event", async () => {
    const result = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2027-05-12T09:00", endsAt: "2027-05-12T15:30" }));
    expect(result.ok).toBe(true);
    const { id } = (result as { data: { id: string } }).data;
    const seminar = await t.db.learningSeminar.findUniqueOrThrow({ where: { id }, include: { agendaItems: { orderBy: { position: "asc" } }, materials: true } });
    expect(seminar.status).toBe("DRAFT");
    expect(seminar.startsAt.toISOString()).toBe("2027-05-12T07:00:00.000Z"); // 09:00 in Copenhagen, summer time
    expect(seminar.agendaItems.map((item) => [item.title, item.startsAt.toISOString()])).toEqual([
      ["Velkomst", "2027-05-12T07:00:00.000Z"],
      ["Storyboards", "2027-05-12T08:30:00.000Z"],
    ]);
    expect(seminar.materials).toHaveLength(1);
    expect(await auditCount(t.db, "seminar.create", id)).toBe(1);
  });

  it("takes the form's FormData: flat agenda and material fields become the lists, and an item's error lands on its own field", async () => {
    const form = new FormData();
    const fields = seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2027-05-19T09:00", endsAt: "2027-05-19T15:30" });
    for (const [name, value] of Object.entries(fields)) if (name !== "agenda" && name !== "materials") form.append(name, String(value));
    for (const [name, value] of Object.entries({ "agenda.0.time": "09:00", "agenda.0.title": "Velkomst", "agenda.0.presenter": "", "agenda.1.time": "11:00", "agenda.1.title": "Storyboards", "agenda.1.presenter": "Ida", "materials.0.title": "Slides", "materials.0.url": "https://example.org/s.pdf" }))
      form.append(name, value);
    const created = await run(createSeminarConfig, w.secretariat, form);
    expect(created.ok).toBe(true);
    const seminar = await t.db.learningSeminar.findUniqueOrThrow({ where: { id: (created as { data: { id: string } }).data.id }, include: { agendaItems: { orderBy: { position: "asc" } }, materials: true } });
    expect(seminar.agendaItems.map((item) => [item.title, item.presenter, item.startsAt.toISOString()])).toEqual([
      ["Velkomst", "", "2027-05-19T07:00:00.000Z"],
      ["Storyboards", "Ida", "2027-05-19T09:00:00.000Z"],
    ]);
    expect(seminar.materials.map((item) => item.url)).toEqual(["https://example.org/s.pdf"]);

    form.set("startsAt", "2027-05-26T09:00");
    form.set("endsAt", "2027-05-26T15:30");
    form.set("agenda.1.title", "");
    form.set("materials.0.url", "ftp://example.org");
    const before = await seminarCount();
    const refused = await run(createSeminarConfig, w.secretariat, form);
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "agenda.1.title": ["required"], "materials.0.url": ["invalidUrl"] } });
    expect(await seminarCount()).toBe(before);
  });

  it("registers and cancels from the forms' FormData", async () => {
    const id = await publishedSeminar("2027-06-02", "");
    const register = new FormData();
    register.append("seminarId", id);
    register.append("mode", "REMOTE");
    expect(await run(registerForSeminarConfig, w.norwegian, register)).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    const noMode = new FormData();
    noMode.append("seminarId", id);
    expect(await run(registerForSeminarConfig, w.danish, noMode)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { mode: ["invalid"] } });
    const cancel = new FormData();
    cancel.append("seminarId", id);
    expect(await run(cancelRegistrationConfig, w.norwegian, cancel)).toMatchObject({ ok: true });
    expect((await t.db.seminarRegistration.findFirstOrThrow({ where: { seminarId: id, userId: w.norwegian.id } })).status).toBe("CANCELLED");
  });

  it("returns the gap warning in the success data when the neighbour is under 2 months away", async () => {
    const result = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }));
    expect(result).toMatchObject({ ok: true, data: { warnings: [{ kind: "tooShort", neighbourNumber: 2, side: "before" }] } });
  });

  it("refuses an overlapping seminar with RULE_VIOLATION and writes nothing", async () => {
    const before = await seminarCount();
    const audits = await t.db.auditEvent.count();
    const result = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2027-02-01T10:00", endsAt: "2027-02-01T12:00", registrationDeadline: "" }));
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "overlap" });
    expect(await seminarCount()).toBe(before);
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("refuses a seminar outside the collaborative's dates", async () => {
    const result = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2028-03-10T09:00", endsAt: "2028-03-10T15:00" }));
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "outsideCollaborative" });
  });

  it("answers VALIDATION with field keys for bad input and writes nothing", async () => {
    const before = await seminarCount();
    const result = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { title: "", videoUrl: "javascript:alert(1)", preWork: "CPR 010190-1234" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors).toMatchObject({ title: ["required"], videoUrl: ["invalidUrl"], preWork: ["personalIdentifier"] });
    expect(await seminarCount()).toBe(before);
  });

  it("lets an outsider find nothing (NOT_FOUND) and refuses a team member (FORBIDDEN) on seminar writes", async () => {
    const before = await seminarCount();
    expect(await run(createSeminarConfig, w.otherSecretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2027-06-20T09:00", endsAt: "2027-06-20T15:00" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(createSeminarConfig, w.danish, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2027-06-20T09:00", endsAt: "2027-06-20T15:00" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(publishSeminarConfig, w.outsider, { seminarId: w.neighbour.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(cancelSeminarConfig, w.danish, { seminarId: w.neighbour.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await seminarCount()).toBe(before);
    expect((await t.db.learningSeminar.findUniqueOrThrow({ where: { id: w.neighbour.id } })).status).toBe("PUBLISHED");
    expect(await getSeminarCalendar(t.db, w.otherSecretariat, w.collaborative.id)).toBeNull();
    expect(await getSeminarDetails(t.db, w.outsider, w.neighbour.id)).toBeNull();
  });

  it("publishes and tells the collaborative's team members by e-mail, each in their own language", async () => {
    const id = await publishedSeminar("2027-07-07");
    const [danishMail] = await t.db.outboxMessage.findMany({ where: { userId: w.danish.id, kind: "SEMINAR_PUBLISHED", body: { contains: "" } }, orderBy: { createdAt: "desc" } });
    const [norwegianMail] = await t.db.outboxMessage.findMany({ where: { userId: w.norwegian.id, kind: "SEMINAR_PUBLISHED" }, orderBy: { createdAt: "desc" } });
    expect(danishMail.locale).toBe("da");
    expect(danishMail.subject).toMatch(/^Nyt læringsseminar: /);
    expect(norwegianMail.locale).toBe("nb");
    expect(norwegianMail.subject).toMatch(/^Ny læringssamling: /);
    expect(await t.db.outboxMessage.count({ where: { userId: w.outsider.id } })).toBe(0);
    expect(await auditCount(t.db, "seminar.publish", id)).toBe(1);
    expect(await run(publishSeminarConfig, w.secretariat, { seminarId: id })).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "notDraft" });
  });

  it("registers until the room's capacity, then waitlists; a cancellation promotes the first waiting and queues a promoted message", async () => {
    const id = await publishedSeminar("2027-09-08", "2");
    const first = await run(registerForSeminarConfig, w.danish, { seminarId: id, mode: "IN_PERSON" });
    const second = await run(registerForSeminarConfig, w.norwegian, { seminarId: id, mode: "IN_PERSON" });
    const third = await run(registerForSeminarConfig, w.third, { seminarId: id, mode: "IN_PERSON" });
    expect(first).toMatchObject({ ok: true, data: { status: "REGISTERED", position: null } });
    expect(second).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    expect(third).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    expect(await outboxFor(w.danish.id, "SEMINAR_REGISTERED")).toHaveLength(1);
    expect(await outboxFor(w.third.id, "SEMINAR_WAITLISTED")).toHaveLength(1);
    const registration = await t.db.seminarRegistration.findFirstOrThrow({ where: { seminarId: id, userId: w.danish.id } });
    expect(registration.teamId).toBe(w.teams[0].id);
    expect(await auditCount(t.db, "seminar.register", registration.id)).toBe(1);

    const mine = await listMySeminars(t.db, w.third);
    expect(mine.seminars.find((s) => s.id === id)?.mine).toMatchObject({ status: "WAITLISTED", position: 1 });

    expect(await run(cancelRegistrationConfig, w.danish, { seminarId: id })).toMatchObject({ ok: true });
    const statuses = await t.db.seminarRegistration.findMany({ where: { seminarId: id }, select: { userId: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.userId, s.status]))).toEqual({ [w.danish.id]: "CANCELLED", [w.norwegian.id]: "REGISTERED", [w.third.id]: "REGISTERED" });
    const promoted = await outboxFor(w.third.id, "SEMINAR_PROMOTED");
    expect(promoted).toHaveLength(1);
    expect(promoted[0].subject).toMatch(/^Du har fået en plads: /);
  });

  it("refuses registration by someone not on a team (FORBIDDEN for the secretariat, NOT_FOUND for an outsider) and for a draft", async () => {
    const id = await publishedSeminar("2027-10-13");
    expect(await run(registerForSeminarConfig, w.secretariat, { seminarId: id, mode: "IN_PERSON" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(registerForSeminarConfig, w.outsider, { seminarId: id, mode: "IN_PERSON" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(registerForSeminarConfig, w.danish, { seminarId: id, mode: "BY_PIGEON" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { mode: ["invalid"] } });
    const draft = await makeSeminar(t.db, w.collaborative.id, { number: 9, status: "DRAFT", startsAt: new Date("2027-11-10T08:00:00Z") });
    expect(await run(registerForSeminarConfig, w.danish, { seminarId: draft.id, mode: "IN_PERSON" })).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "notPublished" });
    expect(await t.db.seminarRegistration.count({ where: { seminarId: { in: [id, draft.id] } } })).toBe(0);
  });

  it("moves a published seminar: bumps SEQUENCE and tells the registered; cancelling tells them too", async () => {
    const id = await publishedSeminar("2027-04-14");
    await run(registerForSeminarConfig, w.norwegian, { seminarId: id, mode: "REMOTE" });
    const moved = await run(updateSeminarConfig, w.secretariat, seminarInput({ seminarId: id }, { number: "4", startsAt: "2027-04-15T10:00", endsAt: "2027-04-15T16:00", registrationDeadline: "" }));
    expect(moved.ok).toBe(true);
    const afterMove = await t.db.learningSeminar.findUniqueOrThrow({ where: { id } });
    expect(afterMove.sequence).toBe(2); // publish + move
    expect(afterMove.startsAt.toISOString()).toBe("2027-04-15T08:00:00.000Z");
    expect(await outboxFor(w.norwegian.id, "SEMINAR_CHANGED")).toHaveLength(1);
    expect(await run(cancelSeminarConfig, w.secretariat, { seminarId: id })).toMatchObject({ ok: true });
    const cancelledMail = await outboxFor(w.norwegian.id, "SEMINAR_CANCELLED");
    expect(cancelledMail).toHaveLength(1);
    expect(cancelledMail[0].subject).toMatch(/^Avlyst: /);
    expect(await run(updateSeminarConfig, w.secretariat, seminarInput({ seminarId: id }, { startsAt: "2027-04-16T10:00", endsAt: "2027-04-16T16:00", registrationDeadline: "" }))).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "cancelled" });
  });

  it("writes an .ics whose DTSTART is the stored instant in the seminar's TZID, and a cancellation with a higher SEQUENCE", async () => {
    const seminar = await makeSeminar(t.db, w.collaborative.id, { number: 30, startsAt: new Date("2027-06-16T07:00:00Z"), timeZone: "Europe/Oslo" });
    const row = { ...seminar, collaborativeName: "Samarbejde" };
    const text = buildSeminarCalendar("Feed", [row], "https://samspil.example");
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("DTSTART;TZID=Europe/Oslo:20270616T090000");
    const event = Object.values(ical.sync.parseICS(text)).find((entry) => entry?.type === "VEVENT") as VEvent;
    expect(event.start.toISOString()).toBe(seminar.startsAt.toISOString());
    expect(event.start.tz).toBe("Europe/Oslo");
    expect(event.end?.toISOString()).toBe(seminar.endsAt.toISOString());

    const cancelled = buildSeminarCalendar("Feed", [{ ...row, status: "CANCELLED", sequence: row.sequence + 1 }], "https://samspil.example");
    const cancelledEvent = Object.values(ical.sync.parseICS(cancelled)).find((entry) => entry?.type === "VEVENT") as VEvent;
    expect(cancelledEvent.status).toBe("CANCELLED");
    expect(Number(cancelledEvent.sequence)).toBeGreaterThan(Number(event.sequence));
    expect(cancelledEvent.uid).toBe(event.uid);
  });

  it("serves a user's feed by their secret token and checks the collaborative feed token", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: w.norwegian.id } });
    const feed = await listUserFeed(t.db, user.calendarToken);
    expect(feed?.seminars.length).toBeGreaterThan(0);
    expect(await listUserFeed(t.db, "wrong-token")).toBeNull();
    const token = collaborativeFeedToken(w.collaborative.id);
    expect(isCollaborativeFeedToken(w.collaborative.id, token)).toBe(true);
    expect(isCollaborativeFeedToken(w.teams[0].collaborativeId, "x".repeat(32))).toBe(false);
    expect(isCollaborativeFeedToken("another-id", token)).toBe(false);
  });
});
