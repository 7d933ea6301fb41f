import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyApiResource } from "@/lib/api/resource";
import { assessmentsResource } from "@/lib/api/resources/assessments";
import { collaborativesResource } from "@/lib/api/resources/collaboratives";
import { measurementsResource } from "@/lib/api/resources/measurements";
import { measuresResource } from "@/lib/api/resources/measures";
import { pdsaCyclesResource } from "@/lib/api/resources/pdsa-cycles";
import { teamsResource } from "@/lib/api/resources/teams";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { getItem, getList, makeToken, makeTwoRegions, type TwoRegions } from "../helpers/api-fixtures";

type Row = { id: string; teamId?: string };

describe("open data API: a token never reads outside its owner's scope", () => {
  let t: TestDb;
  let w: TwoRegions;
  const tokens = { managerA: "", managerOfB: "", admin: "" };
  beforeAll(async () => {
    t = await createTestDb();
    w = await makeTwoRegions(t.db);
    tokens.managerA = (await makeToken(t.db, w.managerA)).token;
    tokens.managerOfB = (await makeToken(t.db, w.managerOfB)).token;
    tokens.admin = (await makeToken(t.db, w.admin)).token;
  });
  afterAll(async () => t.drop());

  const ids = async (resource: AnyApiResource, token: string, query: Record<string, string> = {}) => {
    const { status, body } = await getList(t.db, resource, token, { limit: "1000", ...query });
    expect(status).toBe(200);
    return (body.data as Row[]).map((row) => row.id).sort();
  };
  const rows = async (resource: AnyApiResource, token: string, query: Record<string, string> = {}) =>
    (await getList(t.db, resource, token, { limit: "1000", ...query })).body.data as Row[];
  const sorted = (values: string[]) => [...values].sort();
  const teamIdsA = () => w.teamsA.map((team) => team.id);
  const teamIdsB = () => w.teamsB.map((team) => team.id);
  const filledIds = (teamIds: string[], pick: (filled: NonNullable<ReturnType<TwoRegions["filled"]["get"]>>) => string[]) =>
    sorted(teamIds.flatMap((teamId) => pick(w.filled.get(teamId)!)));

  describe("a manager with an organisation scope (region A)", () => {
    it("lists the teams in region A, including region A's team of region B's collaborative, and none of region B's", async () => {
      expect(await ids(teamsResource, tokens.managerA)).toEqual(sorted(teamIdsA()));
    });

    it("lists the collaboratives with teams in scope, not region B's own", async () => {
      expect(await ids(collaborativesResource, tokens.managerA)).toEqual(sorted([w.a.collaborative.id, w.mixed.collaborative.id]));
    });

    it("lists the shared measures of readable collaboratives and own measures of readable teams only", async () => {
      expect(await ids(measuresResource, tokens.managerA)).toEqual(sorted([w.shared.a.id, w.shared.mixed.id, w.own.a.id]));
    });

    it("lists measurements, PDSA cycles and assessments of region A's teams only", async () => {
      expect(await ids(measurementsResource, tokens.managerA)).toEqual(filledIds(teamIdsA(), (f) => f.measurements.map((m) => m.id)));
      expect(await ids(pdsaCyclesResource, tokens.managerA)).toEqual(filledIds(teamIdsA(), (f) => [f.cycle.id]));
      expect(await ids(assessmentsResource, tokens.managerA)).toEqual(filledIds(teamIdsA(), (f) => [f.assessment.id]));
    });

    it("sees only its own team's measurements of a shared measure whose collaborative spans both regions", async () => {
      const found = await rows(measurementsResource, tokens.managerA, { measureId: w.shared.mixed.id });
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map((row) => row.teamId))).toEqual(new Set([w.mixedTeamInA.id]));
    });

    it("gets empty lists for filters naming region B's teams, measures and collaboratives", async () => {
      const teamB = w.b.teams[0].id;
      expect(await ids(teamsResource, tokens.managerA, { collaborativeId: w.b.collaborative.id })).toEqual([]);
      expect(await ids(measuresResource, tokens.managerA, { collaborativeId: w.b.collaborative.id })).toEqual([]);
      expect(await ids(measurementsResource, tokens.managerA, { teamId: teamB })).toEqual([]);
      expect(await ids(measurementsResource, tokens.managerA, { measureId: w.shared.b.id })).toEqual([]);
      expect(await ids(measurementsResource, tokens.managerA, { measureId: w.own.b.id })).toEqual([]);
      expect(await ids(pdsaCyclesResource, tokens.managerA, { teamId: teamB })).toEqual([]);
      expect(await ids(assessmentsResource, tokens.managerA, { teamId: w.mixed.teams[0].id })).toEqual([]);
    });

    it("answers 404 for a single read of anything of region B, and 200 for region A's", async () => {
      const teamB = w.b.teams[0].id;
      const filledB = w.filled.get(teamB)!;
      const outside: [AnyApiResource, string][] = [
        [collaborativesResource, w.b.collaborative.id],
        [teamsResource, teamB],
        [teamsResource, w.mixed.teams[0].id],
        [measuresResource, w.shared.b.id],
        [measuresResource, w.own.b.id],
        [measurementsResource, filledB.measurements[0].id],
        [pdsaCyclesResource, filledB.cycle.id],
        [assessmentsResource, filledB.assessment.id],
        [teamsResource, "no-such-id"],
      ];
      for (const [resource, id] of outside) {
        const { status, body } = await getItem(t.db, resource, tokens.managerA, id);
        expect({ path: resource.path, status }).toEqual({ path: resource.path, status: 404 });
        expect(body).toEqual({ error: { code: "NOT_FOUND", message: "not found" } });
      }
      const filledA = w.filled.get(w.a.teams[0].id)!;
      const inside: [AnyApiResource, string][] = [
        [collaborativesResource, w.a.collaborative.id],
        [collaborativesResource, w.mixed.collaborative.id],
        [teamsResource, w.mixedTeamInA.id],
        [measuresResource, w.own.a.id],
        [measuresResource, w.shared.mixed.id],
        [measurementsResource, filledA.measurements[0].id],
        [pdsaCyclesResource, filledA.cycle.id],
        [assessmentsResource, filledA.assessment.id],
      ];
      for (const [resource, id] of inside) {
        const { status, body } = await getItem(t.db, resource, tokens.managerA, id);
        expect({ path: resource.path, status, id: body.data?.id }).toEqual({ path: resource.path, status: 200, id });
      }
    });
  });

  describe("a manager with a collaborative scope (collaborative b)", () => {
    it("reads collaborative b, its teams and their data, and nothing of region A or of the mixed collaborative", async () => {
      const teamsOfB = w.b.teams.map((team) => team.id);
      expect(await ids(collaborativesResource, tokens.managerOfB)).toEqual([w.b.collaborative.id]);
      expect(await ids(teamsResource, tokens.managerOfB)).toEqual(sorted(teamsOfB));
      expect(await ids(measuresResource, tokens.managerOfB)).toEqual(sorted([w.shared.b.id, w.own.b.id]));
      expect(await ids(measurementsResource, tokens.managerOfB)).toEqual(filledIds(teamsOfB, (f) => f.measurements.map((m) => m.id)));
      expect(await ids(pdsaCyclesResource, tokens.managerOfB)).toEqual(filledIds(teamsOfB, (f) => [f.cycle.id]));
      expect(await ids(assessmentsResource, tokens.managerOfB)).toEqual(filledIds(teamsOfB, (f) => [f.assessment.id]));
      expect((await getItem(t.db, teamsResource, tokens.managerOfB, w.a.teams[0].id)).status).toBe(404);
      expect(await ids(teamsResource, tokens.managerOfB, { collaborativeId: w.a.collaborative.id })).toEqual([]);
    });
  });

  describe("an administrator", () => {
    it("reads every team of both regions", async () => {
      expect(await ids(teamsResource, tokens.admin)).toEqual(sorted([...teamIdsA(), ...teamIdsB()]));
    });
  });

  describe("filters inside the scope", () => {
    it("narrows teams and measures to one collaborative", async () => {
      expect(await ids(teamsResource, tokens.managerA, { collaborativeId: w.a.collaborative.id })).toEqual(sorted(w.a.teams.map((team) => team.id)));
      expect(await ids(measuresResource, tokens.managerA, { collaborativeId: w.a.collaborative.id })).toEqual(sorted([w.shared.a.id, w.own.a.id]));
    });

    it("narrows measurements by team, measure and an inclusive period, and computes the plotted value", async () => {
      const team = w.a.teams[0].id;
      const found = (await rows(measurementsResource, tokens.managerA, { teamId: team, measureId: w.shared.a.id, from: "2026-01-12", to: "2026-01-19" })) as unknown as {
        periodStart: string;
      }[];
      expect(found.sort((x, y) => x.periodStart.localeCompare(y.periodStart))).toEqual([
        expect.objectContaining({ teamId: team, measureId: w.shared.a.id, periodStart: "2026-01-12", numerator: 2, denominator: 10, value: 20 }),
        expect.objectContaining({ teamId: team, measureId: w.shared.a.id, periodStart: "2026-01-19", numerator: 3, denominator: 10, value: 30 }),
      ]);
    });

    it("narrows PDSA cycles by state", async () => {
      expect((await ids(pdsaCyclesResource, tokens.managerA, { state: "DO" })).length).toBe(w.teamsA.length);
      expect(await ids(pdsaCyclesResource, tokens.managerA, { state: "DONE" })).toEqual([]);
    });
  });
});
