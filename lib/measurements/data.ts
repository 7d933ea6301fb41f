import "server-only";
import { authorizeCollaborative, authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { isFrequency, isoDay, periodStartOf, type Frequency } from "@/lib/measures/periods";
import { missingPeriods } from "./missing";
import { measureHasDenominator, periodLabel } from "./rules";

function teamMeasuresWhere(team: { id: string; collaborativeId: string }) {
  return { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId: team.id }] };
}

/** The `count` latest periods of a frequency up to the current one, oldest first. */
export function lastPeriods(frequency: Frequency, count: number, now: Date): Date[] {
  const starts: Date[] = [];
  let start = periodStartOf(frequency, now);
  for (let i = 0; i < count; i++) {
    starts.unshift(start);
    start = frequency === "MONTHLY" ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 1, 1)) : new Date(start.getTime() - 7 * 86_400_000);
  }
  return starts;
}

/**
 * The data-entry grid of a team: per frequency (weekly, monthly) the last `periods` periods × the
 * team's active measures with their values, and which of them are missing since the team started.
 * Null when the actor may not read the team.
 */
export async function getDataEntryGrid(db: Db, actor: Actor, teamId: string, periods = 8, now: Date = new Date()) {
  const read = await authorizeTeam(db, actor, teamId, "team.read");
  if (!read.ok) return null;
  const canWrite = (await authorizeTeam(db, actor, teamId, "measurement.write")).ok;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, collaborativeId: true, startDate: true },
  });
  if (!team) return null;
  const measures = await db.measure.findMany({
    where: teamMeasuresWhere(team),
    select: { id: true, name: true, kind: true, frequency: true, unit: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const rows = await db.measurement.findMany({
    where: { teamId, measureId: { in: measures.map((measure) => measure.id) } },
    select: { measureId: true, periodStart: true, numerator: true, denominator: true, note: true },
  });
  const groups = (["WEEKLY", "MONTHLY"] as const).flatMap((frequency) => {
    const groupMeasures = measures.filter((measure) => measure.frequency === frequency);
    if (groupMeasures.length === 0) return [];
    const starts = lastPeriods(frequency, periods, now);
    return [
      {
        frequency,
        periods: starts.map((start) => ({ start: isoDay(start), label: periodLabel(frequency, start) })),
        measures: groupMeasures.map((measure) => {
          const own = rows.filter((row) => row.measureId === measure.id);
          const missing = new Set(missingPeriods(frequency, team.startDate, own.map((row) => row.periodStart), now).map(isoDay));
          const values: Record<string, { numerator: number; denominator: number | null; note: string }> = {};
          for (const row of own) values[isoDay(row.periodStart)] = { numerator: row.numerator, denominator: row.denominator, note: row.note };
          return {
            id: measure.id,
            name: measure.name,
            kind: measure.kind,
            unit: measure.unit,
            hasDenominator: measureHasDenominator(measure.kind),
            values,
            missing: starts.map(isoDay).filter((start) => missing.has(start)),
            missingTotal: missing.size,
          };
        }),
      },
    ];
  });
  return { team: { id: team.id, name: team.name }, canWrite, groups };
}

export type DataEntryGrid = NonNullable<Awaited<ReturnType<typeof getDataEntryGrid>>>;

/**
 * Missing data of a team: per active measure, the periods without a value since the team started
 * (Team.startDate, else the measure's first value) up to the last completed period. For the
 * secretariat's list of missing data. Null when the actor may not read the team.
 */
export async function getMissingData(db: Db, actor: Actor, teamId: string, now: Date = new Date()) {
  const read = await authorizeTeam(db, actor, teamId, "team.read");
  if (!read.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, collaborativeId: true, startDate: true } });
  if (!team) return null;
  const measures = await db.measure.findMany({ where: teamMeasuresWhere(team), select: { id: true, name: true, frequency: true } });
  const rows = await db.measurement.findMany({ where: { teamId }, select: { measureId: true, periodStart: true } });
  return measures.flatMap((measure) => {
    if (!isFrequency(measure.frequency)) return [];
    const frequency = measure.frequency;
    const present = rows.filter((row) => row.measureId === measure.id).map((row) => row.periodStart);
    const missing = missingPeriods(frequency, team.startDate, present, now);
    return [{ measureId: measure.id, name: measure.name, frequency, missing: missing.map((start) => ({ start: isoDay(start), label: periodLabel(frequency, start) })) }];
  });
}

/** A team's measurement data for the CSV export, in the import template's columns. Null outside scope. */
export async function getTeamExport(db: Db, actor: Actor, teamId: string) {
  const read = await authorizeTeam(db, actor, teamId, "team.read");
  if (!read.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true, collaborativeId: true } });
  if (!team) return null;
  const rows = await db.measurement.findMany({
    where: { teamId, measure: teamMeasuresWhere(team) },
    select: { periodStart: true, numerator: true, denominator: true, note: true, measure: { select: { name: true, frequency: true, position: true } } },
    orderBy: [{ periodStart: "asc" }],
  });
  return {
    team,
    rows: rows.map((row) => ({
      measure: row.measure.name,
      period: isFrequency(row.measure.frequency) ? periodLabel(row.measure.frequency, row.periodStart) : isoDay(row.periodStart),
      numerator: row.numerator,
      denominator: row.denominator,
      note: row.note,
    })),
  };
}

/** The template: the header and one row per active measure for its current period. Null outside scope. */
export async function getTeamTemplate(db: Db, actor: Actor, teamId: string, now: Date = new Date()) {
  const read = await authorizeTeam(db, actor, teamId, "team.read");
  if (!read.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true, collaborativeId: true } });
  if (!team) return null;
  const measures = await db.measure.findMany({ where: teamMeasuresWhere(team), select: { name: true, frequency: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
  return {
    team,
    rows: measures.flatMap((measure) =>
      isFrequency(measure.frequency) ? [{ measure: measure.name, period: periodLabel(measure.frequency, periodStartOf(measure.frequency, now)) }] : [],
    ),
  };
}

/** The shared measures' data of every team of a collaborative (secretariat, manager, admin). Null outside scope. */
export async function getCollaborativeExport(db: Db, actor: Actor, collaborativeId: string) {
  const read = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.readTeams");
  if (!read.ok) return null;
  const collaborative = await db.collaborative.findUnique({ where: { id: collaborativeId }, select: { id: true, name: true } });
  if (!collaborative) return null;
  const rows = await db.measurement.findMany({
    where: { measure: { collaborativeId, archivedAt: null }, team: { collaborativeId } },
    select: {
      periodStart: true,
      numerator: true,
      denominator: true,
      note: true,
      team: { select: { name: true } },
      measure: { select: { name: true, frequency: true } },
    },
    orderBy: [{ periodStart: "asc" }],
  });
  return {
    collaborative,
    rows: rows.map((row) => ({
      team: row.team.name,
      measure: row.measure.name,
      period: isFrequency(row.measure.frequency) ? periodLabel(row.measure.frequency, row.periodStart) : isoDay(row.periodStart),
      numerator: row.numerator,
      denominator: row.denominator,
      note: row.note,
    })),
  };
}

