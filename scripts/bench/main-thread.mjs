// The browser's main thread while a page loads, in *thread CPU time*. Lighthouse times tasks by
// the wall clock, so on a shared machine another process's work inflates its TBT from run to run
// (±10 points of Performance here). A Chrome trace also records each task's thread time (`tdur`),
// which other processes do not inflate. This section reads it and reports:
//   - the CPU time of every main-thread task from navigation to 2 s after `load`;
//   - the longest task, and a blocking time computed the way Lighthouse simulates a slower CPU
//     (each task × the slowdown, minus 50 ms): a same-machine, low-noise companion to its TBT;
//   - where the blocking tasks' time went (tasks over 12.5 ms, which block at 4×): boot (script
//     evaluation: the framework's and the app's modules), rendering (HTML parsing, style, layout,
//     paint), the app running (hydration, effects, timers) and the rest (the browser's own work).
// Each load is a fresh browser (as Lighthouse does), on a phone-sized viewport; URLs are
// interleaved (A B C, A B C …) so a busy moment does not land on one page only.
// With `contentFloor`, each URL is also loaded with JavaScript off: the same server HTML and CSS,
// parsed, styled and laid out, and nothing else. That is the page's content floor, the blocking
// time no JavaScript change can remove; what the page blocks beyond it is its scripts' doing,
// and is what a bare Next.js page (no content at all) is fairly compared with.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

import { median } from "./lighthouse.mjs";

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
};
const SETTLE_MS = 2000;
export const SLOWDOWNS = [4, 6];
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];
const RENDER = new Set([
  "ParseHTML",
  "ParseAuthorStyleSheet",
  "UpdateLayoutTree",
  "Layout",
  "PrePaint",
  "Paint",
  "Layerize",
  "Commit",
]);
const BOOT = new Set(["EvaluateScript", "v8.compile", "v8.compileModule"]);
const SCRIPT = new Set(["FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "FireIdleCallback"]);
/** A task blocks at 4× once it is longer than 50 ms ÷ 4. */
const BLOCKING_AT_4X_MS = 12.5;

/**
 * @param {object[]} events a Chrome trace's events
 * @returns {{ tasks: number[], boot: number, render: number, script: number, other: number }} thread ms;
 *   the breakdown covers the tasks that block at 4× only
 */
export function mainThreadTasks(events) {
  // The renderer's main thread is the one that parsed the HTML and ran the scripts.
  const busy = new Map();
  for (const e of events)
    if (e.name === "EvaluateScript" || e.name === "ParseHTML")
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === "X" && typeof e.tdur === "number");
  const tasks = mine.filter((e) => e.name === "RunTask");
  const out = { tasks: tasks.map((t) => t.tdur / 1000), boot: 0, render: 0, script: 0, other: 0 };
  for (const task of tasks.filter((t) => t.tdur / 1000 > BLOCKING_AT_4X_MS)) {
    const end = task.ts + task.dur;
    // A task's direct children, by kind; what no child accounts for is the browser's own work.
    const inside = mine.filter((e) => e !== task && e.name !== "RunTask" && e.ts >= task.ts && e.ts + e.dur <= end);
    const direct = inside.filter(
      (e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
    );
    let accounted = 0;
    for (const e of direct) {
      const kind = BOOT.has(e.name) ? "boot" : RENDER.has(e.name) ? "render" : SCRIPT.has(e.name) ? "script" : "other";
      out[kind] += e.tdur / 1000;
      accounted += e.tdur / 1000;
    }
    out.other += Math.max(0, task.tdur / 1000 - accounted);
  }
  return out;
}

/** Σ max(0, task × slowdown − 50 ms): Lighthouse's TBT formula on thread time. */
export const blockingAt = (tasks, slowdown) => tasks.reduce((sum, t) => sum + Math.max(0, t * slowdown - 50), 0);

async function loadOnce(url, traceFile, javaScriptEnabled = true) {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(SETTLE_MS);
    await browser.stopTracing();
    return mainThreadTasks(JSON.parse(fs.readFileSync(traceFile, "utf8")).traceEvents);
  } finally {
    await browser.close();
  }
}

/** Median blocking per slowdown of some loads. */
const blockingOf = (loads) => Object.fromEntries(SLOWDOWNS.map((k) => [k, median(loads.map((x) => blockingAt(x.tasks, k)))]));

/**
 * @param {{ label: string, url: string }[]} targets absolute URLs
 * @param {{ runs?: number, contentFloor?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<object[]>} per target: medians of CPU, longest task, breakdown and blocking per
 *   slowdown; with `contentFloor`, also `floor`: the blocking per slowdown with JavaScript off
 */
export async function measureMainThread(targets, { runs = 5, contentFloor = false, log } = {}) {
  const traceFile = path.join(os.tmpdir(), `main-thread-${process.pid}.json`);
  const samples = new Map(targets.map((t) => [t.url, []]));
  const floors = new Map(targets.map((t) => [t.url, []]));
  for (let i = 0; i < runs; i++) {
    for (const t of targets) {
      samples.get(t.url).push(await loadOnce(t.url, traceFile));
      if (contentFloor) floors.get(t.url).push(await loadOnce(t.url, traceFile, false));
    }
    log?.(`main thread: round ${i + 1} of ${runs} done`);
  }
  fs.rmSync(traceFile, { force: true });
  return targets.map((t) => {
    const s = samples.get(t.url);
    const pick = (f) => median(s.map(f));
    return {
      ...(contentFloor ? { floor: blockingOf(floors.get(t.url)) } : {}),
      ...t,
      runs: s.length,
      cpu: pick((x) => x.tasks.reduce((a, b) => a + b, 0)),
      longest: pick((x) => Math.max(0, ...x.tasks)),
      boot: pick((x) => x.boot),
      render: pick((x) => x.render),
      script: pick((x) => x.script),
      other: pick((x) => x.other),
      blocking: blockingOf(s),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // node scripts/bench/main-thread.mjs http://localhost:3000/ http://localhost:3000/charts --runs=5 [--floor]
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 5);
  const contentFloor = args.includes("--floor");
  const urls = args.filter((a) => !a.startsWith("--"));
  const rows = await measureMainThread(
    urls.map((url) => ({ label: url, url })),
    { runs, contentFloor, log: console.error },
  );
  for (const r of rows)
    console.log(
      `${r.label.padEnd(44)} cpu ${r.cpu.toFixed(0)} ms  longest ${r.longest.toFixed(0)}  boot ${r.boot.toFixed(0)}  render ${r.render.toFixed(0)}  script ${r.script.toFixed(0)}  other ${r.other.toFixed(0)}  ` +
        SLOWDOWNS.map((k) => `blocking@${k}× ${r.blocking[k].toFixed(0)}`).join("  ") +
        (r.floor ? `  no-JS floor@4× ${r.floor[4].toFixed(0)}` : ""),
    );
}
