// Builders for the open data API tests: two regions with their collaboratives, teams, measures,
// measurements, PDSA cycles and assessments, managers of different scopes, and their API tokens.
import { executeAction } from "@/lib/actions/define-action";
import { createApiTokenConfig } from "@/lib/api-tokens/action-configs";
import type { AnyApiResource } from "@/lib/api/resource";
import { handleGet, handleList } from "@/lib/api/handle";
import type { Db } from "@/lib/db/client";
import { asCurrent } from "./admin-fixtures";
import { makeCollaborative, makeOrganisation, makeUser, scopeManager } from "./fixtures";

const monday = (week: number) => new Date(Date.UTC(2026, 0, 5 + 7 * week));

/** A shared measure of a collaborative or a team's own one. */
export async function makeMeasure(db: Db, owner: { collaborativeId: string } | { teamId: string }, kind = "PROPORTION") {
  return db.measure.create({
    data: { ...owner, name: `Measure ${Math.random().toString(36).slice(2, 8)}`, type: "PROCESS", kind, multiplier: kind === "PROPORTION" ? 100 : 1, unit: "%" },
  });
}

/** Everything a team has that the API shows: `weeks` measurements of each measure, a cycle, an assessment. */
export async function fillTeam(db: Db, teamId: string, measureIds: string[], weeks = 3) {
  const measurements = [];
  for (const measureId of measureIds) {
    for (let week = 0; week < weeks; week++) {
      measurements.push(await db.measurement.create({ data: { measureId, teamId, periodStart: monday(week), numerator: week + 1, denominator: 10 } }));
    }
  }
  const cycle = await db.pdsaCycle.create({ data: { teamId, title: "Tjekliste", state: "DO" } });
  const assessment = await db.assessment.create({ data: { teamId, month: new Date(Date.UTC(2026, 0, 1)), score: 2.5, comment: "God start" } });
  return { measurements, cycle, assessment };
}

/** A new token of `user`, made through the real server-action definition. */
export async function makeToken(db: Db, user: { id: string; role: string; name: string; email: string }, name = "BI") {
  const result = await executeAction(createApiTokenConfig, { db, user: asCurrent(user) }, { name });
  if (!result.ok) throw new Error(`token not created: ${result.code}`);
  return result.data;
}

/**
 * Region A (Danish) runs collaborative `a` with two teams; region B (Norwegian) runs `b` with two;
 * collaborative `mixed` belongs to B but has one team in each region. Each collaborative has a
 * shared measure, the first team of each a measure of its own.
 */
export async function makeTwoRegions(db: Db) {
  const regionA = await makeOrganisation(db, "REGION");
  const regionB = await makeOrganisation(db, "REGION");
  const a = await makeCollaborative(db, regionA.id, 2);
  const b = await makeCollaborative(db, regionB.id, 2);
  const mixed = await makeCollaborative(db, regionB.id, 1);
  const department = await makeOrganisation(db, "DEPARTMENT", regionA.id);
  const microsystem = await db.microsystem.create({ data: { name: "Ward in A", kind: "WARD", organisationId: department.id } });
  const mixedTeamInA = await db.team.create({ data: { collaborativeId: mixed.collaborative.id, microsystemId: microsystem.id, name: "Mixed A", status: "ACTIVE" } });
  const shared = {
    a: await makeMeasure(db, { collaborativeId: a.collaborative.id }),
    b: await makeMeasure(db, { collaborativeId: b.collaborative.id }),
    mixed: await makeMeasure(db, { collaborativeId: mixed.collaborative.id }, "COUNT"),
  };
  const own = { a: await makeMeasure(db, { teamId: a.teams[0].id }, "COUNT"), b: await makeMeasure(db, { teamId: b.teams[0].id }) };
  const teamsA = [...a.teams, mixedTeamInA];
  const teamsB = [...b.teams, mixed.teams[0]];
  const filled = new Map<string, Awaited<ReturnType<typeof fillTeam>>>();
  for (const team of a.teams) filled.set(team.id, await fillTeam(db, team.id, [shared.a.id, ...(team.id === a.teams[0].id ? [own.a.id] : [])]));
  for (const team of b.teams) filled.set(team.id, await fillTeam(db, team.id, [shared.b.id, ...(team.id === b.teams[0].id ? [own.b.id] : [])]));
  for (const team of [mixedTeamInA, mixed.teams[0]]) filled.set(team.id, await fillTeam(db, team.id, [shared.mixed.id]));

  const managerA = await makeUser(db, "MANAGER");
  await scopeManager(db, managerA.id, { organisationId: regionA.id });
  const managerOfB = await makeUser(db, "MANAGER");
  await scopeManager(db, managerOfB.id, { collaborativeId: b.collaborative.id });
  const admin = await makeUser(db, "ADMIN");
  return { regionA, regionB, a, b, mixed, mixedTeamInA, teamsA, teamsB, shared, own, filled, managerA, managerOfB, admin };
}

export type TwoRegions = Awaited<ReturnType<typeof makeTwoRegions>>;

const BASE = "https://samspil.test";

function request(path: string, token: string | null, query: Record<string, string> | string = {}) {
  const search = typeof query === "string" ? query : new URLSearchParams(query).toString();
  return new Request(`${BASE}/api/v1/${path}${search ? `?${search}` : ""}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** GET a list through the real handler; answers the status and the parsed body. */
export async function getList(db: Db, resource: AnyApiResource, token: string | null, query: Record<string, string> | string = {}, now?: Date) {
  const response = await handleList(db, request(resource.path, token, query), resource, now);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** GET one row through the real handler. */
export async function getItem(db: Db, resource: AnyApiResource, token: string | null, id: string, query: Record<string, string> = {}) {
  const response = await handleGet(db, request(`${resource.path}/${id}`, token, query), resource, id);
  return { status: response.status, body: await response.json() };
}

/** Follows `next` links from the first page to the last; answers every page's ids. */
export async function walkPages(db: Db, resource: AnyApiResource, token: string, query: Record<string, string>) {
  const pages: string[][] = [];
  let next: string | null = `${BASE}/api/v1/${resource.path}?${new URLSearchParams(query)}`;
  while (next && pages.length < 100) {
    const response = await handleList(db, new Request(next, { headers: { authorization: `Bearer ${token}` } }), resource);
    expect200(response.status);
    const body = (await response.json()) as { data: { id: string }[]; next: string | null };
    pages.push(body.data.map((row) => row.id));
    next = body.next;
  }
  return pages;
}

function expect200(status: number) {
  if (status !== 200) throw new Error(`expected 200, got ${status}`);
}
