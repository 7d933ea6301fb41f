// The large data set (issue 7, "Speed and scale"): one region with 300 teams in three
// collaboratives of 100, ten shared weekly measures per collaborative with three years of data
// (≈ 470,000 measurements), 6,000 PDSA cycles in ramps, monthly reports and scores for every
// team-month. The database is wiped first. Same `now`, same data (seeded PRNG, generated ids),
// except the password hash's salt. Used by `npm run seed:large` and `npm run bench`.
import { hashPassword } from "../../lib/auth/password";
import { rebuildAllSummaries } from "../../lib/summaries/store";
import type { Db } from "../../lib/db/client";
import { DEMO_PASSWORD } from "../../lib/demo/demo-users";
import { addDays, startOfIsoWeek } from "../seed/dates";
import { wipeDatabase } from "../seed/insert";
import { createIdFactory, createRng } from "../seed/random";
import { emptyDemoData, TABLE_ORDER, type TableName } from "../seed/types";
import { addChangePackage, settleIdeaStatuses } from "./change-package";
import { addTeamCycles } from "./cycles";
import { beginBulkLoad, endBulkLoad, insertRows, insertTables } from "./insert";
import { LARGE_MEASURES } from "./measures";
import { buildPeople } from "./people";
import { buildRegion } from "./region";
import { addTeamReports } from "./reports";
import { addTeamSeries, type SharedMeasure } from "./series";
import { LARGE_COLLABORATIVES, LARGE_SIZE, type LargeSize } from "./size";
import { addTeam, type LargeTeam } from "./teams";

export type LargeSeedResult = {
  /** Rows per table after seeding, TeamMeasureSummary included. */
  counts: Record<TableName | "teamMeasureSummary", number>;
  seconds: { build: number; insert: number; summaries: number; total: number };
};

export type LargeSeedOptions = { size?: LargeSize; now?: Date; log?: (line: string) => void };

const span = (from: number, to: number) => Math.round((to - from) / 100) / 10;
const seconds = (since: number) => span(since, performance.now());

type Collaborative = { id: string; measures: SharedMeasure[]; teams: LargeTeam[] };

/** Wipes the database and writes the large data set; `url` tells SQLite from PostgreSQL. */
export async function seedLarge(db: Db, url: string, options: LargeSeedOptions = {}): Promise<LargeSeedResult> {
  const size = options.size ?? LARGE_SIZE;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await wipeDatabase(db);

  const rng = createRng(0x1a59e);
  const newId = createIdFactory(0x5ca1e);
  const data = emptyDemoData();
  const start = addDays(startOfIsoWeek(now), -7 * size.weeks);
  const setUpAt = addDays(start, -60);
  const region = buildRegion(data, newId, rng, { wards: 2 * size.teamsPerCollaborative, municipalUnits: size.teamsPerCollaborative }, setUpAt);
  const people = buildPeople(data, newId, rng, passwordHash, setUpAt);
  data.managerScope.push({ id: newId(), userId: people.managerId, organisationId: region.regionId, createdAt: setUpAt });

  const collaboratives: Collaborative[] = [];
  let hospitalCollaboratives = 0;
  for (const [index, spec] of LARGE_COLLABORATIVES.entries()) {
    const id = newId();
    data.collaborative.push({
      id,
      name: spec.name,
      topic: spec.setting === "hospital" ? "Færre fald, tryksår og medicineringsfejl på sengeafsnit" : "Færre fald, tryksår og medicineringsfejl i pleje og omsorg",
      aim: "Halvering af fald, tryksår og utilsigtede hændelser med medicin på to år, og tryghed ved udskrivelse for mindst 85 %.",
      status: "ACTIVE",
      startDate: start,
      endDate: addDays(start, 4 * 364 - 1),
      timeZone: "Europe/Copenhagen",
      organisationId: region.regionId,
      createdAt: addDays(start, -45),
    });
    data.collaborativeStaff.push({ collaborativeId: id, userId: people.secretariatId, createdAt: addDays(start, -45) });
    const measures = LARGE_MEASURES.map((measure, position): SharedMeasure => {
      const measureId = newId();
      const { key: _key, sim: _sim, ...row } = measure;
      data.measure.push({ ...row, id: measureId, collaborativeId: id, rules: "ANHOEJ", position, createdAt: addDays(start, -45) });
      return { id: measureId, spec: measure };
    });
    const sharedIdeas = addChangePackage(data, newId, id, addDays(start, -30));
    const units =
      spec.setting === "hospital"
        ? region.hospitalUnits.slice(hospitalCollaboratives * size.teamsPerCollaborative, ++hospitalCollaboratives * size.teamsPerCollaborative)
        : region.municipalUnits;
    const teams = units.map((unit, position) =>
      addTeam(data, newId, rng, unit, { collaborativeId: id, start, now, weeks: size.weeks, sharedIdeas, people, signInContact: index === 0 && position === 0 }),
    );
    collaboratives.push({ id, measures, teams });
  }

  for (const collaborative of collaboratives) {
    const measureIds = new Map(collaborative.measures.map((measure) => [measure.spec.key, measure.id]));
    for (const team of collaborative.teams) {
      const first = data.pdsaCycle.length;
      addTeamCycles(data, newId, rng, team, measureIds, size.cyclesPerTeam, now);
      const completed = data.pdsaCycle.slice(first).flatMap((cycle) => (cycle.state === "DONE" && cycle.completedAt ? [new Date(cycle.completedAt)] : []));
      addTeamReports(data, newId, rng, team, completed, people.secretariatId, now);
    }
  }
  settleIdeaStatuses(data);
  const built = performance.now();
  log(`Built the region, teams, cycles and reports in ${seconds(started)} s.`);

  const journalMode = await beginBulkLoad(db, url);
  try {
    await insertTables(db, data, TABLE_ORDER.filter((table) => table !== "measurement"));
    let measurements = 0;
    for (const collaborative of collaboratives) {
      for (const team of collaborative.teams) addTeamSeries(data, newId, rng, team, collaborative.measures, now);
      measurements += await insertRows(db, "measurement", data.measurement);
      data.measurement.length = 0;
      log(`  ${measurements} measurements written (${seconds(started)} s).`);
    }
    const inserted = performance.now();
    log(`Wrote every row in ${seconds(built)} s; rebuilding the dashboard summaries…`);
    await rebuildAllSummaries(db);
    const summarised = performance.now();
    log(`Rebuilt ${size.teamsPerCollaborative * LARGE_COLLABORATIVES.length} teams' summaries in ${seconds(inserted)} s.`);
    const counts = await countRows(db);
    return {
      counts,
      seconds: { build: span(started, built), insert: span(built, inserted), summaries: span(inserted, summarised), total: seconds(started) },
    };
  } finally {
    await endBulkLoad(db, journalMode);
  }
}

type Counter = { count(): Promise<number> };

export async function countRows(db: Db): Promise<LargeSeedResult["counts"]> {
  const tables = [...TABLE_ORDER, "teamMeasureSummary"] as const;
  const counts = await Promise.all(tables.map((table) => (db[table] as unknown as Counter).count()));
  return Object.fromEntries(tables.map((table, i) => [table, counts[i]])) as LargeSeedResult["counts"];
}
