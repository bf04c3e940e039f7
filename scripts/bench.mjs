#!/usr/bin/env node
// `npm run bench`: builds the app, a bare Next.js page (the framework floor) and a harness copy
// of the app (the real catalog table with 2,000 synthetic models), then measures
//   1. first-load JS per route (build stats, gzip + raw) and its ratio to the bare page;
//   2. Lighthouse mobile, median of 3 runs per page, at the default 4× CPU slowdown and at 6×,
//      the bare page before and after the app's pages (ratios use the mean of the two);
//   2b. the main thread during load in thread CPU time (scripts/bench/main-thread.mjs): a
//      low-noise companion to Lighthouse's TBT, with where the blocking time goes;
//   3. interactions in Chromium: header click → re-sorted table (real catalog and 2,000 rows),
//      slider input → updated figures (calculator);
//   4. throughput: autocannon against `next start` and a static server with the same HTML;
//   4b. proxy: the same through nginx in front of two `next start` processes (deploy/nginx.conf,
//      scripts/bench/proxy.mjs): default views and repeated permalinks, with the cache's hit ratio;
//   5. "Your bill": the 100,000-row usage CSV parsed and repriced in Node (scripts/bench/usage.mjs,
//      time and peak memory), and in Chromium the main thread's longest task while /usage reads it
//      (scripts/bench/usage-browser.mjs). Both also run on their own.
// Prints a table and writes docs/benchmarks.md. Timings are reported, never asserted: the only
// assertions live in `npm test` (byte budgets, scripts/check-budgets.mjs).
//
// Options: --skip-build (reuse .next, .next/bench-bare, .next/bench-harness where they exist)
//          --only=sizes,lighthouse,mainthread,interaction,throughput,proxy,usage   --runs=3   --duration=20
//          --connections=100   --port=3206 (uses port … port+7)   --urls=/,/sources (a subset)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { securityHeaders } from "../next.config.mjs";
import { measureSlider, measureSort, withBrowser } from "./bench/interaction.mjs";
import { lighthouse, LIGHTHOUSE_VERSION } from "./bench/lighthouse.mjs";
import { measureMainThread } from "./bench/main-thread.mjs";
import { measureProxy } from "./bench/proxy.mjs";
import { combineBare, renderReport } from "./bench/report.mjs";
import { discoverRoutes, PROXY_PERMALINKS } from "./bench/routes.mjs";
import { snapshotResponses, startNext, startStaticServer } from "./bench/servers.mjs";
import { measureRouteSizes } from "./bench/sizes.mjs";
import { autocannon, AUTOCANNON_VERSION, cpuSeconds, WARMUP } from "./bench/throughput.mjs";
import { measureUsageInBrowser } from "./bench/usage-browser.mjs";
import { loadUsageLib } from "./usage/load-lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? true];
  }),
);
const only = new Set(String(args.only ?? "sizes,lighthouse,mainthread,interaction,throughput,proxy,usage").split(","));
/** Lighthouse's default mobile CPU slowdown, and a slower phone's (issue 15). */
const SLOW_CPU = 6;
/** Loads per URL for the main-thread section: cheap (~4 s each) and its medians settle by 5. */
const MAIN_THREAD_RUNS = 5;
const RUNS = Number(args.runs ?? 3);
const DURATION = Number(args.duration ?? 20);
const CONNECTIONS = Number(args.connections ?? 100);
const PORT = Number(args.port ?? process.env.BENCH_PORT ?? 3206);
const PORTS = {
  app: PORT,
  static: PORT + 1,
  harness: PORT + 2,
  bare: PORT + 3,
  control: PORT + 4,
  proxy: PORT + 5,
  upstreams: [PORT + 6, PORT + 7],
};
/** Pins "today" like the e2e tests, so lifecycle badges (and page weight) do not drift. */
const TODAY = process.env.NAVIGATOR_TODAY ?? "2026-11-25";
const BARE_DIR = "scripts/bench/bare-app";
const BARE_DIST = "../../../.next/bench-bare"; // relative to BARE_DIR; see its next.config.mjs
const HARNESS_URL = "/bench-harness/catalog?rows=2000";
/** The "Your bill" bench's usage CSV export (issue 17: parse + reprice under 2 s). */
const USAGE_ROWS = 100_000;
const OUT_DIR = path.join(root, "reports/bench");

