#!/usr/bin/env node
/**
 * "Your bill" in Chromium: the main thread while /usage reads the bench's 100,000-row usage CSV
 * export (lib/usage/samples.ts, benchUsageCsv) in its Web Worker. For each run, from choosing
 * the file to the figures on screen: the wall time, and every main-thread task of 50 ms or more
 * (the Long Tasks API; the target is that there is none). The first run is cold (the worker's
 * code is fetched then); later runs reuse the page. Reported, never asserted.
 *
 * Used by `npm run bench` (scripts/bench.mjs). Standalone, against a running production server
 * or one it starts (needs `next build` first):
 *
 *   node scripts/bench/usage-browser.mjs [--url http://127.0.0.1:3215] [--rows 100000] [--runs 3] [--json]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { median } from "./lighthouse.mjs";

export const LONG_TASK_TARGET_MS = 50;
/** Quiet time after the figures appear: a task that finishes the render still counts. */
const SETTLE_MS = 500;

async function oneRun(page, file) {
  const name = path.basename(file);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__usageBench = { tasks: [], t0: null, t1: null };
    // One observer for the page's life; each run starts a new list.
    if (!w.__usageBenchObserver) {
      w.__usageBenchObserver = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__usageBench.tasks.push({ start: e.startTime, duration: e.duration });
      });
      w.__usageBenchObserver.observe({ type: "longtask" });
    }
    const input = document.querySelector('input[type="file"]');
    input?.addEventListener("change", () => (w.__usageBench.t0 ??= performance.now()), { capture: true, once: true });
  });
  // A path, not a buffer: Playwright would build a buffer's File in the page, on the main
  // thread being measured; a file on disk reaches the page as the browser's own File.
  await page.getByLabel("Choose files").setInputFiles(file);
  const source = page.getByText(new RegExp(`^From ${name.replace(".", "\\.")} \\(usage CSV export`));
  await source.waitFor({ timeout: 120_000 });
  await page.evaluate(() => (window.__usageBench.t1 = performance.now()));
  await page.waitForTimeout(SETTLE_MS);
  const { tasks, t0, t1 } = await page.evaluate(() => window.__usageBench);
  const during = tasks.filter((t) => t.start + t.duration >= t0);
  return {
    toFiguresMs: t1 - t0,
    longestTaskMs: during.length ? Math.max(...during.map((t) => t.duration)) : null,
    longTasks: during.length,
    at: during.map((t) => `${Math.round(t.start - t0)}+${Math.round(t.duration)}`).join(" "),
    blockingMs: during.reduce((s, t) => s + Math.max(0, t.duration - LONG_TASK_TARGET_MS), 0),
  };
}

/**
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url the /usage page
 * @param {string} csv the export to read
 */
export async function measureUsageInBrowser(browser, url, csv, { runs = 3 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "usage-bench-"));
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
    const results = [];
    for (let i = 0; i < runs; i++) {
      // Another name each run, so the page's "From <file>" line tells the runs apart.
      const file = path.join(dir, `bench-usage-${i + 1}.csv`);
      fs.writeFileSync(file, csv);
      results.push(await oneRun(page, file));
    }
    const warm = results.length > 1 ? results.slice(1) : results;
    return {
      url,
      csvMB: Number((Buffer.byteLength(csv) / 2 ** 20).toFixed(1)),
      runs: results,
      coldToFiguresMs: results[0].toFiguresMs,
      toFiguresMs: median(warm.map((r) => r.toFiguresMs)),
      /** The longest main-thread task over every run (null: none reached 50 ms). */
      longestTaskMs: results.some((r) => r.longestTaskMs !== null) ? Math.max(...results.map((r) => r.longestTaskMs ?? 0)) : null,
      longTasks: results.reduce((n, r) => n + r.longTasks, 0),
      targetMs: LONG_TASK_TARGET_MS,
    };
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const { loadUsageLib } = await import("../usage/load-lib.mjs");
  const { withBrowser } = await import("./interaction.mjs");
  const { startNext } = await import("./servers.mjs");
  const rows = Number(arg("--rows", 100_000));
  const csv = (await loadUsageLib()).benchUsageCsv(rows);
  let server = null;
  let base = arg("--url", null);
  if (!base) {
    server = await startNext({ projectDir: root, port: Number(arg("--port", 3216)), env: { NAVIGATOR_TODAY: "2026-11-25" } });
    base = server.url;
  }
  try {
    const r = await withBrowser((b) => measureUsageInBrowser(b, `${base}/usage`, csv, { runs: Number(arg("--runs", 3)) }));
    if (process.argv.includes("--json")) console.log(JSON.stringify(r));
    else {
      const f = (x) => (x === null ? "none ≥ 50" : x.toFixed(0));
      console.log(`/usage in Chromium, ${rows.toLocaleString("en-US")} CSV rows (${r.csvMB} MB)`);
      for (const [i, x] of r.runs.entries())
        console.log(
          `  run ${i + 1}${i ? "" : " (cold)"}: file chosen → figures ${x.toFiguresMs.toFixed(0)} ms; longest main-thread task ${f(x.longestTaskMs)} ms (${x.longTasks} long tasks, ${x.blockingMs.toFixed(0)} ms blocking) [${x.at}] figures at ${x.toFiguresMs.toFixed(0)}`,
        );
      console.log(
        `  longest task over all runs: ${f(r.longestTaskMs)} ms (target: none over ${r.targetMs} ms: ${r.longestTaskMs === null || r.longestTaskMs <= r.targetMs ? "met" : "missed"})`,
      );
    }
  } finally {
    await server?.stop();
  }
}
