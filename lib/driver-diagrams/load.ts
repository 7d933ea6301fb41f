import "server-only";
import type { Db, DbTransaction } from "@/lib/db/client";
import { buildOutline, type DiagramItem, type OutlineNode } from "./rules";

export type Owner = { ownerType: "team" | "collaborative"; ownerId: string };

/** The rows of one diagram: a team's own, or the collaborative's change package (no teamId). */
export function ownerWhere(owner: Owner) {
  return owner.ownerType === "team" ? { teamId: owner.ownerId } : { collaborativeId: owner.ownerId, teamId: null };
}

/** A diagram as a tree, read from the database (inside a mutation's transaction or not). */
export async function loadOutline(db: Db | DbTransaction, owner: Owner): Promise<OutlineNode[]> {
  const where = ownerWhere(owner);
  const [nodes, ideas] = await Promise.all([
    db.driverNode.findMany({ where, select: { id: true, parentId: true, position: true, text: true } }),
    db.changeIdea.findMany({
      where: { ...where, driverNodeId: { not: null } },
      select: { id: true, driverNodeId: true, position: true, title: true, _count: { select: { cycles: true } } },
    }),
  ]);
  const items: DiagramItem[] = [
    ...nodes.map((node) => ({ id: node.id, type: "node" as const, parentId: node.parentId, position: node.position, text: node.text })),
    ...ideas.map((idea) => ({
      id: idea.id,
      type: "idea" as const,
      parentId: idea.driverNodeId,
      position: idea.position,
      text: idea.title,
      locked: idea._count.cycles > 0,
    })),
  ];
  return buildOutline(items);
}

/** The owner of a diagram row (driver or change idea), read from the row itself; null if unknown. */
export async function ownerOfItem(db: Db | DbTransaction, itemId: string): Promise<(Owner & { type: "node" | "idea" }) | null> {
  const node = await db.driverNode.findUnique({ where: { id: itemId }, select: { teamId: true, collaborativeId: true } });
  const row = node ?? (await db.changeIdea.findUnique({ where: { id: itemId }, select: { teamId: true, collaborativeId: true } }));
  if (!row) return null;
  const type = node ? "node" : "idea";
  if (row.teamId) return { ownerType: "team", ownerId: row.teamId, type };
  if (row.collaborativeId) return { ownerType: "collaborative", ownerId: row.collaborativeId, type };
  return null;
}
