import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueReportReminders, reminderKind } from "@/lib/reports/reminders";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { newCalendarToken } from "@/lib/seminars/calendar-token";

const OCTOBER = new Date("2026-10-01T00:00:00Z");
const DUE_DAY = new Date("2026-11-03T08:00:00Z");
const OVERDUE_DAY = new Date("2026-11-12T08:00:00Z");

describe("monthly report reminders to the contact person", () => {
  let t: TestDb;
  let danishTeam: { id: string; name: string };
  let norwegianTeam: { id: string; name: string };
  let submittedTeam: { id: string };
  let withdrawnTeam: { id: string };
  let dane: { id: string };
  let norwegian: { id: string };
  let submitter: { id: string };
  let withdrawnContact: { id: string };
  let member: { id: string };

  beforeAll(async () => {
    t = await createTestDb();
    const region = await makeOrganisation(t.db, "REGION");
    const { teams } = await makeCollaborative(t.db, region.id, 4);
    [danishTeam, norwegianTeam, submittedTeam, withdrawnTeam] = teams;
    await t.db.team.update({ where: { id: norwegianTeam.id }, data: { status: "ENROLLED" } });
    await t.db.team.update({ where: { id: withdrawnTeam.id }, data: { status: "WITHDRAWN" } });
    dane = await makeUser(t.db, "STAFF", { locale: "da" });
    norwegian = await makeUser(t.db, "STAFF", { locale: "nb" });
    submitter = await makeUser(t.db);
    withdrawnContact = await makeUser(t.db);
    member = await makeUser(t.db);
    const deactivated = await t.db.user.create({ data: { email: "gone@test.example", name: "Gone", deactivatedAt: new Date("2026-01-01T00:00:00Z"), calendarToken: newCalendarToken() } });
    await addMember(t.db, danishTeam.id, dane.id, "CONTACT_PERSON");
    await addMember(t.db, danishTeam.id, member.id, "MEMBER");
    await addMember(t.db, danishTeam.id, deactivated.id, "CONTACT_PERSON");
    await addMember(t.db, norwegianTeam.id, norwegian.id, "CONTACT_PERSON");
    await addMember(t.db, submittedTeam.id, submitter.id, "CONTACT_PERSON");
    await addMember(t.db, withdrawnTeam.id, withdrawnContact.id, "CONTACT_PERSON");
    await t.db.actionPeriodReport.create({ data: { teamId: submittedTeam.id, month: OCTOBER, submittedById: submitter.id } });
    // A second collaborative still in planning: its teams get nothing.
    const planning = await makeCollaborative(t.db, region.id, 1);
    await t.db.collaborative.update({ where: { id: planning.collaborative.id }, data: { status: "PLANNING" } });
    await addMember(t.db, planning.teams[0].id, (await makeUser(t.db)).id, "CONTACT_PERSON");
  });
  afterAll(async () => t.drop());

  const reminders = (prefix: string) => t.db.outboxMessage.findMany({ where: { kind: { startsWith: prefix } }, orderBy: { toEmail: "asc" } });

  it("on the 3rd queues one REPORT_DUE to each active contact person, in their language, with one audit event", async () => {
    const counts = await queueReportReminders(t.db, DUE_DAY);
    expect(counts).toEqual({ month: "2026-10", kind: "REPORT_DUE", teams: 2, queued: 2, skipped: 0 });
    const rows = await reminders("REPORT_DUE:");
    expect(rows.map((row) => row.userId).sort()).toEqual([dane.id, norwegian.id].sort());

    const toNorwegian = rows.find((row) => row.userId === norwegian.id)!;
    expect(toNorwegian.kind).toBe(reminderKind("REPORT_DUE", OCTOBER, norwegianTeam.id));
    expect(toNorwegian.locale).toBe("nb");
    expect(toNorwegian.subject).toBe(`Påminnelse: månedsrapport for oktober 2026 – ${norwegianTeam.name}`);
    expect(toNorwegian.body).toContain(`/teams/${norwegianTeam.id}/reports/2026-10`);

    const toDane = rows.find((row) => row.userId === dane.id)!;
    expect(toDane.locale).toBe("da");
    expect(toDane.subject).toBe(`Husk månedsrapporten for oktober 2026: ${danishTeam.name}`);
    expect(toDane.body).toContain(`/teams/${danishTeam.id}/reports/2026-10`);

    const audits = await t.db.auditEvent.findMany({ where: { action: "reports.remind" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBeNull();
    expect(JSON.parse(audits[0].after!)).toMatchObject({ kind: "REPORT_DUE", queued: 2 });
  });

  it("queues nothing new when run again the same month", async () => {
    const counts = await queueReportReminders(t.db, new Date("2026-11-04T08:00:00Z"));
    expect(counts).toMatchObject({ kind: "REPORT_DUE", queued: 0, skipped: 2 });
    expect(await reminders("REPORT_DUE:")).toHaveLength(2);
  });

  it("on the 12th queues one REPORT_OVERDUE, once", async () => {
    expect(await queueReportReminders(t.db, OVERDUE_DAY)).toMatchObject({ kind: "REPORT_OVERDUE", queued: 2 });
    expect(await queueReportReminders(t.db, OVERDUE_DAY)).toMatchObject({ kind: "REPORT_OVERDUE", queued: 0, skipped: 2 });
    const rows = await reminders("REPORT_OVERDUE:");
    expect(rows.map((row) => row.userId).sort()).toEqual([dane.id, norwegian.id].sort());
    expect(rows.find((row) => row.userId === norwegian.id)!.subject).toBe(`Fristen er passert for månedsrapporten for oktober 2026: ${norwegianTeam.name}`);
  });

  it("sends nothing to a team that submitted, a withdrawn team, members or deactivated contact persons", async () => {
    const recipients = new Set((await reminders("REPORT_")).map((row) => row.userId));
    expect(recipients).toEqual(new Set([dane.id, norwegian.id]));
    expect(recipients.has(submitter.id)).toBe(false);
    expect(recipients.has(withdrawnContact.id)).toBe(false);
    expect(recipients.has(member.id)).toBe(false);
  });
});
