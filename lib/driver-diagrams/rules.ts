// Pure rules of a driver diagram (PRODUCT.md §2, Model for Improvement "Changes"): the aim is the
// root; primary drivers sit under it (parentId null), secondary drivers under a primary, change
// ideas under a secondary. Every outline operation returns a new, valid tree or names the rule it
// would break, so the mutation only persists trees these functions produced.

export type ItemType = "node" | "idea";

/** One row of a diagram as stored: a DriverNode ("node") or a ChangeIdea ("idea"). */
export type DiagramItem = {
  id: string;
  type: ItemType;
  parentId: string | null;
  position: number;
  text: string;
  /** A change idea with PDSA cycles: it may not be removed or turned into a driver. */
  locked?: boolean;
};

export type OutlineNode = { id: string; type: ItemType; text: string; locked: boolean; children: OutlineNode[] };

/** A flattened outline row in display order, with its level (1 primary, 2 secondary, 3 change idea). */
export type FlatItem = { id: string; type: ItemType; text: string; locked: boolean; level: number; parentId: string | null; position: number };

export const MAX_LEVEL = 3;

export type Operation =
  | { type: "moveUp" | "moveDown" | "indent" | "outdent" | "remove"; id: string }
  | { type: "add"; parentId: string | null; afterId: string | null; item: { id: string; text: string } };

export type OperationResult = { ok: true; outline: OutlineNode[] } | { ok: false; rule: string };

/** The stored type of a row at a level: drivers at levels 1–2, change ideas at level 3. */
export function typeOfLevel(level: number): ItemType {
  return level >= MAX_LEVEL ? "idea" : "node";
}

/** The DriverNode.kind of a driver at a level. */
export function kindOfLevel(level: number): "PRIMARY" | "SECONDARY" {
  return level === 1 ? "PRIMARY" : "SECONDARY";
}

/**
 * Builds the tree from stored rows: siblings by position (then id, for a stable order). Rows that
 * break the shape (a change idea at the top, a driver under a change idea, anything deeper than
 * level 3, a missing parent) are left out rather than shown in a wrong place.
 */
export function buildOutline(items: readonly DiagramItem[]): OutlineNode[] {
  const byParent = new Map<string | null, DiagramItem[]>();
  for (const item of items) byParent.set(item.parentId, [...(byParent.get(item.parentId) ?? []), item]);
  const build = (parentId: string | null, level: number): OutlineNode[] => {
    if (level > MAX_LEVEL) return [];
    return (byParent.get(parentId) ?? [])
      .filter((item) => item.type === typeOfLevel(level))
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((item) => ({
        id: item.id,
        type: item.type,
        text: item.text,
        locked: item.locked ?? false,
        children: item.type === "idea" ? [] : build(item.id, level + 1),
      }));
  };
  return build(null, 1);
}

/** Display order, with levels and positions renumbered 0..n-1 within each sibling group. */
export function flattenOutline(outline: readonly OutlineNode[]): FlatItem[] {
  const rows: FlatItem[] = [];
  const walk = (nodes: readonly OutlineNode[], parentId: string | null, level: number) => {
    nodes.forEach((node, position) => {
      rows.push({ id: node.id, type: node.type, text: node.text, locked: node.locked, level, parentId, position });
      walk(node.children, node.id, level + 1);
    });
  };
  walk(outline, null, 1);
  return rows;
}

function height(node: OutlineNode): number {
  return node.children.length === 0 ? 0 : 1 + Math.max(...node.children.map(height));
}

function clone(outline: readonly OutlineNode[]): OutlineNode[] {
  return outline.map((node) => ({ ...node, children: clone(node.children) }));
}

type Location = { siblings: OutlineNode[]; index: number; parent: OutlineNode | null; grandSiblings: OutlineNode[] | null; level: number };