const log = (...m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);
const next = (cwd, env = {}) =>
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NAVIGATOR_TODAY: TODAY, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });

/** `next build` rewrites these for a non-default distDir; the harness build must leave no trace. */
function preserving(files, fn) {
  const saved = files.map((f) => [f, fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f)) : null]);
  try {
    return fn();
  } finally {
    for (const [f, buf] of saved) if (buf) fs.writeFileSync(path.join(root, f), buf);
  }
}

/**
 * The app, then the bare page and the harness (both inside .next, which the app's build empties),
 * each only when a selected section uses it: the bare page for sizes and Lighthouse, the harness
 * for the interactions.
 */
function build({ reuse, bare = true, harness = true }) {
  const exists = (f) => fs.existsSync(path.join(root, f));
  const times = { appSeconds: 0, extraSeconds: 0 };
  let t = Date.now();
  if (!reuse || !exists(".next/BUILD_ID")) {
    log("next build (the app)…");
    next(root);
    times.appSeconds = (Date.now() - t) / 1000;
  }
  t = Date.now();
  if (bare && (!reuse || !exists(".next/bench-bare/BUILD_ID"))) {
    log("next build (bare page)…");
    next(path.join(root, BARE_DIR));
  }
  if (harness && (!reuse || !exists(".next/bench-harness/BUILD_ID"))) {
    log("next build (harness: catalog table with synthetic rows)…");
    preserving(["tsconfig.json", "next-env.d.ts"], () => next(root, { NAVIGATOR_BENCH_HARNESS: "1" }));
  }
  times.extraSeconds = (Date.now() - t) / 1000;
  return times;
}

