import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { deliverPendingMessages } from "@/lib/notifications/deliver";
import { listOutbox, queueMessage } from "@/lib/notifications/outbox";
import { listRegistrationsForExport } from "@/lib/seminars/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "../helpers/fixtures";
import { makeSeminar } from "../helpers/seminars-fixtures";

describe("the outbox, its delivery and the registrations export", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  const queue = (subject: string) =>
    t.db.$transaction((tx) => queueMessage(tx, { userId: null, toEmail: "someone@test.example", locale: "da", kind: "TEST", subject, body: "Hej" }));

  it("keeps every message in the outbox when SMTP is not configured", async () => {
    await queue("Uden SMTP");
    expect(await deliverPendingMessages(t.db, {})).toEqual({ sent: 0, failed: 0 });
    const row = await t.db.outboxMessage.findFirstOrThrow({ where: { subject: "Uden SMTP" } });
    expect(row.sentAt).toBeNull();
    expect(row.error).toBeNull();
  });

  it("sends pending messages through the transport and marks them sent, or keeps the error", async () => {
    const sent: string[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const recording = { sendMail: async (mail: nodemailer.SendMailOptions) => (sent.push(String(mail.subject)), transport.sendMail(mail)) };
    const result = await deliverPendingMessages(t.db, { SMTP_FROM: "Samspil <test@samspil.example>" }, recording);
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(["Uden SMTP"]);
    expect((await t.db.outboxMessage.findFirstOrThrow({ where: { subject: "Uden SMTP" } })).sentAt).not.toBeNull();

    await queue("Fejler");
    const failing = { sendMail: async () => Promise.reject(new Error("connection refused")) };
    expect(await deliverPendingMessages(t.db, {}, failing)).toEqual({ sent: 0, failed: 1 });
    const failed = await t.db.outboxMessage.findFirstOrThrow({ where: { subject: "Fejler" } });
    expect(failed.sentAt).toBeNull();
    expect(failed.error).toBe("connection refused");
  });

  it("lets only an administrator read the outbox", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const secretariat = await makeUser(t.db, "SECRETARIAT");
    expect((await listOutbox(t.db, admin))?.length).toBeGreaterThan(0);
    expect(await listOutbox(t.db, secretariat)).toBeNull();
  });

  it("exports registrations to the collaborative's secretariat only", async () => {
    const region = await makeOrganisation(t.db, "REGION");
    const { collaborative, teams } = await makeCollaborative(t.db, region.id, 1);
    const secretariat = await makeUser(t.db, "SECRETARIAT");
    const member = await makeUser(t.db);
    const manager = await makeUser(t.db, "MANAGER");
    await addStaff(t.db, collaborative.id, secretariat.id);
    await addMember(t.db, teams[0].id, member.id);
    const seminar = await makeSeminar(t.db, collaborative.id);
    await t.db.seminarRegistration.create({ data: { seminarId: seminar.id, userId: member.id, teamId: teams[0].id, mode: "REMOTE" } });
    const rows = await listRegistrationsForExport(t.db, secretariat, collaborative.id);
    expect(rows?.map((row) => [row.user.email, row.team?.name, row.mode])).toEqual([[member.email, teams[0].name, "REMOTE"]]);
    expect(await listRegistrationsForExport(t.db, member, collaborative.id)).toBeNull();
    expect(await listRegistrationsForExport(t.db, manager, collaborative.id)).toBeNull();
  });
});