function locate(outline: OutlineNode[], id: string): Location | null {
  const search = (siblings: OutlineNode[], parent: OutlineNode | null, grandSiblings: OutlineNode[] | null, level: number): Location | null => {
    for (let index = 0; index < siblings.length; index++) {
      if (siblings[index].id === id) return { siblings, index, parent, grandSiblings, level };
      const found = search(siblings[index].children, siblings[index], siblings, level + 1);
      if (found) return found;
    }
    return null;
  };
  return search(outline, null, null, 1);
}

function levelOf(outline: OutlineNode[], id: string): number | null {
  return flattenOutline(outline).find((row) => row.id === id)?.level ?? null;
}

function containsLocked(node: OutlineNode): boolean {
  return node.locked || node.children.some(containsLocked);
}

/**
 * The outline after one operation, with every node's type fitted to its new level; refused when
 * the tree would be deeper than aim → primary → secondary → change idea, when the move has no
 * room (first/last sibling, top level), or when a change idea with PDSA cycles would be removed
 * or turned into a driver.
 */
export function applyOperation(current: readonly OutlineNode[], operation: Operation): OperationResult {
  const outline = clone(current);
  if (operation.type === "add") {
    let siblings = outline;
    let level = 1;
    if (operation.parentId !== null) {
      const parent = locate(outline, operation.parentId);
      if (!parent) return { ok: false, rule: "notFound" };
      level = parent.level + 1;
      if (level > MAX_LEVEL) return { ok: false, rule: "tooDeep" };
      siblings = parent.siblings[parent.index].children;
    }
    const afterIndex = operation.afterId === null ? siblings.length - 1 : siblings.findIndex((node) => node.id === operation.afterId);
    if (operation.afterId !== null && afterIndex < 0) return { ok: false, rule: "notFound" };
    siblings.splice(afterIndex + 1, 0, { id: operation.item.id, type: typeOfLevel(level), text: operation.item.text, locked: false, children: [] });
    return { ok: true, outline };
  }

  const location = locate(outline, operation.id);
  if (!location) return { ok: false, rule: "notFound" };
  const { siblings, index, parent, level } = location;
  const node = siblings[index];
  switch (operation.type) {
    case "moveUp":
      if (index === 0) return { ok: false, rule: "atTop" };
      [siblings[index - 1], siblings[index]] = [siblings[index], siblings[index - 1]];
      return { ok: true, outline };
    case "moveDown":
      if (index === siblings.length - 1) return { ok: false, rule: "atBottom" };
      [siblings[index + 1], siblings[index]] = [siblings[index], siblings[index + 1]];
      return { ok: true, outline };
    case "remove":
      if (containsLocked(node)) return { ok: false, rule: "hasCycles" };
      siblings.splice(index, 1);
      return { ok: true, outline };
    case "indent": {
      if (index === 0) return { ok: false, rule: "noPreviousSibling" };
      if (level + 1 + height(node) > MAX_LEVEL) return { ok: false, rule: "tooDeep" };
      siblings.splice(index, 1);
      siblings[index - 1].children.push(node);
      return retype(outline);
    }
    case "outdent": {
      if (!parent) return { ok: false, rule: "atTopLevel" };
      const grandSiblings = location.grandSiblings ?? outline;
      siblings.splice(index, 1);
      grandSiblings.splice(grandSiblings.indexOf(parent) + 1, 0, node);
      return retype(outline);
    }
  }
}

/** Fits each node's type to its level; a locked change idea may not become a driver. */
function retype(outline: OutlineNode[]): OperationResult {
  const walk = (nodes: OutlineNode[], level: number): string | null => {
    for (const node of nodes) {
      const type = typeOfLevel(level);
      if (node.type !== type && node.locked) return "hasCycles";
      node.type = type;
      const refused = walk(node.children, level + 1);
      if (refused) return refused;
    }
    return null;
  };
  const refused = walk(outline, 1);
  return refused ? { ok: false, rule: refused } : { ok: true, outline };
}

/** Whether an outline operation is possible, so the editor offers only moves that will succeed. */
export function canApply(outline: readonly OutlineNode[], operation: Operation): boolean {
  return applyOperation(outline, operation).ok;
}

export { levelOf };
