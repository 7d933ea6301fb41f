import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { cancelRegistrationConfig, createSeminarConfig, publishSeminarConfig, registerForSeminarConfig } from "@/lib/seminars/action-configs";
import { getSeminarDetails, listMySeminars } from "@/lib/seminars/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { asCurrent } from "../helpers/setup-fixtures";
import { seminarInput } from "../helpers/seminars-fixtures";

// Capacity is the room's; remote attendance has its own optional limit and waiting list (issue 17).
describe("a seminar's places per mode on a real database", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof build>>;

  async function build(db: TestDb["db"]) {
    const region = await makeOrganisation(db, "REGION");
    const { collaborative, teams } = await makeCollaborative(db, region.id, 2);
    const secretariat = await makeUser(db, "SECRETARIAT");
    await addStaff(db, collaborative.id, secretariat.id);
    const people = await Promise.all([0, 1, 2, 3].map(() => makeUser(db, "STAFF", { locale: "nb" })));
    for (const [i, person] of people.entries()) await addMember(db, teams[i % 2].id, person.id, "MEMBER");
    return { collaborative, secretariat, people };
  }

  beforeAll(async () => {
    t = await createTestDb();
    w = await build(t.db);
  });
  afterAll(async () => t.drop());

  const run = (config: unknown, user: Parameters<typeof asCurrent>[0], input: unknown) =>
    executeAction(config as Parameters<typeof executeAction>[0], { db: t.db, user: asCurrent(user) }, input);
  const register = (person: number, seminarId: string, mode: string) => run(registerForSeminarConfig, w.people[person], { seminarId, mode });
  const statusOf = async (seminarId: string, person: number) =>
    (await t.db.seminarRegistration.findUniqueOrThrow({ where: { seminarId_userId: { seminarId, userId: w.people[person].id } } })).status;

  /** A published seminar on its own day with the room's and the remote places as the form sends them. */
  async function published(day: string, capacity: string, remoteCapacity: string) {
    const created = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: `${day}T09:00`, endsAt: `${day}T15:30`, capacity, remoteCapacity, registrationDeadline: "" }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = (created.data as { id: string }).id;
    expect((await run(publishSeminarConfig, w.secretariat, { seminarId: id })).ok).toBe(true);
    return id;
  }

  it("stores the remote limit from the form: empty is unlimited, a number a limit, 0 is refused", async () => {
    const unlimited = await published("2027-05-05", "1", "");
    const limited = await published("2027-06-02", "1", "3");
    const seminars = await t.db.learningSeminar.findMany({ where: { id: { in: [unlimited, limited] } }, select: { id: true, capacity: true, remoteCapacity: true } });
    expect(Object.fromEntries(seminars.map((s) => [s.id, [s.capacity, s.remoteCapacity]]))).toEqual({ [unlimited]: [1, null], [limited]: [1, 3] });
    const refused = await run(createSeminarConfig, w.secretariat, seminarInput({ collaborativeId: w.collaborative.id }, { startsAt: "2027-06-09T09:00", endsAt: "2027-06-09T15:30", remoteCapacity: "0" }));
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { remoteCapacity: ["tooSmall"] } });
  });

  it("registers a remote attendee while the room is full, and remote attendees take no seat in the room", async () => {
    const id = await published("2027-09-01", "1", "");
    expect(await register(0, id, "IN_PERSON")).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    expect(await register(1, id, "REMOTE")).toMatchObject({ ok: true, data: { status: "REGISTERED", position: null } });
    expect(await register(2, id, "REMOTE")).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    expect(await register(3, id, "IN_PERSON")).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    const details = await getSeminarDetails(t.db, w.secretariat, id);
    expect(details?.places).toEqual({
      IN_PERSON: { registered: 1, waiting: 1, limit: 1, left: 0, isFull: true },
      REMOTE: { registered: 2, waiting: 0, limit: null, left: null, isFull: false },
    });
  });

  it("puts a remote registration on the remote waiting list once the remote limit is reached, and promotes it when a remote place frees", async () => {
    const id = await published("2027-10-06", "5", "1");
    expect(await register(0, id, "REMOTE")).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    expect(await register(1, id, "REMOTE")).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    // The room still has places: an in-person registration is not held up by the remote list.
    expect(await register(2, id, "IN_PERSON")).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    const mine = await listMySeminars(t.db, w.people[1]);
    expect(mine.seminars.find((s) => s.id === id)).toMatchObject({ mine: { status: "WAITLISTED", mode: "REMOTE", position: 1 }, places: { REMOTE: { isFull: true, left: 0 }, IN_PERSON: { left: 4 } } });
    expect(await run(cancelRegistrationConfig, w.people[0], { seminarId: id })).toMatchObject({ ok: true });
    expect(await statusOf(id, 1)).toBe("REGISTERED");
  });

  it("changes a registration's mode: into a free place (freeing the old one for its first waiting), onto a full mode's waiting list when waiting, refused when registered", async () => {
    const id = await published("2027-11-03", "1", "2");
    const modeOf = async (person: number) => (await t.db.seminarRegistration.findUniqueOrThrow({ where: { seminarId_userId: { seminarId: id, userId: w.people[person].id } } })).mode;
    await register(0, id, "IN_PERSON");
    await register(1, id, "REMOTE");
    await register(2, id, "REMOTE");
    // Registered in the room while both remote places are taken: refused, and the seat is kept.
    expect(await register(0, id, "REMOTE")).toMatchObject({ ok: false, code: "RULE_VIOLATION", rule: "modeFull" });
    expect([await statusOf(id, 0), await modeOf(0)]).toEqual(["REGISTERED", "IN_PERSON"]);
    // Waiting for the room, a switch to the full remote list waits there.
    expect(await register(3, id, "IN_PERSON")).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    expect(await register(3, id, "REMOTE")).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    // A remote place frees: the first waiting for one moves up.
    expect(await run(cancelRegistrationConfig, w.people[1], { seminarId: id })).toMatchObject({ ok: true });
    expect(await statusOf(id, 3)).toBe("REGISTERED");
    expect(await register(1, id, "IN_PERSON")).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    expect(await run(cancelRegistrationConfig, w.people[2], { seminarId: id })).toMatchObject({ ok: true });
    // Now a remote place is free: the room's attendee moves there, and the room's seat goes to the first waiting for it.
    expect(await register(0, id, "REMOTE")).toMatchObject({ ok: true, data: { status: "REGISTERED" } });
    expect([await statusOf(id, 0), await modeOf(0)]).toEqual(["REGISTERED", "REMOTE"]);
    expect([await statusOf(id, 1), await modeOf(1)]).toEqual(["REGISTERED", "IN_PERSON"]);
  });
});
