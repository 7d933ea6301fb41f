import "server-only";
import { randomUUID } from "node:crypto";
import { fail } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTransaction } from "@/lib/db/client";
import { loadOutline, ownerOfItem, type Owner } from "./load";
import { applyOperation, flattenOutline, kindOfLevel, type FlatItem, type Operation, type OutlineNode } from "./rules";

type Actor = { id: string };

function auditScope(owner: Owner) {
  return owner.ownerType === "team" ? { teamId: owner.ownerId } : { collaborativeId: owner.ownerId };
}

function ownerData(owner: Owner) {
  return owner.ownerType === "team" ? { teamId: owner.ownerId } : { collaborativeId: owner.ownerId };
}

/**
 * Writes the difference between two outlines: new rows, moved or re-levelled rows (a row that
 * changes between driver and change idea is re-created in the other table), removed rows.
 * Returns the stored id of every row of the new outline (new and re-created rows get new ids).
 */
async function persistOutline(tx: DbTransaction, owner: Owner, before: OutlineNode[], after: OutlineNode[]) {
  const old = new Map(flattenOutline(before).map((row) => [row.id, row]));
  const next = flattenOutline(after);
  const idMap = new Map<string, string>();
  const replaced: FlatItem[] = [];
  for (const row of next) {
    const parentId = row.parentId === null ? null : (idMap.get(row.parentId) ?? row.parentId);
    const previous = old.get(row.id);
    if (previous && previous.type === row.type) {
      idMap.set(row.id, row.id);
      const previousParent = previous.parentId;
      if (previousParent === parentId && previous.position === row.position && previous.level === row.level) continue;
      if (row.type === "node") {
        await tx.driverNode.update({ where: { id: row.id }, data: { parentId, position: row.position, kind: kindOfLevel(row.level) } });
      } else {
        await tx.changeIdea.update({ where: { id: row.id }, data: { driverNodeId: parentId, position: row.position } });
      }
      continue;
    }
    if (previous) replaced.push(previous);
    const created =
      row.type === "node"
        ? await tx.driverNode.create({ data: { ...ownerData(owner), parentId, kind: kindOfLevel(row.level), text: row.text, position: row.position } })
        : await tx.changeIdea.create({ data: { ...ownerData(owner), driverNodeId: parentId, title: row.text, position: row.position } });
    idMap.set(row.id, created.id);
  }
  const kept = new Set(next.filter((row) => old.get(row.id)?.type === row.type).map((row) => row.id));
  const gone = [...old.values()].filter((row) => !kept.has(row.id));
  const goneIdeas = gone.filter((row) => row.type === "idea").map((row) => row.id);
  if (goneIdeas.length > 0) await tx.changeIdea.deleteMany({ where: { id: { in: goneIdeas } } });
  // Drivers deepest first, so no row is deleted while another still points to it.
  for (const row of gone.filter((row) => row.type === "node").sort((a, b) => b.level - a.level)) {
    await tx.driverNode.delete({ where: { id: row.id } });
  }
  return { idMap, removed: gone.filter((row) => !replaced.includes(row)).map((row) => row.id) };
}

/** One outline operation on one diagram, in one transaction with its audit event. */
export async function applyDiagramOperation(tx: DbTransaction, actor: Actor, owner: Owner, operation: Operation) {
  const before = await loadOutline(tx, owner);
  const result = applyOperation(before, operation);
  if (!result.ok) fail(result.rule === "notFound" ? { code: "NOT_FOUND" } : { code: "RULE_VIOLATION", rule: result.rule });
  const { idMap } = await persistOutline(tx, owner, before, result.outline);
  const subjectId = operation.type === "add" ? operation.item.id : operation.id;
  const storedId = idMap.get(subjectId) ?? subjectId;
  await recordAudit(tx, {
    actorId: actor.id,
    action: `driverDiagram.${operation.type}`,
    entityType: "DriverDiagram",
    entityId: storedId,
    ...auditScope(owner),
    before: flattenOutline(before).map(({ id, level, position, text }) => ({ id, level, position, text })),
    after: flattenOutline(result.outline).map(({ id, level, position, text }) => ({ id: idMap.get(id) ?? id, level, position, text })),
  });
  return { itemId: operation.type === "remove" ? null : storedId };
}

