import "server-only";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { loadOutline } from "@/lib/driver-diagrams/load";
import { getTeamMeasureChart, type TeamMeasureChart } from "@/lib/measures/data";
import { groupCyclesByChangeIdea } from "./rules";

/**
 * Everything a team's storyboard for a learning seminar shows (PRODUCT.md §2, §6): who the team is
 * (names of the contact persons only), its aim and driver diagram, every active measure's chart
 * data, its PDSA cycles as ramps per change idea and the latest IHI score.
 * Null when the actor may not read the team (the page answers 404).
 */
export async function getTeamStoryboard(db: Db, actor: Actor, teamId: string, now: Date = new Date()) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      aim: true,
      collaborativeId: true,
      collaborative: { select: { id: true, name: true, timeZone: true } },
      microsystem: { select: { name: true, kind: true, organisation: { select: { name: true } } } },
    },
  });
  if (!team) return null;

  const [memberCount, contactPersons, outline, measures, cycles, latestAssessment] = await Promise.all([
    db.teamMember.count({ where: { teamId } }),
    db.teamMember.findMany({
      where: { teamId, role: "CONTACT_PERSON" },
      select: { user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    loadOutline(db, { ownerType: "team", ownerId: teamId }),
    db.measure.findMany({
      where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId }] },
      select: { id: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    db.pdsaCycle.findMany({
      where: { teamId },
      select: {
        id: true,
        title: true,
        state: true,
        scale: true,
        decision: true,
        decisionNote: true,
        learningSummary: true,
        abandonReason: true,
        createdAt: true,
        startedAt: true,
        completedAt: true,
        changeIdea: { select: { id: true, title: true, status: true } },
      },
    }),
    db.assessment.findFirst({ where: { teamId }, select: { month: true, score: true }, orderBy: { month: "desc" } }),
  ]);

  // One chart loader per measure: a storyboard has a handful of measures, and the loader is the
  // one the chart page uses, so both show the same chart.
  const charts: TeamMeasureChart[] = [];
  for (const measure of measures) {
    const chart = await getTeamMeasureChart(db, actor, teamId, measure.id, now);
    if (chart) charts.push(chart);
  }

  return {
    team: {
      id: team.id,
      name: team.name,
      aim: team.aim,
      collaborativeName: team.collaborative.name,
      timeZone: team.collaborative.timeZone,
      microsystemName: team.microsystem.name,
      microsystemKind: team.microsystem.kind,
      organisationName: team.microsystem.organisation.name,
    },
    memberCount,
    contactPersonNames: contactPersons.map((member) => member.user.name),
    outline,
    charts,
    ramps: groupCyclesByChangeIdea(cycles),
    latestAssessment,
  };
}

export type TeamStoryboard = NonNullable<Awaited<ReturnType<typeof getTeamStoryboard>>>;
