import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import {
  addDriverItemConfig,
  copyChangePackageConfig,
  editDriverItemConfig,
  moveDriverItemConfig,
  removeDriverItemConfig,
  renameDriverItemConfig,
} from "@/lib/driver-diagrams/action-configs";
import { getChangePackage, getTeamDriverDiagram } from "@/lib/driver-diagrams/data";
import { flattenOutline } from "@/lib/driver-diagrams/rules";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

/** The fields a browser posts, as FormData gives them. */
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("driver diagrams on a real database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  type World = Awaited<ReturnType<typeof makeTeamWorld>>;
  type User = World["contactA"];
  const team = (w: World) => ({ ownerType: "team" as const, ownerId: w.teamA.id });
  const add = async (user: User, owner: { ownerType: "team" | "collaborative"; ownerId: string }, parentId: string | null, text: string) => {
    const result = await executeAction(addDriverItemConfig, { db: t.db, user }, { ...owner, parentId, afterId: null, text });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.itemId!;
  };
  const shape = async (user: User, teamId: string) =>
    flattenOutline((await getTeamDriverDiagram(t.db, user, teamId))!.outline).map((row) => `${row.level}:${row.text}`);
  const rowCount = async (teamId: string) => (await t.db.driverNode.count({ where: { teamId } })) + (await t.db.changeIdea.count({ where: { teamId } }));

  it("builds aim → primary → secondary → change idea with rows of the right kind and audit events", async () => {
    const w = await makeTeamWorld(t.db);
    const primary = await add(w.contactA, team(w), null, "Entydig PAL");
    const secondary = await add(w.memberA, team(w), primary, "Udpegning ved indlæggelse");
    const idea = await add(w.contactA, team(w), secondary, "Navn på tavlen");
    expect((await t.db.driverNode.findUniqueOrThrow({ where: { id: primary } })).kind).toBe("PRIMARY");
    expect((await t.db.driverNode.findUniqueOrThrow({ where: { id: secondary } })).kind).toBe("SECONDARY");
    expect((await t.db.changeIdea.findUniqueOrThrow({ where: { id: idea } })).driverNodeId).toBe(secondary);
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:Entydig PAL", "2:Udpegning ved indlæggelse", "3:Navn på tavlen"]);
    expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id, action: "driverDiagram.add" } })).toBe(3);
  });

  it("renames, moves, indents, outdents and removes, keeping the tree valid", async () => {
    const w = await makeTeamWorld(t.db);
    const p1 = await add(w.contactA, team(w), null, "P1");
    const p2 = await add(w.contactA, team(w), null, "P2");
    const run = (config: typeof moveDriverItemConfig, input: object) => executeAction(config, { db: t.db, user: w.contactA }, input);
    expect((await executeAction(renameDriverItemConfig, { db: t.db, user: w.contactA }, { itemId: p1, text: "P1 renamed" })).ok).toBe(true);
    expect((await run(moveDriverItemConfig, { itemId: p2, move: "moveUp" })).ok).toBe(true);
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:P2", "1:P1 renamed"]);
    expect((await run(moveDriverItemConfig, { itemId: p1, move: "indent" })).ok).toBe(true);
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:P2", "2:P1 renamed"]);
    // Indenting the secondary turns it into a change idea (a new row in ChangeIdea).
    const s = await add(w.contactA, team(w), p2, "S");
    const indented = await run(moveDriverItemConfig, { itemId: s, move: "indent" });
    expect(indented.ok).toBe(true);
    const ideaId = indented.ok ? indented.data.itemId! : "";
    expect(await t.db.changeIdea.findUnique({ where: { id: ideaId } })).toMatchObject({ title: "S", driverNodeId: p1 });
    expect(await t.db.driverNode.findUnique({ where: { id: s } })).toBeNull();
    expect((await run(moveDriverItemConfig, { itemId: ideaId, move: "outdent" })).ok).toBe(true);
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:P2", "2:P1 renamed", "2:S"]);
    expect((await executeAction(removeDriverItemConfig, { db: t.db, user: w.contactA }, { itemId: p2 })).ok).toBe(true);
    expect(await rowCount(w.teamA.id)).toBe(0);
  });

  it("refuses moves that would break the tree with RULE_VIOLATION and changes nothing", async () => {
    const w = await makeTeamWorld(t.db);
    const p = await add(w.contactA, team(w), null, "P");
    const s = await add(w.contactA, team(w), p, "S");
    const c = await add(w.contactA, team(w), s, "C");
    const before = await shape(w.contactA, w.teamA.id);
    const audits = await t.db.auditEvent.count({ where: { teamId: w.teamA.id } });
    expect(await executeAction(moveDriverItemConfig, { db: t.db, user: w.contactA }, { itemId: p, move: "outdent" })).toEqual({
      ok: false,
      code: "RULE_VIOLATION",
      rule: "atTopLevel",
    });
    expect(await executeAction(addDriverItemConfig, { db: t.db, user: w.contactA }, { ...team(w), parentId: c, afterId: null, text: "Too deep" })).toEqual({
      ok: false,
      code: "RULE_VIOLATION",
      rule: "tooDeep",
    });
    await t.db.pdsaCycle.create({ data: { teamId: w.teamA.id, changeIdeaId: c, title: "Cycle" } });
    expect(await executeAction(removeDriverItemConfig, { db: t.db, user: w.contactA }, { itemId: s })).toEqual({
      ok: false,
      code: "RULE_VIOLATION",
      rule: "hasCycles",
    });
    expect(await shape(w.contactA, w.teamA.id)).toEqual(before);
    expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id } })).toBe(audits);
  });

  it("takes the outline editor's forms as FormData: a new item with empty places, then rename and indent in one transaction", async () => {
    const w = await makeTeamWorld(t.db);
    const env = { db: t.db, user: w.contactA };
    const added = await executeAction(addDriverItemConfig, env, form({ ownerType: "team", ownerId: w.teamA.id, parentId: "", afterId: "", text: "P1" }));
    expect(added.ok).toBe(true);
    const p1 = added.ok ? added.data.itemId! : "";
    const p2 = await add(w.contactA, team(w), null, "P2");
    // Without a button (Enter, leaving the field) the form renames.
    expect(await executeAction(editDriverItemConfig, env, form({ itemId: p1, text: "P1 nyt navn" }))).toEqual({ ok: true, data: { op: "rename", itemId: p1 } });
    const indented = await executeAction(editDriverItemConfig, env, form({ itemId: p2, text: "P2 nyt navn", op: "indent" }));
    expect(indented).toEqual({ ok: true, data: { op: "indent", itemId: p2 } });
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:P1 nyt navn", "2:P2 nyt navn"]);
    // An emptied field keeps the saved text.
    expect((await executeAction(editDriverItemConfig, env, form({ itemId: p2, text: " ", op: "outdent" }))).ok).toBe(true);
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:P1 nyt navn", "1:P2 nyt navn"]);
  });

  it("a refused move from the item form leaves its typed text unsaved as well", async () => {
    const w = await makeTeamWorld(t.db);
    const p = await add(w.contactA, team(w), null, "P");
    const audits = await t.db.auditEvent.count({ where: { teamId: w.teamA.id } });
    expect(await executeAction(editDriverItemConfig, { db: t.db, user: w.contactA }, form({ itemId: p, text: "P ændret", op: "outdent" }))).toEqual({
      ok: false,
      code: "RULE_VIOLATION",
      rule: "atTopLevel",
    });
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:P"]);
    expect(await t.db.auditEvent.count({ where: { teamId: w.teamA.id } })).toBe(audits);
  });

  it("removes from the item form and answers the parent, where the editor puts the focus", async () => {
    const w = await makeTeamWorld(t.db);
    const p = await add(w.contactA, team(w), null, "P");
    const s = await add(w.contactA, team(w), p, "S");
    const env = { db: t.db, user: w.contactA };
    expect(await executeAction(editDriverItemConfig, env, form({ itemId: s, op: "remove" }))).toEqual({ ok: true, data: { op: "remove", itemId: p } });
    expect(await executeAction(editDriverItemConfig, env, form({ itemId: p, op: "remove" }))).toEqual({ ok: true, data: { op: "remove", itemId: null } });
    expect(await rowCount(w.teamA.id)).toBe(0);
    // Another team's contact person gets NOT_FOUND, as with the single actions.
    const q = await add(w.contactA, team(w), null, "Q");
    expect(await executeAction(editDriverItemConfig, { db: t.db, user: w.contactB }, form({ itemId: q, op: "remove" }))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await rowCount(w.teamA.id)).toBe(1);
  });

  it("refuses empty text and personal identity numbers with field errors", async () => {
    const w = await makeTeamWorld(t.db);
    expect(await executeAction(addDriverItemConfig, { db: t.db, user: w.contactA }, { ...team(w), text: "" })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { text: ["required"] },
    });
    expect(await executeAction(addDriverItemConfig, { db: t.db, user: w.contactA }, { ...team(w), text: "010190-1234" })).toEqual({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { text: ["personalIdentifier"] },
    });
    expect(await rowCount(w.teamA.id)).toBe(0);
  });

  it("a contact person of team A cannot edit team B's diagram (NOT_FOUND, nothing changed); a patient representative gets FORBIDDEN", async () => {
    const w = await makeTeamWorld(t.db);
    const b = await add(w.contactB, { ownerType: "team", ownerId: w.teamB.id }, null, "B's driver");
    const asA = { db: t.db, user: w.contactA };
    expect(await executeAction(addDriverItemConfig, asA, { ownerType: "team", ownerId: w.teamB.id, text: "x" })).toEqual({ ok: false, code: "NOT_FOUND" });
    // Naming its own team but hanging the item under B's row is refused too.
    expect(await executeAction(addDriverItemConfig, asA, { ...team(w), parentId: b, text: "x" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(renameDriverItemConfig, asA, { itemId: b, text: "mine" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(moveDriverItemConfig, asA, { itemId: b, move: "moveDown" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(removeDriverItemConfig, asA, { itemId: b })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await executeAction(addDriverItemConfig, { db: t.db, user: w.patientA }, { ...team(w), text: "x" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect((await t.db.driverNode.findUniqueOrThrow({ where: { id: b } })).text).toBe("B's driver");
    expect(await rowCount(w.teamA.id)).toBe(0);
    expect(await getTeamDriverDiagram(t.db, w.contactA, w.teamB.id)).toBeNull();
  });

  it("lets only the secretariat edit the change package; team members read it", async () => {
    const w = await makeTeamWorld(t.db);
    const owner = { ownerType: "collaborative" as const, ownerId: w.collaborative.id };
    const p = await add(w.secretariat, owner, null, "Package primary");
    expect(await executeAction(addDriverItemConfig, { db: t.db, user: w.contactA }, { ...owner, text: "x" })).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await executeAction(renameDriverItemConfig, { db: t.db, user: w.contactA }, { itemId: p, text: "x" })).toEqual({ ok: false, code: "FORBIDDEN" });
    const asTeam = await getChangePackage(t.db, w.contactA, w.collaborative.id);
    expect(asTeam?.canEdit).toBe(false);
    expect(asTeam?.outline.map((node) => node.text)).toEqual(["Package primary"]);
    expect((await getChangePackage(t.db, w.secretariat, w.collaborative.id))?.canEdit).toBe(true);
  });

  it("copies the change package into an empty team diagram, and appends only when confirmed", async () => {
    const w = await makeTeamWorld(t.db);
    const owner = { ownerType: "collaborative" as const, ownerId: w.collaborative.id };
    const p = await add(w.secretariat, owner, null, "Pkg P");
    const s = await add(w.secretariat, owner, p, "Pkg S");
    await add(w.secretariat, owner, s, "Pkg C");
    const copy = (append: boolean) => executeAction(copyChangePackageConfig, { db: t.db, user: w.contactA }, { teamId: w.teamA.id, append });
    expect(await copy(false)).toEqual({ ok: true, data: { copied: 3 } });
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:Pkg P", "2:Pkg S", "3:Pkg C"]);
    expect(await t.db.driverNode.count({ where: { collaborativeId: w.collaborative.id, teamId: null } })).toBe(2);
    expect(await t.db.auditEvent.count({ where: { entityId: w.teamA.id, action: "driverDiagram.copyChangePackage" } })).toBe(1);
    expect(await copy(false)).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "diagramNotEmpty" });
    expect(await rowCount(w.teamA.id)).toBe(3);
    expect(await copy(true)).toEqual({ ok: true, data: { copied: 3 } });
    expect(await shape(w.contactA, w.teamA.id)).toEqual(["1:Pkg P", "2:Pkg S", "3:Pkg C", "1:Pkg P", "2:Pkg S", "3:Pkg C"]);
    expect(await executeAction(copyChangePackageConfig, { db: t.db, user: w.contactA }, { teamId: w.teamB.id, append: true })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await rowCount(w.teamB.id)).toBe(0);
  });
});
