import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeCollaborative, authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { MEASURE_DEFINITION_COLUMNS } from "./columns";

// The definition, whether it is archived, and how many values it has (kind and frequency lock then).
const DEFINITION_SELECT = { ...MEASURE_DEFINITION_COLUMNS, archivedAt: true, _count: { select: { measurements: true } } } as const;

// Active measures (archivedAt null) first on both databases: SQLite and PostgreSQL order NULLs differently by default.
const ORDER = [{ archivedAt: { sort: "asc" as const, nulls: "first" as const } }, { position: "asc" as const }, { name: "asc" as const }];

function withCounts<T extends { _count: { measurements: number } }>(rows: T[]) {
  return rows.map(({ _count, ...row }) => ({ ...row, measurementCount: _count.measurements }));
}

/**
 * The shared measures of a collaborative with their full definitions (archived ones last), for the
 * secretariat's measures page. Null when the actor may not read the collaborative; canManage tells
 * the page whether to offer the forms.
 */
export async function listSharedMeasures(db: Db, actor: Actor, collaborativeId: string) {
  const read = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.read");
  if (!read.ok) return null;
  const canManage = (await authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage")).ok;
  const [collaborative, measures] = await Promise.all([
    db.collaborative.findUnique({ where: { id: collaborativeId }, select: { id: true, name: true } }),
    db.measure.findMany({ where: { collaborativeId }, select: DEFINITION_SELECT, orderBy: ORDER }),
  ]);
  if (!collaborative) return null;
  return { collaborative, canManage, measures: withCounts(measures) };
}

/**
 * A team's own measures (all, archived last) and the collaborative's active shared ones beside them.
 * Null when the actor may not read the team; canEdit follows "team.editMeasures".
 */
export async function listTeamMeasureDefinitions(db: Db, actor: Actor, teamId: string) {
  const read = await authorizeTeam(db, actor, teamId, "team.read");
  if (!read.ok) return null;
  const canEdit = (await authorizeTeam(db, actor, teamId, "team.editMeasures")).ok;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, collaborativeId: true, collaborative: { select: { name: true } } },
  });
  if (!team) return null;
  const [own, shared] = await Promise.all([
    db.measure.findMany({ where: { teamId }, select: DEFINITION_SELECT, orderBy: ORDER }),
    db.measure.findMany({ where: { collaborativeId: team.collaborativeId, archivedAt: null }, select: DEFINITION_SELECT, orderBy: ORDER }),
  ]);
  return { team, canEdit, own: withCounts(own), shared: withCounts(shared) };
}

export type MeasureDefinition = NonNullable<Awaited<ReturnType<typeof listSharedMeasures>>>["measures"][number];
