import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/relations";
import { authorizeRole } from "@/lib/authz/authorize";
import { organisationSubtreeIds } from "@/lib/authz/scope";
import { isFrequency, type Frequency } from "@/lib/measures/periods";
import { OPEN_STATES } from "@/lib/pdsa/rules";
import { countRecentValues, teamCompleteness } from "./completeness-counts";
import { dashboardTeamsWhere } from "./scope";


export type RegionalRow = {
  id: string;
  name: string;
  topic: string;
  status: string;
  teams: number;
  activeCycles: number;
  /** Teams with an improvement signal on at least one shared measure (as the collaborative dashboard counts them). */
  teamsImproving: number;
  completeness: number | null;
};

/**
 * The organisations a manager may filter by: the roots of their organisation scopes and everything
 * under them (an administrator may filter by any). Sorted by name, with their depth for indenting.
 */
async function filterOrganisations(db: Db, actor: Actor) {
  const all = await db.organisation.findMany({ where: { archivedAt: null }, select: { id: true, name: true, parentId: true }, orderBy: { name: "asc" } });
  let allowed: Set<string>;
  if (actor.role === "ADMIN") allowed = new Set(all.map((organisation) => organisation.id));
  else {
    const scopes = await db.managerScope.findMany({ where: { userId: actor.id, organisationId: { not: null } }, select: { organisationId: true } });
    allowed = new Set(await organisationSubtreeIds(db, scopes.map((scope) => scope.organisationId!)));
  }
  const byParent = new Map<string | null, typeof all>();
  for (const organisation of all) byParent.set(organisation.parentId, [...(byParent.get(organisation.parentId) ?? []), organisation]);
  const ordered: { id: string; name: string; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const organisation of byParent.get(parentId) ?? []) {
      if (allowed.has(organisation.id)) ordered.push({ id: organisation.id, name: organisation.name, depth });
      visit(organisation.id, allowed.has(organisation.id) ? depth + 1 : depth);
    }
  };
  visit(null, 0);
  return ordered;
}

/**
 * The manager's regional dashboard: every collaborative with teams in scope (optionally only teams
 * under one organisation) with its teams, open PDSA cycles, teams improving and data completeness of
 * the last quarter. A fixed number of queries whatever the number of teams. Null for other roles.
 */
export async function getRegionalDashboard(db: Db, actor: Actor, organisationId: string | null = null, now: Date = new Date()) {
  if (!authorizeRole(actor, "dashboard.regional").ok) return null;
  const organisations = await filterOrganisations(db, actor);
  const filter = organisationId && organisations.some((organisation) => organisation.id === organisationId) ? organisationId : null;
  const teamsWhere = await dashboardTeamsWhere(db, actor, filter);
  const teams = await db.team.findMany({ where: teamsWhere, select: { id: true, collaborativeId: true, startDate: true } });
  const teamIds = teams.map((team) => team.id);
  const collaborativeIds = [...new Set(teams.map((team) => team.collaborativeId))];
  const [collaboratives, measures, openCycles, summaries] = await Promise.all([
    db.collaborative.findMany({ where: { id: { in: collaborativeIds } }, select: { id: true, name: true, topic: true, status: true, startDate: true }, orderBy: { name: "asc" } }),
    db.measure.findMany({ where: { collaborativeId: { in: collaborativeIds }, archivedAt: null }, select: { id: true, collaborativeId: true, frequency: true } }),
    db.pdsaCycle.groupBy({ by: ["teamId"], where: { teamId: { in: teamIds }, state: { in: [...OPEN_STATES] } }, _count: { _all: true } }),
    db.teamMeasureSummary.findMany({
      where: { teamId: { in: teamIds }, verdict: "improving", measure: { collaborativeId: { not: null }, archivedAt: null } },
      select: { teamId: true },
    }),
  ]);
  const shared = measures.flatMap((measure) => (isFrequency(measure.frequency) ? [{ ...measure, frequency: measure.frequency as Frequency }] : []));
  const found = await countRecentValues(db, teamIds, shared, now);

  const open = new Map(openCycles.map((row) => [row.teamId, row._count._all]));
  const improving = new Set(summaries.map((summary) => summary.teamId));

  const rows: RegionalRow[] = collaboratives.map((collaborative) => {
    const own = teams.filter((team) => team.collaborativeId === collaborative.id);
    const ownMeasures = shared.filter((measure) => measure.collaborativeId === collaborative.id);
    let expected = 0;
    let present = 0;
    for (const team of own) {
      const counted = teamCompleteness(team.id, team.startDate ?? collaborative.startDate, ownMeasures, found, now);
      expected += counted.expected;
      present += counted.present;
    }
    return {
      id: collaborative.id,
      name: collaborative.name,
      topic: collaborative.topic,
      status: collaborative.status,
      teams: own.length,
      activeCycles: own.reduce((sum, team) => sum + (open.get(team.id) ?? 0), 0),
      teamsImproving: own.filter((team) => improving.has(team.id)).length,
      completeness: expected === 0 ? null : present / expected,
    };
  });
  return { organisations, organisationId: filter, collaboratives: rows };
}

export type RegionalDashboard = NonNullable<Awaited<ReturnType<typeof getRegionalDashboard>>>;
