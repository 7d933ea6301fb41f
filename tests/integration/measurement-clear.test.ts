import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { saveMeasurementsConfig } from "@/lib/measurements/action-configs";
import { isoDay, periodStartOf } from "@/lib/measures/periods";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeTeamWorld } from "../helpers/team-work-fixtures";

const WEEK = 7 * 86_400_000;
const weeksAgo = (n: number) => new Date(periodStartOf("WEEKLY", new Date()).getTime() - n * WEEK);

describe("clearing a grid cell on a real database", () => {
  let t: TestDb;
  let world: Awaited<ReturnType<typeof makeTeamWorld>>;
  let proportion: { id: string };

  beforeAll(async () => {
    t = await createTestDb();
    world = await makeTeamWorld(t.db);
    proportion = await t.db.measure.create({
      data: { collaborativeId: world.collaborative.id, name: "Andel med faldrisikovurdering", type: "PROCESS", kind: "PROPORTION", multiplier: 100, frequency: "WEEKLY" },
    });
  });
  afterAll(async () => t.drop());

  const save = (cells: object[], user = world.contactA) => executeAction(saveMeasurementsConfig, { db: t.db, user }, { teamId: world.teamA.id, cells });
  const cell = (weeks: number, numerator: string, denominator = "", note = "") => ({ measureId: proportion.id, period: isoDay(weeksAgo(weeks)), numerator, denominator, note });
  const valueAt = (weeks: number) => t.db.measurement.findFirst({ where: { teamId: world.teamA.id, measureId: proportion.id, periodStart: weeksAgo(weeks) } });
  const summary = () => t.db.teamMeasureSummary.findUnique({ where: { teamId_measureId: { teamId: world.teamA.id, measureId: proportion.id } } });

  it("deletes a saved value whose numerator was emptied, records the value before in the audit event and updates the summary", async () => {
    expect(await save([cell(1, "7", "10", "ny rutine"), cell(2, "5", "10")])).toEqual({ ok: true, data: { saved: 2, created: 2, deleted: 0 } });
    expect((await summary())?.pointCount).toBe(2);

    // The grid sends the cleared cell with whatever is left in its other fields; a new value rides along.
    const result = await save([cell(1, "", "10", "ny rutine"), cell(3, "4", "10")]);
    expect(result).toEqual({ ok: true, data: { saved: 1, created: 1, deleted: 1 } });
    expect(await valueAt(1)).toBeNull();
    expect(await valueAt(3)).toMatchObject({ numerator: 4, denominator: 10 });
    const [event] = await t.db.auditEvent.findMany({ where: { action: "measurement.deleteBatch", teamId: world.teamA.id } });
    expect(event).toMatchObject({ actorId: world.contactA.id, entityType: "Measurement", entityId: world.teamA.id });
    expect(JSON.parse(event.before!)).toEqual([{ measureId: proportion.id, period: isoDay(weeksAgo(1)), numerator: 7, denominator: 10, note: "ny rutine" }]);
    expect(JSON.parse(event.after!)).toEqual([]);
    expect((await summary())?.pointCount).toBe(2);

    expect(await save([cell(3, "")])).toEqual({ ok: true, data: { saved: 0, created: 0, deleted: 1 } });
    expect((await summary())?.pointCount).toBe(1);
  });

  it("treats clearing a cell that has no value as no change: nothing written, no audit event", async () => {
    const rows = await t.db.measurement.findMany({ where: { teamId: world.teamA.id } });
    const audits = await t.db.auditEvent.count();
    expect(await save([cell(6, "")])).toEqual({ ok: true, data: { saved: 0, created: 0, deleted: 0 } });
    expect(await t.db.measurement.findMany({ where: { teamId: world.teamA.id } })).toEqual(rows);
    expect(await t.db.auditEvent.count()).toBe(audits);
    // A denominator without a numerator in an empty cell is still an error, not a deletion.
    expect(await save([cell(6, "", "10")])).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "cellErrors", fieldErrors: { "cells.0.numerator": ["numeratorRequired"] }, values: { count: 1 } });
  });

  it("deletes nothing when another cell of the batch has an error", async () => {
    expect(await save([cell(4, "3", "10")])).toMatchObject({ ok: true });
    const audits = await t.db.auditEvent.count();
    const result = await save([cell(4, ""), cell(5, "11", "10")]);
    expect(result).toEqual({ ok: false, code: "RULE_VIOLATION", rule: "cellErrors", fieldErrors: { "cells.1.numerator": ["numeratorAboveDenominator"] }, values: { count: 1 } });
    expect(await valueAt(4)).toMatchObject({ numerator: 3, denominator: 10 });
    expect(await valueAt(5)).toBeNull();
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("refuses clearing the same cell twice, another team's measure, and writers outside the team", async () => {
    expect(await save([cell(4, ""), cell(4, "2", "10")])).toMatchObject({ ok: false, fieldErrors: { "cells.0.period": ["duplicateEntry"] } });
    const other = await t.db.measure.create({ data: { teamId: world.teamB.id, name: "B's own", type: "PROCESS", kind: "COUNT", frequency: "WEEKLY" } });
    await t.db.measurement.create({ data: { measureId: other.id, teamId: world.teamB.id, periodStart: weeksAgo(4), numerator: 1 } });
    expect(await save([{ measureId: other.id, period: isoDay(weeksAgo(4)), numerator: "" }])).toMatchObject({ ok: false, fieldErrors: { "cells.0.measure": ["unknownMeasure"] } });
    expect(await save([cell(4, "")], world.contactB)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await save([cell(4, "")], world.patientA)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await valueAt(4)).not.toBeNull();
    expect(await t.db.measurement.count({ where: { measureId: other.id } })).toBe(1);
  });
});
