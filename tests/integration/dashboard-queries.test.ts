// The dashboards make the same number of database queries for 2 teams as for 14 (issue 7: the
// number of queries must not grow with the number of teams). Counted from Prisma's query log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCollaborativeDashboard } from "@/lib/dashboards/collaborative-data";
import { getCompletenessHeatMap } from "@/lib/dashboards/completeness-data";
import { getMeasureDashboard } from "@/lib/dashboards/measure-data";
import { getRegionalDashboard } from "@/lib/dashboards/regional-data";
import { refreshTeamMeasureSummaries } from "@/lib/summaries/store";
import type { Db } from "@/lib/db/client";
import { addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../helpers/fixtures";
import { createCountingDb, type CountingDb } from "../helpers/query-count";
import { asCurrent } from "../helpers/team-work-fixtures";
import { createTestDb, type TestDb } from "../helpers/test-db";

const NOW = new Date("2026-06-17T12:00:00Z");
const WEEK = 7 * 86_400_000;
const FIRST_WEEK = new Date("2026-01-05T00:00:00Z");

async function addTeamData(db: Db, teamIds: string[], measureIds: string[]) {
  for (const teamId of teamIds) {
    await db.measurement.createMany({
      data: measureIds.flatMap((measureId) =>
        Array.from({ length: 20 }, (_, i) => ({ teamId, measureId, periodStart: new Date(FIRST_WEEK.getTime() + i * WEEK), numerator: (i * 7) % 10, denominator: 10 })),
      ),
    });
    await db.pdsaCycle.create({ data: { teamId, title: "Test", state: "DONE", startedAt: new Date("2026-04-01T00:00:00Z"), completedAt: new Date("2026-05-01T00:00:00Z") } });
    await db.assessment.create({ data: { teamId, month: new Date("2026-05-01T00:00:00Z"), score: 2.5 } });
    await refreshTeamMeasureSummaries(db, teamId);
  }
}

describe("dashboard query counts", () => {
  let t: TestDb;
  let counting: CountingDb;
  let collaborativeId: string;
  let regionId: string;
  let measureIds: string[];
  let secretariat: ReturnType<typeof asCurrent>;
  let manager: ReturnType<typeof asCurrent>;

  beforeAll(async () => {
    t = await createTestDb();
    counting = createCountingDb(t.url);
    const region = await makeOrganisation(t.db);
    regionId = region.id;
    const { collaborative, teams } = await makeCollaborative(t.db, region.id, 2);
    collaborativeId = collaborative.id;
    const measures = await Promise.all(
      ["PROPORTION", "COUNT"].map((kind, i) =>
        t.db.measure.create({ data: { collaborativeId, name: `Measure ${i}`, type: "PROCESS", kind, multiplier: kind === "PROPORTION" ? 100 : 1, frequency: "WEEKLY", position: i } }),
      ),
    );
    measureIds = measures.map((measure) => measure.id);
    await addTeamData(t.db, teams.map((team) => team.id), measureIds);
    const [staff, regional] = await Promise.all([makeUser(t.db, "SECRETARIAT"), makeUser(t.db, "MANAGER")]);
    await addStaff(t.db, collaborativeId, staff.id);
    await scopeManager(t.db, regional.id, { organisationId: region.id });
    secretariat = asCurrent(staff);
    manager = asCurrent(regional);
  });
  afterAll(async () => {
    await counting.disconnect();
    await t.drop();
  });

  async function queriesOf(load: (db: Db) => Promise<unknown>): Promise<number> {
    counting.reset();
    const result = await load(counting.db);
    expect(result).not.toBeNull();
    return counting.count();
  }

  const loaders: Record<string, (db: Db) => Promise<unknown>> = {
    collaborative: (db) => getCollaborativeDashboard(db, secretariat, collaborativeId, null, NOW),
    measure: (db) => getMeasureDashboard(db, secretariat, collaborativeId, measureIds[0], null, NOW),
    completeness: (db) => getCompletenessHeatMap(db, secretariat, collaborativeId, null, NOW),
    regional: (db) => getRegionalDashboard(db, manager, null, NOW),
    "collaborative (manager)": (db) => getCollaborativeDashboard(db, manager, collaborativeId, regionId, NOW),
  };

  it("does not grow from 2 to 14 teams", async () => {
    const before: Record<string, number> = {};
    for (const [name, load] of Object.entries(loaders)) before[name] = await queriesOf(load);

    const extraTeams = [];
    for (let i = 0; i < 12; i++) {
      const department = await makeOrganisation(t.db, "DEPARTMENT", regionId);
      const microsystem = await t.db.microsystem.create({ data: { name: `Ward ${i}`, kind: "WARD", organisationId: department.id } });
      extraTeams.push(await t.db.team.create({ data: { collaborativeId, microsystemId: microsystem.id, name: `Extra ${i}`, status: "ACTIVE" } }));
    }
    await addTeamData(t.db, extraTeams.map((team) => team.id), measureIds);

    const after: Record<string, number> = {};
    for (const [name, load] of Object.entries(loaders)) after[name] = await queriesOf(load);
    const teams = (await getCollaborativeDashboard(t.db, secretariat, collaborativeId, null, NOW))!.teams;
    expect(teams).toHaveLength(14);
    expect(after).toEqual(before);
    for (const count of Object.values(before)) expect(count).toBeGreaterThan(0);
  });
});
