// Queues the monthly-report reminders (lib/reports/reminders.ts) and sends them when SMTP_URL is set.
// Meant for a daily cron, e.g. `0 7 * * * cd /srv/samspil && npm run reminders:reports`; running it
// more than once a day is harmless (each contact person gets each reminder at most once).
import { register } from "node:module";
import "dotenv/config";

// lib/ marks its server modules with `import "server-only"`, which throws outside Next's server
// bundles; this plain Node process is server-side too, so that import resolves to an empty module here.
const emptyServerOnly = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export{}", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyServerOnly)}`);

const { createPrisma } = await import("../lib/db/client");
const { queueReportReminders } = await import("../lib/reports/reminders");
const db = createPrisma();
try {
  const counts = await queueReportReminders(db);
  console.log(
    counts.kind
      ? `${counts.kind} ${counts.month}: ${counts.queued} queued, ${counts.skipped} already sent, ${counts.teams} teams without a report.`
      : `No report reminders today (${counts.month}).`,
  );
} finally {
  await db.$disconnect();
}