function machine() {
  let chromium = "";
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], {
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
  } catch {
    chromium = "not found";
  }
  let commit = "";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
  } catch {
    /* not a git checkout */
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    memGb: Math.round(os.totalmem() / 2 ** 30),
    loadAvg: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" "),
    chromium,
    commit,
    lighthouse: LIGHTHOUSE_VERSION,
    autocannon: AUTOCANNON_VERSION,
  };
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const result = { machine: machine(), options: { runs: RUNS, duration: DURATION, connections: CONNECTIONS, today: TODAY } };
  result.build = build({
    reuse: Boolean(args["skip-build"]),
    bare: only.has("sizes") || only.has("lighthouse") || only.has("mainthread"),
    harness: only.has("interaction"),
  });

  const found = discoverRoutes(root);
  const subset = args.urls ? new Set(String(args.urls).split(",")) : null;
  const pick = (list) => (subset ? list.filter((p) => subset.has(p.url) || subset.has(p.route)) : list);
  const pages = pick(found.pages);
  const handlers = pick(found.handlers);
  const missing = found.missing;
  if (missing.length) log(`no sample URL for dynamic route(s) ${missing.join(", ")}: add them to scripts/bench/routes.mjs`);
  result.missing = missing;

  if (only.has("sizes")) {
    const sizes = measureRouteSizes(root);
    const bare = measureRouteSizes(path.join(root, BARE_DIR), BARE_DIST).find((s) => s.route === "/");
    result.sizes = { routes: sizes, bare };
    log("sizes done");
  }

  const needsServer = ["lighthouse", "mainthread", "interaction", "throughput", "usage"].some((s) => only.has(s));
  const app = needsServer ? await startNext({ projectDir: root, port: PORTS.app, env: { NAVIGATOR_TODAY: TODAY }, log }) : null;
  try {
    if (only.has("lighthouse") || only.has("mainthread")) {
      // The framework floor on this machine: a bare Next.js page measured the same ways in the same run.
      const bare = await startNext({ projectDir: path.join(root, BARE_DIR), port: PORTS.bare, log });
      const barePage = { route: "bare", url: "/", label: "bare Next.js page" };
      try {
        if (only.has("lighthouse")) {
          const outDir = path.join(OUT_DIR, "lighthouse");
          const measure = (url, dir, cpuSlowdown) => lighthouse(url, { runs: RUNS, outDir: dir, log, cpuSlowdown });
          // The bare page before and after the app's pages, in both profiles: the ratios use the mean
          // of the two, and the report flags a run whose load changed between them (report.mjs).
          const measureBare = async (when) => {
            log(`lighthouse bare page ${when} the pages ×${RUNS}, 4× and ${SLOW_CPU}× CPU…`);
            const dir = path.join(outDir, `bare-${when}`);
            return { fast: await measure(`${bare.url}/`, dir), slow: await measure(`${bare.url}/`, dir, SLOW_CPU) };
          };
          const bareBefore = await measureBare("before");
          result.lighthouse = [];
          result.lighthouseSlow = [];
          for (const p of pages) {
            log(`lighthouse ${p.url} ×${RUNS}, 4× and ${SLOW_CPU}× CPU…`);
            result.lighthouse.push({ ...p, ...(await measure(app.url + p.url, outDir)) });
            result.lighthouseSlow.push({ ...p, ...(await measure(app.url + p.url, outDir, SLOW_CPU)) });
          }
          const bareAfter = await measureBare("after");
          result.lighthouseBare = { ...combineBare(bareBefore.fast, bareAfter.fast), ...barePage };
          result.lighthouseBareSlow = { ...combineBare(bareBefore.slow, bareAfter.slow), ...barePage };
          result.lighthouseSlowCpu = SLOW_CPU;
        }
        if (only.has("mainthread")) {
          log(`main thread during load: ${pages.length + 1} URLs ×${MAIN_THREAD_RUNS}, with JavaScript and without…`);
          result.mainThread = await measureMainThread(
            [...pages.map((p) => ({ ...p, url: app.url + p.url })), { ...barePage, url: `${bare.url}/` }],
            { runs: MAIN_THREAD_RUNS, contentFloor: true, log },
          );
        }
      } finally {
        await bare.stop();
      }
    }

    if (only.has("interaction")) {
      const harness = await startNext({
        projectDir: root,
        port: PORTS.harness,
        env: { NAVIGATOR_TODAY: TODAY, NAVIGATOR_BENCH_HARNESS: "1" },
        log,
      });
      try {
        result.interaction = await withBrowser(async (browser) => {
          const out = [];
          log("interaction: sort, real catalog…");
          out.push({ name: "Sort the catalog (real data)", target: "sort", ...(await measureSort(browser, `${app.url}/`)) });
          log("interaction: sort, 2,000 synthetic models…");
          out.push({
            name: "Sort 2,000 synthetic models",
            target: "sort2000",
            ...(await measureSort(browser, harness.url + HARNESS_URL)),
          });
          if (pages.some((p) => p.route === "/calculator")) {
            log("interaction: calculator slider…");
            // Every model shown (retired ones and snapshots too): the calculator's heaviest table.
            out.push({
              name: "Calculator slider step",
              target: "slider",
              ...(await measureSlider(browser, `${app.url}/calculator?retired=1&snap=1`)),
            });
          }
          return out;
        });
      } finally {
        await harness.stop();
      }
    }

    if (only.has("usage")) result.usage = await measureUsage(app.url);

    if (only.has("throughput")) {
      const targets = [...pages, ...handlers];
      const files = await snapshotResponses(
        app.url,
        targets.map((t) => t.url),
        path.join(OUT_DIR, "html"),
      );
      const headers = Object.fromEntries(securityHeaders.map((h) => [h.key, h.value]));
      const stat = await startStaticServer({ port: PORTS.static, files, headers });
      try {
        result.throughput = [];
        for (const t of targets) {
          log(`autocannon -c ${CONNECTIONS} -d ${DURATION} ${t.url} (next start, then static)…`);
          await autocannon(app.url + t.url, WARMUP);
          const cpuBefore = cpuSeconds(app.pid);
          const nextRun = await autocannon(app.url + t.url, { connections: CONNECTIONS, duration: DURATION });
          nextRun.cpuMsPerRequest = nextRun.total ? ((cpuSeconds(app.pid) - cpuBefore) * 1000) / nextRun.total : null;
          await autocannon(stat.url + t.url, WARMUP);
          const staticRun = await autocannon(stat.url + t.url, { connections: CONNECTIONS, duration: DURATION });
          result.throughput.push({ ...t, next: nextRun, static: staticRun, ratio: nextRun.rps / staticRun.rps });
        }
        result.throughputControl = await measureControl(files, headers, result.throughput);
      } finally {
        await stat.stop();
      }
    }
  } finally {
    await app?.stop();
  }

  if (only.has("proxy")) {
    execFileSync("bash", [path.join(root, "scripts/ensure-nginx.sh")], { stdio: "inherit" });
    const targets = [
      ...pages.filter((p) => !p.url.includes("?")).map((p) => ({ ...p, kind: "default" })),
      ...[...pages.filter((p) => p.url.includes("?")), ...pick(PROXY_PERMALINKS)].map((p) => ({ ...p, kind: "permalink" })),
    ];
    result.proxy = await measureProxy({
      root,
      targets,
      ports: { proxy: PORTS.proxy, upstreams: PORTS.upstreams, static: PORTS.static },
      today: TODAY,
      connections: CONNECTIONS,
      duration: DURATION,
      // The static server's runs of the throughput section, when it ran: the same run's ceiling.
      staticRuns: new Map((result.throughput ?? []).map((t) => [t.url, t.static])),
      headers: Object.fromEntries(securityHeaders.map((h) => [h.key, h.value])),
      log,
    });
  }

  result.machine.loadAvgAfter = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
  fs.writeFileSync(path.join(OUT_DIR, "result.json"), JSON.stringify(result, null, 2));
  const { markdown, console: table } = renderReport(result);
  fs.mkdirSync(path.join(root, "docs"), { recursive: true });
  fs.writeFileSync(path.join(root, "docs/benchmarks.md"), markdown);
  console.log(table);
  log("wrote docs/benchmarks.md and reports/bench/result.json");
}

