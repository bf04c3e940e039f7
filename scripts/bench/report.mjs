// Turns the bench result into docs/benchmarks.md and a console table, and checks the targets.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TARGETS = {
  /** Lighthouse Performance at most this many points under the bare Next.js page's, same run and profile. */
  performanceBelowBare: 3,
  otherCategories: 100,
  cls: 0.01,
  /** TBT at most this multiple of the bare Next.js page's, same run and CPU profile (issue 15). */
  tbtVsBare: 1.5,
  /** The longest main-thread task during load at Lighthouse's 4× slowdown. */
  longestTaskMs: 200,
  catalogVsBare: 1.6,
  sliderScriptMs: 8,
  sort2000Ms: 30,
  throughputErrors: 0,
  proxyDefaultVsStatic: 0.8,
  proxyPermalinkVsStatic: 0.5,
  usageImportMs: 2000,
  usageLongTaskMs: 50,
};

const budgets = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../budgets.json"), "utf8"));
const kB = (b) => (b == null ? "–" : (b / 1000).toFixed(1));
const ms = (x, digits = 0) => (x == null ? "–" : x.toFixed(digits));
const num = (x) => (x == null ? "–" : String(x));
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const ok = (pass) => (pass == null ? "–" : pass ? "✅" : "❌");

/** The two bare-page TBTs may differ by this fraction of the lower one before the run is flagged. */
export const BARE_DRIFT_LIMIT = 0.25;
/** Lighthouse's medians that are averaged over the bare page's two measurements. */
const BARE_METRICS = ["performance", "accessibility", "bestPractices", "seo", "fcp", "lcp", "tbt", "cls", "longestTask"];
const mean = (a, b) => (a == null ? b : b == null ? a : (a + b) / 2);

/**
 * The bare page as the pages are judged against: measured once before and once after the app's
 * pages (scripts/bench.mjs), so a change of the machine's load during the run lands on both sides.
 * Each metric is the mean of the two measurements' medians; `before` and `after` are kept for the
 * report, and `drift` is how much the two TBTs differ (the larger ÷ the smaller − 1, null without both).
 */
export function combineBare(before, after) {
  const combined = { ...before, ...Object.fromEntries(BARE_METRICS.map((k) => [k, mean(before[k], after[k])])) };
  const range = [before.perfRange, after.perfRange].filter(Boolean);
  return {
    ...combined,
    runs: (before.runs ?? 0) + (after.runs ?? 0),
    perfRange: range.length ? [Math.min(...range.map((x) => x[0])), Math.max(...range.map((x) => x[1]))] : null,
    failing: Object.fromEntries(
      ["accessibility", "bestPractices", "seo"].map((c) => [
        c,
        [...new Set([...(before.failing?.[c] ?? []), ...(after.failing?.[c] ?? [])])],
      ]),
    ),
    errors: [...(before.errors ?? []), ...(after.errors ?? [])],
    before,
    after,
    drift: bareDrift(before.tbt, after.tbt),
  };
}

/** How much two TBTs differ: the larger ÷ the smaller − 1 (0 when both are 0, null if one is missing). */
export function bareDrift(a, b) {
  if (a == null || b == null) return null;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (hi === 0) return 0;
  return lo === 0 ? Infinity : hi / lo - 1;
}

/**
 * A sentence on the bare page's two measurements in one profile, with a warning when they differ
 * by more than BARE_DRIFT_LIMIT; null for a result with one measurement (older result files).
 */
export function bareDriftNote(bare, profile) {
  if (!bare?.before || !bare?.after) return null;
  const line = `Bare Next.js page (${profile}) before / after the app's pages: TBT ${ms(bare.before.tbt)} / ${ms(bare.after.tbt)} ms, Performance ${num(bare.before.performance)} / ${num(bare.after.performance)}; ratios use the mean, TBT ${ms(bare.tbt)} ms.`;
  if (bare.drift == null || bare.drift <= BARE_DRIFT_LIMIT) return line;
  const by = Number.isFinite(bare.drift) ? `${(bare.drift * 100).toFixed(0)} %` : "more than the lower figure";
  return `⚠️ ${line} They differ by ${by} (over ${BARE_DRIFT_LIMIT * 100} %): the machine's load changed during the run; ratios are less certain.`;
}

