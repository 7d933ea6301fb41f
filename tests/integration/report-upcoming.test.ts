import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTeamReportMonth, getUpcomingReportMonth } from "@/lib/reports/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

// Issue 17: the running month's report address said a bare 404; it now says when the report opens.
const NOW = new Date("2026-06-15T12:00:00Z");

describe("the report page of the month still running", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("names the team and opens on the 1st of the next month, for everyone who reads the team", async () => {
    const w = await makeTeamWorld(t.db);
    for (const user of [w.contactA, w.memberA, w.secretariat]) {
      expect(await getUpcomingReportMonth(t.db, user, w.teamA.id, "2026-06", NOW)).toEqual({
        team: { id: w.teamA.id, name: w.teamA.name },
        key: "2026-06",
        month: new Date("2026-06-01T00:00:00Z"),
        opensOn: new Date("2026-07-01T00:00:00Z"),
      });
    }
    // The month itself is not a report month yet: the report page proper stays empty-handed.
    expect(await getTeamReportMonth(t.db, w.contactA, w.teamA.id, "2026-06", NOW)).toBeNull();
  });

  it("is nothing for a later month, a past month, a bad address, another team's reader or a team not yet started", async () => {
    const w = await makeTeamWorld(t.db);
    expect(await getUpcomingReportMonth(t.db, w.contactA, w.teamA.id, "2026-07", NOW)).toBeNull();
    expect(await getUpcomingReportMonth(t.db, w.contactA, w.teamA.id, "2026-05", NOW)).toBeNull();
    expect(await getUpcomingReportMonth(t.db, w.contactA, w.teamA.id, "2026-6", NOW)).toBeNull();
    expect(await getUpcomingReportMonth(t.db, w.contactA, w.teamA.id, "2026-13", NOW)).toBeNull();
    expect(await getUpcomingReportMonth(t.db, w.contactB, w.teamA.id, "2026-06", NOW)).toBeNull();
    await t.db.team.update({ where: { id: w.teamA.id }, data: { startDate: new Date("2026-08-01T00:00:00Z") } });
    expect(await getUpcomingReportMonth(t.db, w.contactA, w.teamA.id, "2026-06", NOW)).toBeNull();
  });
});