/**
 * The usage import, in Node (its own process, so its peak memory is its own) and in Chromium
 * against the app: the same generated CSV export.
 */
async function measureUsage(appUrl) {
  log(`usage import: ${USAGE_ROWS.toLocaleString("en-US")} CSV rows in Node…`);
  const out = execFileSync(process.execPath, ["scripts/bench/usage.mjs", "--rows", String(USAGE_ROWS), "--json"], {
    cwd: root,
    env: { ...process.env, NAVIGATOR_TODAY: TODAY },
  });
  const node = JSON.parse(out.toString().trim().split("\n").pop());
  log("usage import: the same file on /usage in Chromium…");
  const csv = (await loadUsageLib()).benchUsageCsv(USAGE_ROWS);
  const browser = await withBrowser((b) => measureUsageInBrowser(b, `${appUrl}/usage`, csv));
  return { node, browser };
}

/**
 * The costliest page's bytes from a plain Node server that burns the same CPU per request as
 * `next start` did for it: does a single Node process at that cost survive the connection burst?
 */
async function measureControl(files, headers, runs) {
  const worst = runs
    .filter((t) => t.next.cpuMsPerRequest != null)
    .sort((a, b) => b.next.cpuMsPerRequest - a.next.cpuMsPerRequest)[0];
  if (!worst) return null;
  const cpuMs = Math.round(worst.next.cpuMsPerRequest);
  log(`control: plain Node burning ${cpuMs} ms per request, serving ${worst.url}…`);
  const control = await startStaticServer({ port: PORTS.control, files, headers, cpuMsPerRequest: cpuMs });
  try {
    await autocannon(control.url + worst.url, WARMUP);
    return {
      url: worst.url,
      cpuMs,
      run: await autocannon(control.url + worst.url, { connections: CONNECTIONS, duration: DURATION }),
    };
  } finally {
    await control.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
