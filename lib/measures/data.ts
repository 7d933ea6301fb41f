import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import { effectiveChart, parsePhaseSplits } from "./chart-kind";
import { MEASURE_DEFINITION_COLUMNS } from "./columns";
import { buildPeriodAxis, isFrequency, type Frequency } from "./periods";
import { hasDenominator, measurementValue } from "./value";

/** The measures a team works with: the collaborative's shared measures and the team's own. */
function teamMeasuresWhere(team: { id: string; collaborativeId: string }) {
  return { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId: team.id }] };
}

const MEASURE_SELECT = { ...MEASURE_DEFINITION_COLUMNS, teamId: true } as const;

/** The measures of a team for lists and links; null when the actor may not read the team. */
export async function listTeamMeasures(db: Db, actor: Actor, teamId: string) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, collaborativeId: true } });
  if (!team) return null;
  return db.measure.findMany({
    where: teamMeasuresWhere(team),
    select: { id: true, name: true, type: true, frequency: true, teamId: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

/**
 * Everything the chart page of one measure of one team shows: the measure's definition, the team's
 * measurements on a continuous period axis (null where a period is missing), the team's chart
 * settings and the markers (annotations and PDSA cycles linked to the measure).
 * Null when the actor may not read the team, or the measure is neither shared by the team's
 * collaborative nor the team's own (the page answers 404 for both, PRODUCT.md §4).
 */
export async function getTeamMeasureChart(db: Db, actor: Actor, teamId: string, measureId: string, now: Date = new Date()) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, collaborativeId: true, collaborative: { select: { name: true } } },
  });
  if (!team) return null;
  const measure = await db.measure.findFirst({
    where: { AND: [{ id: measureId }, teamMeasuresWhere(team)] },
    select: MEASURE_SELECT,
  });
  if (!measure || !isFrequency(measure.frequency)) return null;

  const [measurements, setting, annotations, cycleLinks] = await Promise.all([
    db.measurement.findMany({
      where: { teamId, measureId, periodStart: { lte: now } },
      select: { periodStart: true, numerator: true, denominator: true, note: true },
      orderBy: { periodStart: "asc" },
    }),
    db.teamMeasureSetting.findUnique({
      where: { teamId_measureId: { teamId, measureId } },
      select: { baselineCount: true, phaseSplits: true, chart: true },
    }),
    db.annotation.findMany({
      where: { teamId, OR: [{ measureId: null }, { measureId }] },
      select: { id: true, date: true, text: true, measureId: true },
      orderBy: { date: "asc" },
    }),
    db.pdsaCycleMeasure.findMany({
      where: { measureId, cycle: { teamId } },
      select: { cycle: { select: { id: true, title: true, state: true, startedAt: true, completedAt: true } } },
    }),
  ]);

  const frequency: Frequency = measure.frequency;
  const withDenominator = hasDenominator(measure.kind);
  const chart = effectiveChart(setting?.chart, measure.defaultChart, withDenominator);
  const points = buildPeriodAxis(frequency, measurements).map(({ periodStart, row }) => ({
    periodStart,
    numerator: row?.numerator ?? null,
    denominator: withDenominator ? (row?.denominator ?? null) : null,
    value: row ? measurementValue(measure.kind, measure.multiplier, row.numerator, row.denominator) : null,
    note: row?.note ?? "",
  }));
  const cycles = cycleLinks
    .map((link) => link.cycle)
    .sort((a, b) => (a.startedAt?.getTime() ?? Infinity) - (b.startedAt?.getTime() ?? Infinity));

  return {
    team: { id: team.id, name: team.name, collaborativeName: team.collaborative.name },
    measure: { ...measure, frequency, isTeamOwn: measure.teamId !== null },
    chart,
    setting: {
      baselineCount: setting?.baselineCount ?? null,
      phaseSplits: parsePhaseSplits(setting?.phaseSplits ?? ""),
      chart: setting?.chart ?? null,
    },
    points,
    annotations: annotations.map(({ id, date, text }) => ({ id, date, text })),
    cycles,
    relations: access.relations,
  };
}

export type TeamMeasureChart = NonNullable<Awaited<ReturnType<typeof getTeamMeasureChart>>>;
