// Byte budgets per route (scripts/budgets.json) against the current build in .next.
// Deterministic: reads the build's route bundle stats and gzips the chunks; no timing here
// (timings are only reported by `npm run bench`). One check per route; writes
// reports/budgets.json for scripts/summarize-tests.mjs and exits non-zero on any failure.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { kB, measureRouteSizes } from "./bench/sizes.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const budgets = JSON.parse(fs.readFileSync(path.join(root, "scripts/budgets.json"), "utf8"));
const lazyAllowed = new Set(budgets.lazyRechartsAllowed ?? []);

/**
 * The public path a route is served at: today's prerendered copies under /day/[day]/ (proxy.ts,
 * lib/url/day-path.ts) are the same page as their public path, under the same budget.
 */
export function budgetRoute(route) {
  if (route === "/day/[day]") return "/";
  return route.startsWith("/day/[day]/") ? route.slice("/day/[day]".length) : route;
}

/** @returns {{ route: string, ok: boolean, detail: string }[]} */
export function checkBudgets(sizes) {
  const results = sizes.map((s) => {
    const key = budgetRoute(s.route);
    const budget = budgets.routes[key];
    const problems = [];
    if (!budget) problems.push(`no budget in scripts/budgets.json (measured ${kB(s.gzip)} kB gzip, ${kB(s.raw)} kB raw)`);
    else {
      if (s.gzip > budget.gzip) problems.push(`${kB(s.gzip)} kB gzip > budget ${kB(budget.gzip)} kB`);
      if (s.raw > budget.raw) problems.push(`${kB(s.raw)} kB raw > budget ${kB(budget.raw)} kB`);
    }
    if (s.firstLoadRecharts) problems.push("recharts is in the first-load JS (load charts with next/dynamic)");
    if (s.lazyRecharts && !lazyAllowed.has(key)) problems.push("loads recharts but is not a chart route");
    const detail = problems.length
      ? problems.join("; ")
      : `${kB(s.gzip)}/${kB(budget.gzip)} kB gzip, ${kB(s.raw)}/${kB(budget.raw)} kB raw`;
    return { route: s.route, ok: problems.length === 0, detail };
  });
  // A budgeted route that no longer exists is stale configuration, not a failure of the app.
  const built = new Set(sizes.map((s) => budgetRoute(s.route)));
  const stale = Object.keys(budgets.routes).filter((r) => !built.has(r));
  return { results, stale };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let results;
  let stale = [];
  try {
    ({ results, stale } = checkBudgets(measureRouteSizes(root)));
  } catch (e) {
    results = [{ route: "(build)", ok: false, detail: e.message }];
  }
  for (const r of results) console.log(`${r.ok ? "  ✓" : "  ✘"} budget ${r.route}: ${r.detail}`);
  for (const r of stale) console.log(`  ! budget for ${r} matches no built route (remove it from scripts/budgets.json)`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  fs.mkdirSync(path.join(root, "reports"), { recursive: true });
  fs.writeFileSync(path.join(root, "reports/budgets.json"), JSON.stringify({ passed, failed, results, stale }, null, 2));
  console.log(`\n  budgets: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