function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
    "\n",
  );
}

function consoleTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The Lighthouse profiles the run measured, each with its pages and its bare page. */
function lighthouseProfiles(r) {
  return [
    { cpu: 4, rows: r.lighthouse, bare: r.lighthouseBare },
    { cpu: r.lighthouseSlowCpu ?? 6, rows: r.lighthouseSlow, bare: r.lighthouseBareSlow },
  ].filter((p) => p.rows);
}

/** @returns {{ rows: string[][], failed: number }} one row per target: name, measured, verdict */
export function evaluateTargets(r) {
  const rows = [];
  const add = (name, measured, pass, note = "") => rows.push([name, measured, ok(pass), note]);
  for (const { cpu, rows: pages, bare } of lighthouseProfiles(r)) {
    const name = `${cpu}×`;
    const slow = cpu !== 4;
    for (const l of pages) {
      const cats = [l.accessibility, l.bestPractices, l.seo];
      const failing = [...l.failing.accessibility, ...l.failing.bestPractices, ...l.failing.seo].join(", ");
      const floor = bare?.performance == null ? null : bare.performance - TARGETS.performanceBelowBare;
      const perfMet = l.performance != null && floor != null && l.performance >= floor;
      // A missed score is read against the bare page's, measured the same way in the same run.
      const perfNote =
        perfMet || !bare ? "" : `LCP ${ms(l.lcp)} ms, TBT ${ms(l.tbt)} ms; bare Next.js page: ${num(bare.performance)}`;
      add(
        `Lighthouse ${l.label}${slow ? ` (${name})` : ""}`,
        `${num(l.performance)} / ${cats.map(num).join(" / ")}`,
        // Accessibility, best practices and SEO do not depend on the CPU: judged once.
        perfMet && (slow || cats.every((c) => c === TARGETS.otherCategories)),
        [slow ? "" : failing, perfNote].filter(Boolean).join("; "),
      );
      if (!slow) add(`CLS ${l.label}`, ms(l.cls, 3), l.cls != null && l.cls <= TARGETS.cls);
      const ratio = l.tbt != null && bare?.tbt ? l.tbt / bare.tbt : null;
      add(
        `TBT ${l.label} (${name})`,
        `${ms(l.tbt)} ms${ratio == null ? "" : ` (${ratio.toFixed(2)}× bare)`}`,
        ratio == null ? null : ratio <= TARGETS.tbtVsBare,
        ratio == null || ratio <= TARGETS.tbtVsBare ? "" : tbtNote(bare, r.mainThread, l),
      );
      if (!slow)
        add(
          `Longest task ${l.label} (4×)`,
          `${ms(l.longestTask)} ms`,
          l.longestTask == null ? null : l.longestTask <= TARGETS.longestTaskMs,
          l.longestTask == null || l.longestTask <= TARGETS.longestTaskMs || !bare
            ? ""
            : `bare Next.js page: ${ms(bare.longestTask)} ms`,
        );
    }
  }
  if (r.sizes) {
    const catalog = r.sizes.routes.find((s) => s.route === "/");
    if (catalog && r.sizes.bare) {
      const ratio = catalog.gzip / r.sizes.bare.gzip;
      add("Catalog first-load JS ÷ bare page (gzip)", `${ratio.toFixed(2)}×`, ratio <= TARGETS.catalogVsBare);
    }
  }
  for (const i of r.interaction ?? []) {
    if (i.target === "slider")
      add(
        "Slider step: input → figures updated (script)",
        i.skipped ?? `${ms(i.toDom, 1)} ms`,
        i.skipped ? null : i.toDom <= TARGETS.sliderScriptMs,
        i.skipped ? "" : `all main-thread scripting incl. the deferred chart: ${ms(i.script, 1)} ms`,
      );
    if (i.target === "sort2000")
      add(
        "Sort 2,000 rows: click → re-sorted table",
        `${ms(i.toDom, 1)} ms`,
        i.toDom != null && i.toDom <= TARGETS.sort2000Ms,
        `median of ${i.samples} clicks; 50 rows rendered; medians move ±5 ms between runs on this machine`,
      );
  }
  if (r.usage) {
    const n = r.usage.node;
    const b = r.usage.browser;
    add(
      `Your bill: parse + reprice ${n.rows.toLocaleString("en-US")} CSV rows (Node)`,
      `${n.totalMs} ms`,
      n.totalMs < TARGETS.usageImportMs,
      `CPU ${n.cpuMs} ms; peak RSS ${n.peakRssMB} MB`,
    );
    add(
      "Your bill: longest main-thread task while /usage reads it (Chromium)",
      b.longestTaskMs === null ? "none ≥ 50 ms" : `${ms(b.longestTaskMs)} ms`,
      b.longestTaskMs === null || b.longestTaskMs <= TARGETS.usageLongTaskMs,
      `file chosen → figures ${ms(b.toFiguresMs)} ms (cold ${ms(b.coldToFiguresMs)} ms)`,
    );
  }
  const c = r.throughputControl;
  for (const t of r.throughput ?? []) {
    const bad = t.next.errors + t.next.non2xx; // autocannon's errors include its timeouts
    const cpu = t.next.cpuMsPerRequest == null ? "" : `server CPU ${t.next.cpuMsPerRequest.toFixed(1)} ms per request`;
    const control = c ? `plain Node at ${c.cpuMs} ms per request: ${plural(c.run.errors + c.run.non2xx, "error")}` : "";
    add(
      `Errors under ${r.options.connections} connections, ${t.label}`,
      String(bad),
      bad === TARGETS.throughputErrors,
      bad === TARGETS.throughputErrors ? "" : [cpu, control].filter(Boolean).join("; "),
    );
  }
  for (const t of r.proxy?.runs ?? []) {
    const bad = t.proxy.errors + t.proxy.non2xx;
    const floor = t.kind === "permalink" ? TARGETS.proxyPermalinkVsStatic : TARGETS.proxyDefaultVsStatic;
    add(
      `Through the proxy ÷ static, ${t.label}`,
      `${t.ratio.toFixed(2)}×, ${plural(bad, "error")}`,
      t.ratio >= floor && bad === TARGETS.throughputErrors,
      `target ≥ ${floor}× and 0 errors; cache hits ${pct(t.proxy.hitRatio)}`,
    );
  }
  return { rows, failed: rows.filter((x) => x[2] === "❌").length };
}

