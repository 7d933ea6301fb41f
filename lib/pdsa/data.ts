import "server-only";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { CYCLE_STATES, isCycleState, type CycleState } from "./rules";

export type CycleFilters = { changeIdeaId?: string; state?: string; ownerId?: string; from?: string; to?: string };

const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null);

async function access(db: Db, actor: Actor, teamId: string) {
  const read = await authorizeTeam(db, actor, teamId, "team.read");
  if (!read.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true, collaborativeId: true } });
  if (!team) return null;
  const [canWrite, canComment] = await Promise.all([
    authorizeTeam(db, actor, teamId, "pdsa.write").then((result) => result.ok),
    authorizeTeam(db, actor, teamId, "comment.write").then((result) => result.ok),
  ]);
  return { team, canWrite, canComment };
}

/** Change ideas a team may test: those of its own driver diagram (the change package is copied there first). */
function changeIdeasOf(db: Db, team: { id: string }) {
  return db.changeIdea.findMany({
    where: { teamId: team.id },
    select: { id: true, title: true, status: true },
    orderBy: [{ position: "asc" }, { title: "asc" }],
  });
}

/** The team's cycles, filtered (change idea, state, person, date the cycle was created or started), for the board and the list. */
export async function getCycleBoard(db: Db, actor: Actor, teamId: string, filters: CycleFilters) {
  const base = await access(db, actor, teamId);
  if (!base) return null;
  const from = day(filters.from);
  const to = day(filters.to);
  const cycles = await db.pdsaCycle.findMany({
    where: {
      teamId,
      ...(filters.changeIdeaId ? { changeIdeaId: filters.changeIdeaId } : {}),
      ...(isCycleState(filters.state) ? { state: filters.state } : {}),
      ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
      ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + 86_400_000) } : {}) } } : {}),
    },
    select: {
      id: true,
      title: true,
      state: true,
      scale: true,
      decision: true,
      createdAt: true,
      plannedStart: true,
      completedAt: true,
      changeIdea: { select: { id: true, title: true } },
      owner: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "desc" }],
  });
  const [changeIdeas, members] = await Promise.all([
    changeIdeasOf(db, base.team),
    db.teamMember.findMany({ where: { teamId }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
  ]);
  const columns = Object.fromEntries(CYCLE_STATES.map((state) => [state, [] as typeof cycles])) as Record<CycleState, typeof cycles>;
  for (const cycle of cycles) if (isCycleState(cycle.state)) columns[cycle.state].push(cycle);
  return { ...base, cycles, columns, changeIdeas, people: members.map((member) => member.user) };
}

/** One cycle with its predictions, measures, comments and ramp neighbours; null out of scope. */
export async function getCycle(db: Db, actor: Actor, teamId: string, cycleId: string) {
  const cycle = await db.pdsaCycle.findUnique({
    where: { id: cycleId },
    include: {
      predictions: { orderBy: { position: "asc" } },
      measures: { select: { measureId: true, measure: { select: { id: true, name: true } } } },
      comments: { orderBy: { createdAt: "asc" } },
      changeIdea: { select: { id: true, title: true, status: true } },
      owner: { select: { id: true, name: true } },
      previousCycle: { select: { id: true, title: true, scale: true } },
      nextCycle: { select: { id: true, title: true, scale: true } },
    },
  });
  if (!cycle || cycle.teamId !== teamId) return null;
  const base = await access(db, actor, teamId);
  if (!base) return null;
  const authorIds = [...new Set(cycle.comments.map((comment) => comment.authorId).filter((id): id is string => Boolean(id)))];
  const [authors, measures] = await Promise.all([
    db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }),
    db.measure.findMany({
      where: { archivedAt: null, OR: [{ collaborativeId: base.team.collaborativeId }, { teamId }] },
      select: { id: true, name: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  const authorName = new Map(authors.map((author) => [author.id, author.name]));
  return {
    ...base,
    cycle: { ...cycle, comments: cycle.comments.map((comment) => ({ ...comment, authorName: comment.authorId ? (authorName.get(comment.authorId) ?? null) : null })) },
    measures,
  };
}

/** What the "new cycle" form offers: the change ideas and, when started from the huddle board, the idea. */
export async function getNewCycleForm(db: Db, actor: Actor, teamId: string, from: { changeIdeaId?: string; ideaId?: string }) {
  const base = await access(db, actor, teamId);
  if (!base || !base.canWrite) return base ? { ...base, changeIdeas: [], ideas: [], idea: null, changeIdeaId: null } : null;
  const [changeIdeas, ideas] = await Promise.all([
    changeIdeasOf(db, base.team),
    db.idea.findMany({ where: { teamId, status: "NEW" }, select: { id: true, text: true }, orderBy: [{ position: "desc" }, { createdAt: "desc" }] }),
  ]);
  const idea = from.ideaId ? await db.idea.findFirst({ where: { id: from.ideaId, teamId, status: "NEW" }, select: { id: true, text: true } }) : null;
  const changeIdeaId = changeIdeas.some((changeIdea) => changeIdea.id === from.changeIdeaId) ? from.changeIdeaId! : null;
  return { ...base, changeIdeas, ideas, idea, changeIdeaId };
}

/** The ramp of one change idea: the team's cycles on it, in order, with scale and decision. */
export async function getRamp(db: Db, actor: Actor, teamId: string, changeIdeaId: string) {
  const base = await access(db, actor, teamId);
  if (!base) return null;
  const changeIdea = await db.changeIdea.findUnique({ where: { id: changeIdeaId }, select: { id: true, title: true, status: true, teamId: true } });
  if (!changeIdea || changeIdea.teamId !== teamId) return null;
  const cycles = await db.pdsaCycle.findMany({
    where: { teamId, changeIdeaId },
    select: { id: true, title: true, state: true, scale: true, decision: true, decisionNote: true, previousCycleId: true, createdAt: true, startedAt: true, completedAt: true },
    orderBy: [{ createdAt: "asc" }],
  });
  return { ...base, changeIdea, cycles: orderRamp(cycles) };
}

/** Orders cycles along their previous → next links; cycles outside a chain keep their date order. */
function orderRamp<T extends { id: string; previousCycleId: string | null }>(cycles: T[]): T[] {
  const byPrevious = new Map(cycles.filter((c) => c.previousCycleId).map((c) => [c.previousCycleId!, c]));
  const ids = new Set(cycles.map((c) => c.id));
  const ordered: T[] = [];
  const seen = new Set<string>();
  for (const start of cycles) {
    if (seen.has(start.id) || (start.previousCycleId && ids.has(start.previousCycleId))) continue;
    let current: T | undefined = start;
    while (current && !seen.has(current.id)) {
      ordered.push(current);
      seen.add(current.id);
      current = byPrevious.get(current.id);
    }
  }
  for (const cycle of cycles) if (!seen.has(cycle.id)) ordered.push(cycle);
  return ordered;
}