/** Adds a driver or change idea; its level (and so its kind) follows from the parent. */
export function addDiagramItem(tx: DbTransaction, actor: Actor, owner: Owner, input: { parentId: string | null; afterId: string | null; text: string }) {
  return applyDiagramOperation(tx, actor, owner, {
    type: "add",
    parentId: input.parentId,
    afterId: input.afterId,
    item: { id: `new-${randomUUID()}`, text: input.text },
  });
}

/** Renames a driver or change idea. */
export async function renameDiagramItem(tx: DbTransaction, actor: Actor, input: { itemId: string; text: string }) {
  const owner = await ownerOfItem(tx, input.itemId);
  if (!owner) fail({ code: "NOT_FOUND" });
  const before =
    owner.type === "node"
      ? (await tx.driverNode.findUniqueOrThrow({ where: { id: input.itemId }, select: { text: true } })).text
      : (await tx.changeIdea.findUniqueOrThrow({ where: { id: input.itemId }, select: { title: true } })).title;
  if (before === input.text) return { itemId: input.itemId };
  if (owner.type === "node") await tx.driverNode.update({ where: { id: input.itemId }, data: { text: input.text } });
  else await tx.changeIdea.update({ where: { id: input.itemId }, data: { title: input.text } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "driverDiagram.rename",
    entityType: owner.type === "node" ? "DriverNode" : "ChangeIdea",
    entityId: input.itemId,
    ...auditScope(owner),
    before: { text: before },
    after: { text: input.text },
  });
  return { itemId: input.itemId };
}

/**
 * Copies the collaborative's change package into the team's diagram as the team's own rows.
 * Refused into a diagram that already has drivers unless the user chose to append.
 */
export async function copyChangePackage(tx: DbTransaction, actor: Actor, input: { teamId: string; append: boolean }) {
  const team = await tx.team.findUniqueOrThrow({ where: { id: input.teamId }, select: { collaborativeId: true } });
  const changePackage = await loadOutline(tx, { ownerType: "collaborative", ownerId: team.collaborativeId });
  if (changePackage.length === 0) fail({ code: "RULE_VIOLATION", rule: "emptyChangePackage" });
  const existing = await loadOutline(tx, { ownerType: "team", ownerId: input.teamId });
  if (existing.length > 0 && !input.append) fail({ code: "RULE_VIOLATION", rule: "diagramNotEmpty" });
  const sources = [...flattenOutline(changePackage)];
  const descriptions = new Map(
    (await tx.changeIdea.findMany({ where: { id: { in: sources.filter((row) => row.type === "idea").map((row) => row.id) } }, select: { id: true, description: true } })).map(
      (idea) => [idea.id, idea.description],
    ),
  );
  const idMap = new Map<string, string>();
  let created = 0;
  for (const row of sources) {
    const parentId = row.parentId === null ? null : idMap.get(row.parentId)!;
    const position = row.level === 1 ? existing.length + row.position : row.position;
    const copy =
      row.type === "node"
        ? await tx.driverNode.create({ data: { teamId: input.teamId, parentId, kind: kindOfLevel(row.level), text: row.text, position } })
        : await tx.changeIdea.create({
            data: { teamId: input.teamId, driverNodeId: parentId, title: row.text, description: descriptions.get(row.id) ?? "", position },
          });
    idMap.set(row.id, copy.id);
    created++;
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: "driverDiagram.copyChangePackage",
    entityType: "Team",
    entityId: input.teamId,
    teamId: input.teamId,
    collaborativeId: team.collaborativeId,
    before: { items: flattenOutline(existing).length },
    after: { items: flattenOutline(existing).length + created, copied: created, append: input.append },
  });
  return { copied: created };
}
