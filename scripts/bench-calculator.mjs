#!/usr/bin/env node
// Benchmark (not a test): time from a slider's input event to the updated numbers on screen in
// the cost calculator, with the full catalog shown (retired models and snapshots included).
//
//   npm run bench:calculator                       # uses a server on $BENCH_PORT (3202) or starts one
//   npm run bench:calculator -- --url http://127.0.0.1:3100 --runs 60 --cpu 4
//
// Needs a production build (`npx next build`) when it has to start the server itself. The clock
// runs inside the page: dispatching `input` on the range → the results table's DOM changes
// ("numbers updated") → the next frame is painted ("on screen": a task posted from that frame's
// animation callback runs once it is painted). The chart follows later on purpose (deferred);
// its update is timed separately.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(process.env.BENCH_PORT ?? 3202);
const base = opt("url", `http://127.0.0.1:${port}`);
const runs = Number(opt("runs", 40));
const cpu = Number(opt("cpu", 1));
// Input is the chart's varied dimension by default (the chart only moves its marker); output
// changes every line of the chart as well.
const sliders = opt("slider", null) ? [opt("slider")] : ["Input tokens per day", "Output tokens per day"];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const require = createRequire(path.join(root, "package.json"));
const { chromium } = require("@playwright/test");

async function reachable(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Runs in the page: n input events on the marked slider, each timed to DOM, paint and chart. */
async function measure(n) {
  const slider = document.querySelector('[data-bench="slider"]');
  const table = document.querySelector('[data-bench="table"]');
  const chart = document.querySelector(".recharts-surface")?.closest(".recharts-wrapper") ?? document.body;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const afterPaint = () =>
    new Promise((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r(performance.now());
      ch.port2.postMessage(0);
    });
  const changed = (el) =>
    new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        mo.disconnect();
        resolve(performance.now());
      });
      mo.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  const out = [];
  const start = Number(slider.value);
  for (let i = 0; i < n; i++) {
    // Walk up and down two decades so every step changes the numbers.
    const step = i % 40 < 20 ? 1 : -1;
    const next = Math.min(Number(slider.max), Math.max(0, Number(slider.value) + step));
    await frame();
    const numbers = changed(table);
    const lines = changed(chart);
    const t0 = performance.now();
    setValue.call(slider, String(next));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    const tDom = await numbers;
    // The next animation frame, then a task queued from it: that task runs after the frame's paint.
    await frame();
    const tPaint = await afterPaint();
    const tChart = await Promise.race([lines, new Promise((r) => setTimeout(() => r(null), 2000))]);
    out.push({ dom: tDom - t0, paint: tPaint - t0, chart: tChart === null ? null : tChart - t0 });
  }
  setValue.call(slider, String(start));
  slider.dispatchEvent(new Event("input", { bubbles: true }));
  await new Promise((r) => setTimeout(r, 500));
  return out;
}

/** Runs in the page: the same clock around a trivial DOM change (what a frame costs here at all). */
async function baseline(n) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const afterPaint = () =>
    new Promise((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r(performance.now());
      ch.port2.postMessage(0);
    });
  const el = document.createElement("span");
  el.setAttribute("aria-hidden", "true");
  document.body.append(el);
  const out = [];
  for (let i = 0; i < n; i++) {
    await frame();
    const t0 = performance.now();
    el.textContent = String(i);
    await frame();
    out.push((await afterPaint()) - t0);
  }
  el.remove();
  return out;
}

function stats(xs) {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (!s.length) return "not observed";
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms · p95 ${q(0.95).toFixed(1)} ms · max ${s.at(-1).toFixed(1)} ms (n=${s.length})`;
}

let server = null;
if (!(await reachable(`${base}/calculator`))) {
  if (opt("url", null)) throw new Error(`No server at ${base}`);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("No server running and no production build: run `npx next build` first.");
    process.exit(1);
  }
  // The node binary directly (not npx), so killing this pid stops the server itself.
  server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 100 && !(await reachable(`${base}/calculator`)); i++) await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  if (cpu > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  }
  await page.goto(`${base}/calculator?retired=1&snap=1`, { waitUntil: "networkidle" });
  await page.locator(".recharts-surface").first().waitFor();
  const rowCount = await page
    .getByRole("table", { name: /Cost of the workload/ })
    .getByRole("rowheader")
    .count();
  await page.getByRole("table", { name: /Cost of the workload/ }).evaluate((el) => el.setAttribute("data-bench", "table"));
  console.log(
    `Calculator slider benchmark: ${base}/calculator?retired=1&snap=1, ${rowCount} model rows, ${runs} input events per slider, CPU slowdown ${cpu}×`,
  );

  console.log(`  baseline (a one-character DOM change → frame painted): ${stats(await page.evaluate(baseline, runs))}`);
  for (const name of sliders) {
    await page.locator("[data-bench=slider]").evaluateAll((els) => els.forEach((el) => el.removeAttribute("data-bench")));
    await page.getByRole("slider", { name }).evaluate((el) => el.setAttribute("data-bench", "slider"));
    const samples = await page.evaluate(measure, runs);
    console.log(`  "${name}"`);
    console.log(`    input event → numbers in the DOM : ${stats(samples.map((s) => s.dom))}`);
    console.log(`    input event → frame painted      : ${stats(samples.map((s) => s.paint))}`);
    console.log(`    input event → chart redrawn      : ${stats(samples.map((s) => s.chart))}`);
  }
} finally {
  await browser.close();
  if (server) server.kill();
}
