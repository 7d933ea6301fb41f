// The process tests/integration/faults.test.ts kills with SIGKILL: it runs the app's real actions
// through the app's own database client (lib/db/prisma: WAL, synchronous NORMAL on SQLite) and
// prints a line for every acknowledged write, as a browser would see its answer.
import { writeSync } from "node:fs";
import { executeAction } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { importMeasurementsConfig, saveMeasurementsConfig } from "@/lib/measurements/action-configs";

type Job =
  | { mode: "saves"; user: CurrentUser; teamId: string; measureId: string; periods: string[] }
  | { mode: "import"; user: CurrentUser; teamId: string; csv: string };

const say = (line: string) => writeSync(1, `${line}\n`);
const job = JSON.parse(process.argv[2]) as Job;
// Let the app client's pragmas settle before the first write.
await prisma.$queryRawUnsafe("SELECT 1");
await new Promise((resolve) => setTimeout(resolve, 100));

if (job.mode === "saves") {
  say("ready");
  for (const [index, period] of job.periods.entries()) {
    const result = await executeAction(saveMeasurementsConfig, { db: prisma, user: job.user }, { teamId: job.teamId, cells: [{ measureId: job.measureId, period, numerator: String(index % 10), denominator: "10" }] });
    if (!result.ok) throw new Error(JSON.stringify(result));
    say(`ack ${period} ${index % 10}`);
  }
} else {
  say("ready");
  const result = await executeAction(importMeasurementsConfig, { db: prisma, user: job.user }, { teamId: job.teamId, csv: job.csv, confirm: true });
  say(result.ok ? `done ${result.data.written}` : `refused ${JSON.stringify(result)}`);
}
await prisma.$disconnect();