/**
 * Why a page blocks longer than the bare one: the bare page's TBT, and where the page's blocking
 * tasks spent their thread time against the bare page's (the main-thread section, same run).
 */
/**
 * A page's blocking at 4× beyond its own no-JS floor, ÷ the bare page's blocking at 4×: how its
 * JavaScript compares with a Next.js page that has nothing on it. Null without a floor.
 */
export function scriptsOverFloor(page, bare) {
  const own = page?.blocking?.[4];
  const floor = page?.floor?.[4];
  const base = bare?.blocking?.[4];
  if (own == null || floor == null || !base) return null;
  return Math.max(0, own - floor) / base;
}

function tbtNote(bare, mainThread, page) {
  const own = mainThread?.find((t) => t.label === page.label);
  const floor = mainThread?.find((t) => t.route === "bare");
  const parts = (t) => `boot ${ms(t.boot)}, render ${ms(t.render)}, app ${ms(t.script)}`;
  const extra = scriptsOverFloor(own, floor);
  return [
    `bare Next.js page: ${ms(bare.tbt)} ms`,
    own && floor ? `blocking tasks' thread ms: ${parts(own)} (bare: ${parts(floor)})` : "",
    extra == null
      ? ""
      : `its HTML alone (no JS) blocks ${ms(own.floor[4])} ms at 4×; its scripts add ${ms(own.blocking[4] - own.floor[4])}, ${extra.toFixed(2)}× the bare page's ${ms(floor.blocking[4])}`,
  ]
    .filter(Boolean)
    .join("; ");
}

const pct = (x) => (x == null ? "–" : `${(x * 100).toFixed(x > 0.999 && x < 1 ? 2 : 0)} %`);

