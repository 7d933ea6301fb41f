import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyOperation, buildOutline, flattenOutline, type DiagramItem, type OutlineNode } from "@/lib/driver-diagrams/rules";

const node = (id: string, parentId: string | null, position: number): DiagramItem => ({ id, type: "node", parentId, position, text: id });
const idea = (id: string, parentId: string, position: number, locked = false): DiagramItem => ({ id, type: "idea", parentId, position, text: id, locked });

// P1 ─ S1 ─ C1, C2 ; P1 ─ S2 ; P2
const sample = buildOutline([node("P1", null, 0), node("P2", null, 1), node("S1", "P1", 0), node("S2", "P1", 1), idea("C1", "S1", 0), idea("C2", "S1", 1)]);

const shape = (outline: OutlineNode[]) => flattenOutline(outline).map((row) => `${row.id}:${row.level}:${row.type}:${row.parentId ?? "-"}:${row.position}`);

function expectValid(outline: OutlineNode[]) {
  for (const row of flattenOutline(outline)) {
    expect(row.level).toBeLessThanOrEqual(3);
    expect(row.type).toBe(row.level === 3 ? "idea" : "node");
  }
}

describe("building the tree", () => {
  it("orders siblings by position and gives levels aim → primary → secondary → change idea", () => {
    expect(shape(sample)).toEqual(["P1:1:node:-:0", "S1:2:node:P1:0", "C1:3:idea:S1:0", "C2:3:idea:S1:1", "S2:2:node:P1:1", "P2:1:node:-:1"]);
  });
  it("leaves out rows in an impossible place (a change idea at the top)", () => {
    expect(buildOutline([{ id: "X", type: "idea", parentId: null, position: 0, text: "x" }])).toEqual([]);
  });
});

describe("outline operations", () => {
  it("moves an item up and down among its siblings", () => {
    const up = applyOperation(sample, { type: "moveUp", id: "C2" });
    expect(up.ok && shape(up.outline).slice(2, 4)).toEqual(["C2:3:idea:S1:0", "C1:3:idea:S1:1"]);
    expect(applyOperation(sample, { type: "moveUp", id: "P1" })).toEqual({ ok: false, rule: "atTop" });
    expect(applyOperation(sample, { type: "moveDown", id: "P2" })).toEqual({ ok: false, rule: "atBottom" });
  });

  it("indents a primary driver into a secondary under the one above it", () => {
    const result = applyOperation(sample, { type: "indent", id: "P2" });
    expect(result.ok && shape(result.outline).at(-1)).toBe("P2:2:node:P1:2");
  });

  it("indents a secondary driver without children into a change idea", () => {
    const result = applyOperation(sample, { type: "indent", id: "S2" });
    expect(result.ok && shape(result.outline)).toContain("S2:3:idea:S1:2");
  });

  it("refuses indenting deeper than change ideas and indenting the first sibling", () => {
    expect(applyOperation(sample, { type: "indent", id: "C2" })).toEqual({ ok: false, rule: "tooDeep" });
    expect(applyOperation(sample, { type: "indent", id: "P1" })).toEqual({ ok: false, rule: "noPreviousSibling" });
    // S1 has change ideas: indented under nothing above it anyway; P2 with a grandchild would be too deep.
    const deep = buildOutline([node("A", null, 0), node("B", null, 1), node("B1", "B", 0), idea("B11", "B1", 0)]);
    expect(applyOperation(deep, { type: "indent", id: "B" })).toEqual({ ok: false, rule: "tooDeep" });
  });

  it("outdents a change idea into a secondary driver right after its parent", () => {
    const result = applyOperation(sample, { type: "outdent", id: "C1" });
    expect(result.ok && shape(result.outline)).toEqual([
      "P1:1:node:-:0",
      "S1:2:node:P1:0",
      "C2:3:idea:S1:0",
      "C1:2:node:P1:1",
      "S2:2:node:P1:2",
      "P2:1:node:-:1",
    ]);
    expect(applyOperation(sample, { type: "outdent", id: "P1" })).toEqual({ ok: false, rule: "atTopLevel" });
  });

  it("refuses turning a change idea with PDSA cycles into a driver or removing it", () => {
    const locked = buildOutline([node("P", null, 0), node("S", "P", 0), idea("C", "S", 0, true)]);
    expect(applyOperation(locked, { type: "outdent", id: "C" })).toEqual({ ok: false, rule: "hasCycles" });
    expect(applyOperation(locked, { type: "remove", id: "P" })).toEqual({ ok: false, rule: "hasCycles" });
  });

  it("adds a sibling after an item and a child whose level follows from the parent", () => {
    const sibling = applyOperation(sample, { type: "add", parentId: null, afterId: "P1", item: { id: "N", text: "n" } });
    expect(sibling.ok && shape(sibling.outline)).toContain("N:1:node:-:1");
    const child = applyOperation(sample, { type: "add", parentId: "S2", afterId: null, item: { id: "N", text: "n" } });
    expect(child.ok && shape(child.outline)).toContain("N:3:idea:S2:0");
    expect(applyOperation(sample, { type: "add", parentId: "C1", afterId: null, item: { id: "N", text: "n" } })).toEqual({ ok: false, rule: "tooDeep" });
  });

  it("removes an item with everything under it", () => {
    const result = applyOperation(sample, { type: "remove", id: "S1" });
    expect(result.ok && shape(result.outline)).toEqual(["P1:1:node:-:0", "S2:2:node:P1:0", "P2:1:node:-:1"]);
  });

  it("keeps every tree valid under any sequence of operations (property)", () => {
    const ids = flattenOutline(sample).map((row) => row.id);
    const operation = fc.record({
      type: fc.constantFrom("moveUp", "moveDown", "indent", "outdent", "remove") as fc.Arbitrary<"moveUp" | "moveDown" | "indent" | "outdent" | "remove">,
      id: fc.constantFrom(...ids),
    });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 20 }), (operations) => {
        let outline = sample;
        for (const op of operations) {
          const result = applyOperation(outline, op);
          if (result.ok) outline = result.outline;
          expectValid(outline);
        }
      }),
    );
  });
});
