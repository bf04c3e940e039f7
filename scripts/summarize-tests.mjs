// Prints the closing "N passed, N failed" line from the unit, e2e and byte-budget JSON reports.
// A step that failed without producing a report (lint, typecheck, a crash) counts as one failure.
import fs from "node:fs";

const stepStatus = Number(process.argv[2] ?? 0);
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
const unit = read("reports/unit.json");
const e2e = read("reports/e2e.json");
const budgets = read("reports/budgets.json"); // scripts/check-budgets.mjs: one check per route

let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else failed += 1;
if (budgets) {
  passed += budgets.passed;
  failed += budgets.failed;
} else failed += 1;
if (stepStatus !== 0 && failed === 0) failed = 1; // lint or typecheck failed
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats.skipped ?? 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
