// The CI's dependency audit (issue 16): `npm audit` fails on high or critical advisories when it can
// reach an advisory database, and reports "audit unavailable" without failing when it cannot (these
// machines reach the npm registry's packages but not its advisory endpoint).
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8", timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || "{}");
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? run.error?.message ?? (run.stderr || "").split("\n").find(Boolean) ?? "no answer";
  console.log(`audit unavailable: ${reason}`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`);
process.exit(serious > 0 ? 1 : 0);
