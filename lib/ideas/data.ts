import "server-only";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { IDEA_STATUSES, isIdeaStatus, type IdeaStatus } from "./rules";

/** The team's huddle board, column by column; null out of scope (page 404). */
export async function getIdeaBoard(db: Db, actor: Actor, teamId: string) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true, name: true } });
  if (!team) return null;
  const [ideas, cycles, canPost, canMove] = await Promise.all([
    db.idea.findMany({
      where: { teamId },
      select: { id: true, text: true, status: true, createdAt: true, cycle: { select: { id: true, title: true } } },
      orderBy: [{ position: "desc" }, { createdAt: "desc" }],
    }),
    db.pdsaCycle.findMany({ where: { teamId, state: { in: ["PLAN", "DO", "STUDY", "ACT"] } }, select: { id: true, title: true }, orderBy: { createdAt: "desc" } }),
    authorizeTeam(db, actor, teamId, "idea.post").then((result) => result.ok),
    authorizeTeam(db, actor, teamId, "idea.move").then((result) => result.ok),
  ]);
  const columns = Object.fromEntries(IDEA_STATUSES.map((status) => [status, [] as typeof ideas])) as Record<IdeaStatus, typeof ideas>;
  for (const idea of ideas) if (isIdeaStatus(idea.status)) columns[idea.status].push(idea);
  return { team, columns, cycles, canPost, canMove };
}
