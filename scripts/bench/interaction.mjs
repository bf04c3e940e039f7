// Interaction timings in Chromium (Debian's, through Playwright), unthrottled, desktop viewport.
// Each sample is one real input event (CDP-dispatched, so isTrusted) and is measured two ways:
//  - Performance API in the page: event.timeStamp → last DOM mutation of the watched region
//    (React's commit) and → the next frame (rAF, then a task: style, layout and paint are done);
//  - Chrome's own main-thread counters (CDP Performance.getMetrics) before and after the
//    interaction: ScriptDuration is the "scripting" time, plus style recalc and layout.
// Nothing from Playwright runs in the page between the two counter reads (no locator actions,
// no polling), so the counters hold only what the interaction caused.
import { chromium } from "@playwright/test";

import { median } from "./lighthouse.mjs";

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
/** Quiet time after an interaction before reading the counters: nuqs writes the URL (throttled) after ~50 ms. */
const SETTLE_MS = 400;
const WARMUP = 2;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function counters(m) {
  const get = (name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  return {
    script: get("ScriptDuration"),
    layout: get("LayoutDuration"),
    style: get("RecalcStyleDuration"),
    task: get("TaskDuration"),
  };
}

/** Installs the in-page probe for one sample: first `eventType` event → mutations under `root`. */
function arm(page, root, eventType) {
  return page.evaluate(
    ([sel, type]) => {
      const target = document.querySelector(sel) ?? document.body;
      const s = { t0: null, first: null, last: null, frame: null, mutations: 0 };
      const onEvent = (e) => {
        if (s.t0 === null) s.t0 = e.timeStamp;
      };
      const mo = new MutationObserver((records) => {
        if (s.t0 === null) return;
        const now = performance.now();
        s.mutations += records.length;
        s.last = now;
        if (s.first === null) {
          s.first = now;
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => (s.frame = performance.now());
            ch.port2.postMessage(0);
          });
        }
      });
      window.addEventListener(type, onEvent, { capture: true });
      mo.observe(target, { subtree: true, childList: true, characterData: true });
      window.__benchSample = s;
      window.__benchStop = () => {
        window.removeEventListener(type, onEvent, { capture: true });
        mo.disconnect();
      };
    },
    [root, eventType],
  );
}

async function sample(page, cdp, { root, eventType, act }) {
  await arm(page, root, eventType);
  const before = counters(await cdp.send("Performance.getMetrics"));
  await act();
  await sleep(SETTLE_MS);
  const after = counters(await cdp.send("Performance.getMetrics"));
  const s = await page.evaluate(() => {
    window.__benchStop();
    const { t0, first, last, frame, mutations } = window.__benchSample;
    return { t0, first, last, frame, mutations };
  });
  if (s.t0 === null || s.first === null) return null; // nothing happened: not a sample
  return {
    toDom: s.last - s.t0,
    toFrame: s.frame === null ? null : s.frame - s.t0,
    script: (after.script - before.script) * 1000,
    style: (after.style - before.style) * 1000,
    layout: (after.layout - before.layout) * 1000,
    mutations: s.mutations,
  };
}

function summarize(samples) {
  const ok = samples.filter(Boolean);
  const pick = (k) => median(ok.map((x) => x[k]));
  return {
    samples: ok.length,
    toDom: pick("toDom"),
    toFrame: pick("toFrame"),
    script: pick("script"),
    style: pick("style"),
    layout: pick("layout"),
  };
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return { context, page, cdp };
}

/** Header click → re-sorted table. Cycles one column through ascending, descending and unsorted. */
export async function measureSort(browser, url, { header = /^Input \$\/1M/, samples = 9 } = {}) {
  const { context, page, cdp } = await openPage(browser, url);
  try {
    const button = page.getByRole("columnheader", { name: header }).getByRole("button");
    const rows = await page.locator("table tbody tr").count();
    // The first click proves hydration (the URL only changes once React handles it).
    await button.click();
    await page.waitForURL(/sort=/, { timeout: 60_000 });
    const box = await button.boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const results = [];
    const states = [];
    for (let i = 0; i < WARMUP + samples; i++) {
      const r = await sample(page, cdp, { root: "table tbody", eventType: "click", act: () => page.mouse.click(x, y) });
      states.push(await page.locator("th[aria-sort]:not([aria-sort='none'])").count());
      if (i >= WARMUP) results.push(r);
    }
    return { url, rows, ...summarize(results), sortedStatesSeen: new Set(states).size > 1 };
  } finally {
    await context.close();
  }
}

/**
 * Slider input event → updated figures. Arrow keys move a native range input one step; the
 * watched region is the results table (the chart beside it updates later, deferred on purpose,
 * and only shows in the Scripting counter).
 */
export async function measureSlider(
  browser,
  url,
  { slider: sliderName = /^Input tokens per day/, figures = /Cost of the workload/, samples = 9 } = {},
) {
  const { context, page, cdp } = await openPage(browser, url);
  try {
    let slider = page.getByRole("slider", { name: sliderName });
    if (!(await slider.count())) slider = page.getByRole("slider").first();
    if (!(await slider.count())) return { url, skipped: "no slider on the page" };
    const name = await slider.evaluate((el) => el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.id);
    const table = page.getByRole("table", { name: figures });
    const root = (await table.count()) ? "[data-bench-figures]" : "main";
    if (root !== "main") await table.evaluate((el) => el.setAttribute("data-bench-figures", ""));
    await slider.focus();
    const results = [];
    for (let i = 0; i < WARMUP + samples; i++) {
      // Alternate directions so the value stays mid-range (no clamping at an end).
      const key = i % 2 ? "ArrowLeft" : "ArrowRight";
      const r = await sample(page, cdp, { root, eventType: "input", act: () => page.keyboard.press(key) });
      if (i >= WARMUP) results.push(r);
    }
    const rows = root === "main" ? null : await table.getByRole("rowheader").count();
    return { url, slider: name?.trim(), rows, ...summarize(results) };
  } finally {
    await context.close();
  }
}

export async function withBrowser(fn) {
  const browser = await chromium.launch(LAUNCH);
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}