export function renderReport(r) {
  const m = r.machine;
  const md = [];
  const out = [];
  md.push("# Benchmarks", "");
  md.push(
    `Generated by \`npm run bench\` (scripts/bench.mjs) on ${m.date.slice(0, 16).replace("T", " ")} UTC at commit \`${m.commit}\`.`,
    `Machine: ${m.cpus}, ${m.memGb} GiB, Node ${m.node}, ${m.chromium}; Lighthouse ${m.lighthouse}, autocannon ${m.autocannon}.`,
    `Load average before / after: ${m.loadAvg} / ${m.loadAvgAfter}. On a shared 2-core machine every timing is noisy; byte sizes are exact.`,
    "",
  );

  const targets = evaluateTargets(r);
  md.push(
    "## Targets",
    "",
    "Where a target is missed, the note gives the comparison measured in the same run that explains it: the bare Next.js page for Lighthouse, the plain-Node control for throughput (see those sections). " +
      "The analysis behind each missed target, with the experiments tried, is in [performance.md](performance.md).",
    "",
    table(["Target", "Measured", "Met", "Failing audits / note"], targets.rows),
    "",
  );
  out.push(consoleTable(["Target", "Measured", "Met", "Note"], targets.rows));
  // A changed load during the run puts every ratio to the bare page in doubt: said next to the verdicts.
  const drifted = lighthouseProfiles(r)
    .map(({ bare, cpu }) => (bare?.drift > BARE_DRIFT_LIMIT ? bareDriftNote(bare, `${cpu}×`) : null))
    .filter(Boolean);
  if (drifted.length) {
    md.push(...drifted.flatMap((line) => [line, ""]));
    out.push("", ...drifted);
  }

  if (r.sizes) {
    const bare = r.sizes.bare;
    const rows = r.sizes.routes.map((s) => {
      const b = budgets.routes[s.route];
      return [
        s.route,
        kB(s.gzip),
        kB(s.raw),
        bare ? `${(s.gzip / bare.gzip).toFixed(2)}×` : "–",
        s.firstLoadRecharts ? "first load ❌" : s.lazyRecharts ? `lazy (${kB(s.lazyGzip)} kB)` : "no",
        b ? `${kB(b.gzip)}` : "none",
      ];
    });
    if (bare) rows.push(["bare Next.js page", kB(bare.gzip), kB(bare.raw), "1.00×", "no", ""]);
    const head = ["Route", "First-load JS gzip (kB)", "raw (kB)", "÷ bare", "recharts", "budget gzip (kB)"];
    md.push(
      "## First-load JavaScript",
      "",
      "From `.next/diagnostics/route-bundle-stats.json` (the chunks each route loads before it is interactive), gzip level 9. " +
        "The bare page is `scripts/bench/bare-app` (one `<h1>`, root layout), built in the same run with the same Next.js: the framework floor. " +
        '"lazy" counts recharts chunks reachable only through `next/dynamic` imports.',
      "",
      table(head, rows),
      "",
    );
    out.push("", consoleTable(head, rows));
  }

  for (const { rows, bare, cpu } of lighthouseProfiles(r)) {
    const head = [
      "Page",
      "Perf",
      "A11y",
      "Best pr.",
      "SEO",
      "FCP (ms)",
      "LCP (ms)",
      "TBT (ms)",
      "TBT ÷ bare",
      "Longest task (ms)",
      "CLS",
      "Perf range",
    ];
    // With two bare measurements: each of them, then their mean (the figure the ratios use).
    const bareRows = !bare
      ? []
      : bare.before && bare.after
        ? [
            { ...bare.before, label: `${bare.label}, before the pages` },
            { ...bare.after, label: `${bare.label}, after the pages` },
            { ...bare, label: `${bare.label} (mean)` },
          ]
        : [bare];
    const lines = [...rows, ...bareRows].map((l) => [
      l.label,
      num(l.performance),
      num(l.accessibility),
      num(l.bestPractices),
      num(l.seo),
      ms(l.fcp),
      ms(l.lcp),
      ms(l.tbt),
      l.tbt != null && bare?.tbt ? `${(l.tbt / bare.tbt).toFixed(2)}×` : "–",
      ms(l.longestTask),
      ms(l.cls, 3),
      l.perfRange ? `${l.perfRange[0]}–${l.perfRange[1]} (${l.runs} runs)` : "–",
    ]);
    md.push(
      cpu === 4 ? "## Lighthouse (mobile)" : `## Lighthouse (mobile, ${cpu}× CPU)`,
      "",
      cpu === 4
        ? `Lighthouse ${m.lighthouse}, default mobile profile (simulated slow 4G, 4× CPU slowdown), headless Chromium, against \`next start\`. ` +
            `Median of ${r.options.runs} runs per page, each metric's median on its own. ` +
            "The last rows are the bare Next.js page served by `next start` in the same run, the best score this framework reaches on this machine: " +
            "measured before and after the app's pages, and their mean, which the ratios use. " +
            "The longest task is the longest in Lighthouse's long-tasks audit (timed on the same simulated CPU)."
        : `The same, with \`--throttling.cpuSlowdownMultiplier=${cpu}\`: a slower phone, so the cost of main-thread work is measured every run, not only on slow days.`,
      "",
      table(head, lines),
      "",
    );
    out.push("", consoleTable(head, lines));
    const note = bareDriftNote(bare, `${cpu}×`);
    if (note) {
      md.push(note, "");
      out.push(note);
    }
  }

  if (r.mainThread) {
    const bareRow = r.mainThread.find((t) => t.route === "bare");
    const floors = r.mainThread.some((t) => t.floor);
    const head = [
      "Page",
      "CPU (ms)",
      "Longest task (ms)",
      "Boot",
      "Render",
      "App",
      "Other",
      "Blocking at 4× (ms)",
      "at 6× (ms)",
      ...(floors ? ["No-JS floor at 4× (ms)", "Scripts' blocking ÷ bare"] : []),
    ];
    const lines = r.mainThread.map((t) => {
      const extra = scriptsOverFloor(t, bareRow);
      return [
        t.label,
        ms(t.cpu),
        ms(t.longest),
        ms(t.boot),
        ms(t.render),
        ms(t.script),
        ms(t.other),
        ms(t.blocking?.[4]),
        ms(t.blocking?.[6]),
        ...(floors ? [ms(t.floor?.[4]), extra == null ? "–" : `${extra.toFixed(2)}×`] : []),
      ];
    });
    md.push(
      "## Main thread during load (thread CPU time)",
      "",
      "scripts/bench/main-thread.mjs: a Chrome trace of each load (fresh browser, 412 px phone viewport, unthrottled), read in *thread* CPU time, which other work on the machine does not inflate. " +
        `Median of ${r.mainThread[0]?.runs ?? "–"} interleaved loads per page. CPU is every main-thread task until 2 s after \`load\`. ` +
        "Boot, render, app and other split the tasks that block at 4× (over 12.5 ms): boot is script evaluation (the framework's and the page's modules), render is HTML parsing, style, layout and paint, " +
        "app is the page's code running (hydration, effects, timers), other is the browser's own work inside those tasks. " +
        "Blocking is Lighthouse's TBT formula (Σ task × slowdown − 50 ms) on these thread times." +
        (floors
          ? " The no-JS floor is the same URL loaded with JavaScript off, in the same rounds: what parsing, styling and laying out its server HTML blocks, which no script change can remove. " +
            "Scripts' blocking ÷ bare is (blocking − floor) ÷ the bare page's blocking, both at 4×: the page's JavaScript against a Next.js page with nothing on it."
          : ""),
      "",
      table(head, lines),
      "",
    );
    out.push("", consoleTable(head, lines));
  }

  if (r.interaction) {
    const head = [
      "Interaction",
      "Rows",
      "Event → DOM (ms)",
      "Event → next frame (ms)",
      "Scripting (ms)",
      "Style (ms)",
      "Layout (ms)",
      "Samples",
    ];
    const rows = r.interaction.map((i) =>
      i.skipped
        ? [i.name, "–", i.skipped, "", "", "", "", ""]
        : [
            i.name + (i.slider ? ` (“${i.slider}”)` : ""),
            num(i.rows),
            ms(i.toDom, 1),
            ms(i.toFrame, 1),
            ms(i.script, 1),
            ms(i.style, 1),
            ms(i.layout, 1),
            num(i.samples),
          ],
    );
    md.push(
      "## Interaction",
      "",
      "Chromium, unthrottled, 1280×800. Each sample is one trusted input (a CDP mouse click on a column header, or an arrow key on the slider). " +
        "*Event → DOM*: from the event's `timeStamp` to the last DOM mutation it caused (React's commit), measured in the page with the Performance API. " +
        "*Event → next frame*: to the first task after the next `requestAnimationFrame` (style, layout and paint done). " +
        "*Scripting / Style / Layout*: Chrome's main-thread counters (`Performance.getMetrics`) across the interaction, including the URL update nuqs makes afterwards " +
        "and, for the calculator, the chart's deferred redraw (the slider's target is judged on *Event → DOM* of the cost table). " +
        "Medians; two warm-up samples are discarded. The 2,000-row table is the real catalog view fed synthetic models " +
        "(`scripts/bench/synthetic-catalog.ts`) in a harness page that exists only in the bench's own build.",
      "",
      table(head, rows),
      "",
    );
    out.push("", consoleTable(head, rows));
  }

  if (r.throughput) {
    const head = [
      "URL",
      "next start req/s",
      "p99 (ms)",
      "max (ms)",
      "errors",
      "server CPU per request (ms)",
      "static req/s",
      "p99 (ms)",
      "errors",
      "next ÷ static",
      "bytes",
    ];
    const rows = r.throughput.map((t) => [
      t.label,
      t.next.rps.toFixed(0),
      num(t.next.p99),
      t.next.max === undefined ? "–" : num(t.next.max),
      String(t.next.errors + t.next.non2xx),
      t.next.cpuMsPerRequest == null ? "–" : t.next.cpuMsPerRequest.toFixed(1),
      t.static.rps.toFixed(0),
      num(t.static.p99),
      String(t.static.errors + t.static.non2xx),
      `${(t.ratio * 100).toFixed(0)} %`,
      num(t.next.bytesPerReq),
    ]);
    md.push(
      "## Throughput",
      "",
      `autocannon ${m.autocannon}, ${r.options.connections} connections for ${r.options.duration} s per target after a 5 s warm-up at 10 connections, loopback only. ` +
        '"static" is a plain Node file server (scripts/bench/servers.mjs) serving the body `next start` returned for the same URL, with the same headers and content type, in the same run: the ceiling for this machine. ' +
        "The load generator shares the machine's cores with the server. Errors count connection errors (timeouts after 10 s included) and non-2xx answers. " +
        "Without the warm-up, a freshly started server met by 100 simultaneous connections timed some requests out on the dynamic routes: it interleaves 100 JIT-cold renders, so the first responses all finish late. " +
        '"Server CPU per request" is the `next start` process\'s user + system CPU during the 100-connection run divided by the requests it answered (from /proc).',
      "",
      "Where errors appear under 100 connections, they are autocannon's 10 s timeouts on connections still waiting in the listen socket's accept queue, not slow renders. " +
        "Traced on this machine (session of 2026-11-26): `ss -ltn` showed ~50 established connections not yet accepted at the start of the run; strace showed one accept4() per event-loop turn; and a turn lasts 0.2–1 s when ~75 renders are in flight, since each turn runs a slice of every one of them. " +
        "Server-side, no request took longer than ~1.6 s (timed from Node's 'request' event to 'finish' or 'close'). " +
        "The control row below, a plain `http.createServer` with no Next.js or React, times out the same way. " +
        "It is a race at the moment the 100 connections arrive: costlier requests make longer turns and more timeouts, but which routes are hit changes from run to run (even a static page has been). " +
        "A proxy that keeps a few connections to Node open removes the burst; the single `next start` process measured here is the worst case. Details: [performance.md](performance.md).",
      "",
      table(head, rows),
      "",
    );
    out.push("", consoleTable(head, rows));
    const c = r.throughputControl;
    if (c) {
      const line =
        `Control in the same run: a plain Node server (no Next.js, no React) burning ${c.cpuMs} ms of CPU per request in 4 event-loop turns, then sending the body of ${c.url}: ` +
        `${c.run.rps.toFixed(0)} req/s, p99 ${num(c.run.p99)} ms, max ${num(c.run.max)} ms, ${plural(c.run.errors + c.run.non2xx, "error")}.`;
      md.push(line, "");
      out.push(line);
    }
  }

  if (r.proxy) {
    const head = [
      "URL",
      "proxy req/s",
      "p99 (ms)",
      "max (ms)",
      "errors",
      "non-2xx",
      "cache hits",
      "CPU per request: nginx / next (ms)",
      "static req/s",
      "proxy ÷ static",
    ];
    const rows = r.proxy.runs.map((t) => [
      t.label,
      t.proxy.rps.toFixed(0),
      num(t.proxy.p99),
      num(t.proxy.max),
      String(t.proxy.errors),
      String(t.proxy.non2xx),
      pct(t.proxy.hitRatio),
      `${ms(t.proxy.nginxCpuMsPerRequest, 2)} / ${ms(t.proxy.upstreamCpuMsPerRequest, 2)}`,
      t.static.rps.toFixed(0),
      `${(t.ratio * 100).toFixed(0)} %`,
    ]);
    md.push(
      "## Through the proxy",
      "",
      `nginx with [deploy/nginx.conf](../deploy/nginx.conf) in front of ${r.proxy.upstreams} \`next start\` processes, started as \`npm run serve:proxy\` starts them (scripts/bench/proxy.mjs), ` +
        `${r.options.connections} connections for ${r.options.duration} s per URL after the same 5 s warm-up, which also fills the cache. ` +
        "Default views first, then linked states (a permalink requested over and over, as when a link is posted to a busy channel). " +
        '"Cache hits" counts the requests nginx answered without an upstream (HIT, STALE or UPDATING in its access log); ' +
        "\"CPU per request\" is nginx's (master and workers) and the upstreams' user + system CPU during the run divided by the requests answered. " +
        '"static" is the plain Node file server with the same bytes and headers, measured in the same run (the Throughput section\'s figure where it measured the URL). ' +
        "autocannon sends no Accept-Encoding, so nothing is gzipped on either side.",
      "",
      table(head, rows),
      "",
    );
    out.push("", consoleTable(head, rows));
  }

  if (r.usage) {
    const n = r.usage.node;
    const b = r.usage.browser;
    const head = [
      "Where",
      "Rows (MB)",
      "Parse (ms)",
      "Reprice (ms)",
      "Total (ms)",
      "CPU (ms)",
      "Memory",
      "Longest main-thread task",
    ];
    const rows = [
      [
        "Node (scripts/bench/usage.mjs)",
        `${n.rows.toLocaleString("en-US")} (${n.csvMB})`,
        num(n.parseMs),
        num(n.repriceMs),
        num(n.totalMs),
        num(n.cpuMs),
        `heap +${n.heapAddedMB} MB, peak RSS ${n.peakRssMB} MB`,
        "–",
      ],
      [
        "Chromium, /usage (Web Worker)",
        `${n.rows.toLocaleString("en-US")} (${b.csvMB})`,
        "–",
        "–",
        `${ms(b.toFiguresMs)} (cold ${ms(b.coldToFiguresMs)})`,
        "–",
        "–",
        b.longestTaskMs === null
          ? `none ≥ 50 ms (${plural(b.runs.length, "run")})`
          : `${ms(b.longestTaskMs)} ms (${b.longTasks} long tasks)`,
      ],
    ];
    md.push(
      "## Your bill: a 100,000-row usage export",
      "",
      "The bench's generated usage CSV export (`benchUsageCsv` in lib/usage/samples.ts) parsed (papaparse, in chunks) and repriced on every callable model and tier. " +
        `Node: median of ${n.runs} runs, in a process of its own. ` +
        "Chromium: the same file chosen on /usage, from the file input's change event to the figures on screen (the worker reads, prices and answers; the page renders), " +
        "with every main-thread task of 50 ms or more from the Long Tasks API. The cold run fetches the worker's code; the total is the median of the warm runs.",
      "",
      table(head, rows),
      "",
    );
    out.push("", consoleTable(head, rows));
  }

  const skippedSections = ["sizes", "lighthouse", "mainThread", "interaction", "throughput", "proxy", "usage"].filter(
    (s) => !r[s],
  );
  if (skippedSections.length) md.push(`Not measured in this run: ${skippedSections.join(", ")}.`, "");
  if (r.missing?.length) md.push(`Dynamic routes without a sample URL (not measured): ${r.missing.join(", ")}.`, "");
  if (r.build)
    md.push(
      `Builds in this run: app ${r.build.appSeconds.toFixed(0)} s (0 = reused); bare page and harness ${r.build.extraSeconds.toFixed(0)} s.`,
      "",
    );
  md.push(`Targets met: ${targets.rows.length - targets.failed} of ${targets.rows.length}.`, "");
  out.push("", `Targets met: ${targets.rows.length - targets.failed} of ${targets.rows.length}.`);
  return { markdown: md.join("\n"), console: out.join("\n") };
}
