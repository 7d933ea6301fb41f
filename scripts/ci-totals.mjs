// Adds up the test results that .ci/run collected (Vitest and Playwright JSON reports) and prints
// them as one line "N passed, N failed". A suite whose report is missing counts as one failure.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir, failedStepsArg] = process.argv.slice(2);
const suites = [
  ["vitest-sqlite.json", "vitest"],
  ["vitest-pg.json", "vitest"],
  ["e2e.json", "playwright"],
];
let passed = 0;
let failed = 0;
for (const [file, kind] of suites) {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    console.log(`${file}: no report`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(full, "utf8"));
  let p;
  let f;
  if (kind === "vitest") {
    p = report.numPassedTests;
    f = report.numFailedTests + (report.numTotalTestSuites > 0 && report.numTotalTests === 0 ? 1 : 0);
  } else {
    p = report.stats.expected + report.stats.flaky;
    f = report.stats.unexpected;
  }
  console.log(`${file}: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
}
const failedSteps = Number(failedStepsArg ?? 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps > 0 ? 1 : 0);
