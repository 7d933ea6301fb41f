import "server-only";
import { authorizeCollaborative, authorizeTeam } from "@/lib/authz/authorize";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import { authorizeDiagram } from "./action-configs";
import { loadOutline } from "./load";

/** A team's driver diagram as a tree, with the aim at its root; null out of scope (page 404). */
export async function getTeamDriverDiagram(db: Db, actor: Actor, teamId: string) {
  const access = await authorizeTeam(db, actor, teamId, "team.read");
  if (!access.ok) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, aim: true, collaborative: { select: { id: true, name: true } } },
  });
  if (!team) return null;
  const [outline, packageSize, canEdit, mayReadPackage] = await Promise.all([
    loadOutline(db, { ownerType: "team", ownerId: teamId }),
    db.driverNode.count({ where: { collaborativeId: team.collaborative.id, teamId: null } }),
    authorizeDiagram(db, actor, { ownerType: "team", ownerId: teamId }).then((result) => result.ok),
    authorizeCollaborative(db, actor, team.collaborative.id, "collaborative.read").then((result) => result.ok),
  ]);
  return { team, outline, canEdit, hasChangePackage: packageSize > 0, mayReadPackage };
}

/** A collaborative's change package as a tree; editable by its secretariat; null out of scope. */
export async function getChangePackage(db: Db, actor: Actor, collaborativeId: string) {
  const access = await authorizeCollaborative(db, actor, collaborativeId, "collaborative.read");
  if (!access.ok) return null;
  const collaborative = await db.collaborative.findUnique({ where: { id: collaborativeId }, select: { id: true, name: true, aim: true } });
  if (!collaborative) return null;
  const [outline, canEdit] = await Promise.all([
    loadOutline(db, { ownerType: "collaborative", ownerId: collaborativeId }),
    authorizeCollaborative(db, actor, collaborativeId, "collaborative.manage").then((result) => result.ok),
  ]);
  return { collaborative, outline, canEdit };
}
