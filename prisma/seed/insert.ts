// Writes the demo rows table by table with createMany in chunks, inside one transaction, so a
// failed seed leaves nothing behind. Also the wipe used by `prisma/seed.ts --force`.
import type { Db, DbTransaction } from "../../lib/db/client";
import { TABLE_ORDER, type DemoData, type SeedSummary } from "./types";

const CHUNK = 500;

type CreateMany = { createMany(args: { data: unknown[] }): Promise<{ count: number }> };
type DeleteMany = { deleteMany(args?: object): Promise<{ count: number }> };

export async function insertDemoData(db: Db, data: DemoData): Promise<SeedSummary> {
  const summary = {} as SeedSummary;
  await db.$transaction(
    async (tx: DbTransaction) => {
      for (const table of TABLE_ORDER) {
        const rows = data[table] as unknown[];
        const delegate = tx[table] as unknown as CreateMany;
        let count = 0;
        for (let i = 0; i < rows.length; i += CHUNK) count += (await delegate.createMany({ data: rows.slice(i, i + CHUNK) })).count;
        summary[table] = count;
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return summary;
}

/** Every table of the schema, children before parents. */
const WIPE_ORDER = [
  "assessment",
  "actionPeriodReport",
  "seminarRegistration",
  "seminarMaterial",
  "agendaItem",
  "learningSeminar",
  "idea",
  "pdsaComment",
  "pdsaCycleMeasure",
  "pdsaPrediction",
  "pdsaCycle",
  "annotation",
  "teamMeasureSetting",
  "teamMeasureSummary",
  "measurement",
  "measure",
  "changeIdea",
  "driverNode",
  "teamMember",
  "team",
  "managerScope",
  "collaborativeStaff",
  "collaborative",
  "microsystemProfile",
  "microsystem",
  "auditEvent",
  "outboxMessage",
  "apiToken",
  "userInvite",
  "loginAttempt",
  "user",
  "organisation",
] as const;

/** Deletes every row of every table. Only for `prisma/seed.ts --force` on a demo database. */
export async function wipeDatabase(db: Db): Promise<void> {
  await db.$transaction(
    async (tx: DbTransaction) => {
      for (const table of WIPE_ORDER) await (tx[table] as unknown as DeleteMany).deleteMany({});
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
