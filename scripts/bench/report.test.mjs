import { describe, expect, it } from "vitest";

import { bareDrift, combineBare, evaluateTargets, renderReport, scriptsOverFloor } from "./report.mjs";

const lighthouse = (label, performance, extra = {}) => ({
  label,
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcp: 800,
  lcp: 2600,
  tbt: 243,
  cls: 0,
  perfRange: [performance, performance],
  runs: 3,
  failing: { accessibility: [], bestPractices: [], seo: [] },
  ...extra,
});
const run = (errors, cpuMsPerRequest) => ({
  rps: 70,
  p50: 1000,
  p99: 7600,
  max: 9950,
  errors,
  timeouts: errors,
  non2xx: 0,
  total: 1400,
  bytesPerReq: 83784,
  cpuMsPerRequest,
});

function result() {
  return {
    machine: {
      date: "2026-11-26T05:13:00Z",
      commit: "abc1234",
      cpus: "2 × CPU",
      memGb: 24,
      node: "v20",
      chromium: "Chromium",
      lighthouse: "12.2.3",
      autocannon: "9.0.0",
      loadAvg: "1",
      loadAvgAfter: "2",
    },
    options: { runs: 3, connections: 100, duration: 20 },
    lighthouse: [
      lighthouse("/", 92),
      lighthouse("/fast", 98, { tbt: 40 }),
      lighthouse("/audit", 99, {
        tbt: 30,
        accessibility: 96,
        failing: { accessibility: ["color-contrast"], bestPractices: [], seo: [] },
      }),
    ],
    lighthouseBare: lighthouse("bare Next.js page", 99, { tbt: 112 }),
    throughput: [
      { url: "/", label: "/", next: run(15, 18.4), static: run(0), ratio: 0.04 },
      { url: "/compare", label: "/compare", next: run(0, 6.5), static: run(0), ratio: 0.03 },
      { url: "/old", label: "/old", next: run(3, undefined), static: run(0), ratio: 0.05 },
    ],
    throughputControl: { url: "/", cpuMs: 18, run: run(1) },
  };
}

const row = (rows, name) => rows.find((r) => r[0] === name);

describe("evaluateTargets", () => {
  it("explains a missed Performance score and TBT with the bare page from the same run", () => {
    const { rows } = evaluateTargets(result());
    expect(row(rows, "Lighthouse /")).toEqual([
      "Lighthouse /",
      "92 / 100 / 100 / 100",
      "❌",
      "LCP 2600 ms, TBT 243 ms; bare Next.js page: 99",
    ]);
    expect(row(rows, "TBT / (4×)")).toEqual(["TBT / (4×)", "243 ms (2.17× bare)", "❌", "bare Next.js page: 112 ms"]);
    expect(row(rows, "CLS /")?.[2]).toBe("✅");
  });

  it("judges TBT as a multiple of the bare page's, up to 1.5×, and Performance down to the bare page's − 3", () => {
    const r = result();
    r.lighthouse = [lighthouse("/edge", 96, { tbt: 168 }), lighthouse("/over", 95, { tbt: 169 })];
    const { rows } = evaluateTargets(r);
    expect(row(rows, "TBT /edge (4×)")?.slice(1, 3)).toEqual(["168 ms (1.50× bare)", "✅"]);
    expect(row(rows, "TBT /over (4×)")?.slice(1, 3)).toEqual(["169 ms (1.51× bare)", "❌"]);
    expect(row(rows, "Lighthouse /edge")?.[2]).toBe("✅");
    expect(row(rows, "Lighthouse /over")?.slice(2)).toEqual(["❌", "LCP 2600 ms, TBT 169 ms; bare Next.js page: 99"]);
  });

  it("explains a missed TBT with where the blocking tasks' thread time went, against the bare page's", () => {
    const r = result();
    r.mainThread = [
      { label: "/", route: "/", boot: 86, render: 115, script: 85 },
      { label: "bare Next.js page", route: "bare", boot: 90, render: 0, script: 2 },
    ];
    expect(row(evaluateTargets(r).rows, "TBT / (4×)")?.[3]).toBe(
      "bare Next.js page: 112 ms; blocking tasks' thread ms: boot 86, render 115, app 85 (bare: boot 90, render 0, app 2)",
    );
  });

  it("separates a page's content floor from its scripts when the no-JS loads were measured", () => {
    const r = result();
    r.mainThread = [
      { label: "/", route: "/", boot: 86, render: 115, script: 85, blocking: { 4: 700, 6: 1200 }, floor: { 4: 250, 6: 400 } },
      {
        label: "bare Next.js page",
        route: "bare",
        boot: 90,
        render: 0,
        script: 2,
        blocking: { 4: 300, 6: 500 },
        floor: { 4: 0, 6: 0 },
      },
    ];
    expect(scriptsOverFloor(r.mainThread[0], r.mainThread[1])).toBe(1.5);
    expect(row(evaluateTargets(r).rows, "TBT / (4×)")?.[3]).toBe(
      "bare Next.js page: 112 ms; blocking tasks' thread ms: boot 86, render 115, app 85 (bare: boot 90, render 0, app 2); " +
        "its HTML alone (no JS) blocks 250 ms at 4×; its scripts add 450, 1.50× the bare page's 300",
    );
    const md = renderReport(r).markdown;
    expect(md).toContain("| No-JS floor at 4× (ms) | Scripts' blocking ÷ bare |");
    expect(md).toMatch(/\| \/ \|[^\n]*\| 700 \| 1200 \| 250 \| 1\.50× \|/);
  });

  it("has no scripts' share without a floor, or with a bare page that blocked nothing", () => {
    expect(scriptsOverFloor({ blocking: { 4: 700 } }, { blocking: { 4: 300 } })).toBeNull();
    expect(scriptsOverFloor({ blocking: { 4: 700 }, floor: { 4: 100 } }, { blocking: { 4: 0 } })).toBeNull();
    // A floor above the page (noise) counts as no script cost, never a negative one.
    expect(scriptsOverFloor({ blocking: { 4: 200 }, floor: { 4: 260 } }, { blocking: { 4: 300 } })).toBe(0);
  });

  it("judges the 6× profile against the bare page at 6×, and the longest task at 4× against 200 ms", () => {
    const r = result();
    r.lighthouse = [lighthouse("/", 92, { longestTask: 201 }), lighthouse("/fast", 98, { tbt: 40, longestTask: 200 })];
    r.lighthouseBare = lighthouse("bare Next.js page", 99, { tbt: 112, longestTask: 150 });
    r.lighthouseSlow = [lighthouse("/", 80, { tbt: 900 }), lighthouse("/fast", 90, { tbt: 300 })];
    r.lighthouseBareSlow = lighthouse("bare Next.js page", 92, { tbt: 200 });
    r.lighthouseSlowCpu = 6;
    const { rows } = evaluateTargets(r);
    expect(row(rows, "TBT / (6×)")).toEqual(["TBT / (6×)", "900 ms (4.50× bare)", "❌", "bare Next.js page: 200 ms"]);
    expect(row(rows, "TBT /fast (6×)")?.slice(1, 3)).toEqual(["300 ms (1.50× bare)", "✅"]);
    // At 6× only Performance is judged (the other categories do not depend on the CPU): 90 ≥ 92 − 3.
    expect(row(rows, "Lighthouse /fast (6×)")?.[2]).toBe("✅");
    expect(row(rows, "Lighthouse / (6×)")?.slice(2)).toEqual(["❌", "LCP 2600 ms, TBT 900 ms; bare Next.js page: 92"]);
    expect(row(rows, "CLS / (6×)")).toBeUndefined();
    expect(row(rows, "Longest task / (4×)")).toEqual(["Longest task / (4×)", "201 ms", "❌", "bare Next.js page: 150 ms"]);
    expect(row(rows, "Longest task /fast (4×)")).toEqual(["Longest task /fast (4×)", "200 ms", "✅", ""]);
    expect(row(rows, "Longest task / (6×)")).toBeUndefined();
  });

  it("adds no note to a met target, and still names failing audits", () => {
    const { rows } = evaluateTargets(result());
    expect(row(rows, "Lighthouse /fast")).toEqual(["Lighthouse /fast", "98 / 100 / 100 / 100", "✅", ""]);
    expect(row(rows, "TBT /fast (4×)")).toEqual(["TBT /fast (4×)", "40 ms (0.36× bare)", "✅", ""]);
    // Performance 99 met, accessibility 96 not: the audit is the note, no bare-page comparison.
    expect(row(rows, "Lighthouse /audit")).toEqual(["Lighthouse /audit", "99 / 96 / 100 / 100", "❌", "color-contrast"]);
  });

  it("gives throughput errors the server's CPU per request and the control's errors", () => {
    const { rows, failed } = evaluateTargets(result());
    expect(row(rows, "Errors under 100 connections, /")).toEqual([
      "Errors under 100 connections, /",
      "15",
      "❌",
      "server CPU 18.4 ms per request; plain Node at 18 ms per request: 1 error",
    ]);
    expect(row(rows, "Errors under 100 connections, /compare")).toEqual([
      "Errors under 100 connections, /compare",
      "0",
      "✅",
      "",
    ]);
    // A run without the CPU figure (older result files) keeps the control's comparison.
    expect(row(rows, "Errors under 100 connections, /old")?.[3]).toBe("plain Node at 18 ms per request: 1 error");
    expect(failed).toBe(5); // Lighthouse /, TBT /, Lighthouse /audit, errors on / and /old
  });
});

describe("renderReport", () => {
  it("prints CPU per request and max latency, and the control line with its count", () => {
    const r = result();
    r.throughputControl.run = run(21);
    const { markdown } = renderReport(r);
    expect(markdown).toContain("| / | 70 | 7600 | 9950 | 15 | 18.4 |");
    expect(markdown).toContain("| /old | 70 | 7600 | 9950 | 3 | – |");
    expect(markdown).toContain(
      "burning 18 ms of CPU per request in 4 event-loop turns, then sending the body of /: 70 req/s, p99 7600 ms, max 9950 ms, 21 errors.",
    );
  });
});

describe("the usage import", () => {
  const usage = (longestTaskMs) => ({
    node: {
      rows: 100_000,
      csvMB: 18.6,
      runs: 3,
      parseMs: 700,
      repriceMs: 40,
      totalMs: 740,
      cpuMs: 900,
      heapAddedMB: 60,
      peakRssMB: 310,
    },
    browser: {
      csvMB: 18.6,
      runs: [{ toFiguresMs: 1900, longestTaskMs, longTasks: longestTaskMs ? 1 : 0, blockingMs: 0 }],
      coldToFiguresMs: 1900,
      toFiguresMs: 1200,
      longestTaskMs,
      longTasks: longestTaskMs ? 1 : 0,
      targetMs: 50,
    },
  });

  it("checks parse + reprice against 2 s and the main thread's longest task against 50 ms", () => {
    const { rows } = evaluateTargets({ ...result(), usage: usage(null) });
    expect(row(rows, "Your bill: parse + reprice 100,000 CSV rows (Node)")).toEqual([
      "Your bill: parse + reprice 100,000 CSV rows (Node)",
      "740 ms",
      "✅",
      "CPU 900 ms; peak RSS 310 MB",
    ]);
    expect(row(rows, "Your bill: longest main-thread task while /usage reads it (Chromium)")).toEqual([
      "Your bill: longest main-thread task while /usage reads it (Chromium)",
      "none ≥ 50 ms",
      "✅",
      "file chosen → figures 1200 ms (cold 1900 ms)",
    ]);
    const missed = evaluateTargets({ ...result(), usage: usage(84) });
    expect(row(missed.rows, "Your bill: longest main-thread task while /usage reads it (Chromium)")?.slice(1, 3)).toEqual([
      "84 ms",
      "❌",
    ]);
  });

  it("has a section of its own in the report", () => {
    const { markdown } = renderReport({ ...result(), usage: usage(null) });
    expect(markdown).toContain("## Your bill: a 100,000-row usage export");
    expect(markdown).toContain(
      "| Node (scripts/bench/usage.mjs) | 100,000 (18.6) | 700 | 40 | 740 | 900 | heap +60 MB, peak RSS 310 MB | – |",
    );
    expect(markdown).toContain("none ≥ 50 ms (1 run)");
  });
});

describe("through the proxy", () => {
  const proxyRun = (rps, hitRatio, errors = 0, non2xx = 0) => ({
    ...run(errors),
    rps,
    non2xx,
    hitRatio,
    nginxCpuMsPerRequest: 0.08,
    upstreamCpuMsPerRequest: 0.01,
  });
  const proxy = {
    upstreams: 2,
    runs: [
      { url: "/", label: "/", kind: "default", proxy: proxyRun(1200, 0.9999), static: run(0), ratio: 1200 / 1400 },
      { url: "/compare", label: "/compare", kind: "default", proxy: proxyRun(700, 1), static: run(0), ratio: 0.5 },
      { url: "/?q=a", label: "/ (linked state)", kind: "permalink", proxy: proxyRun(700, 1), static: run(0), ratio: 0.5 },
      { url: "/?q=b", label: "/b", kind: "permalink", proxy: proxyRun(900, 0, 0, 3), static: run(0), ratio: 0.9 },
    ],
  };

  it("holds default views to 0.8× the static server, permalinks to 0.5×, both to 0 errors and 0 non-2xx", () => {
    const { rows } = evaluateTargets({ ...result(), proxy });
    expect(row(rows, "Through the proxy ÷ static, /")).toEqual([
      "Through the proxy ÷ static, /",
      "0.86×, 0 errors",
      "✅",
      "target ≥ 0.8× and 0 errors; cache hits 99.99 %",
    ]);
    expect(row(rows, "Through the proxy ÷ static, /compare")?.slice(1, 3)).toEqual(["0.50×, 0 errors", "❌"]);
    expect(row(rows, "Through the proxy ÷ static, / (linked state)")?.slice(1, 3)).toEqual(["0.50×, 0 errors", "✅"]);
    // Three 308s are not an answer: non-2xx count as errors.
    expect(row(rows, "Through the proxy ÷ static, /b")?.slice(1, 4)).toEqual([
      "0.90×, 3 errors",
      "❌",
      "target ≥ 0.5× and 0 errors; cache hits 0 %",
    ]);
  });

  it("has a section of its own, and is listed as not measured when absent", () => {
    const { markdown } = renderReport({ ...result(), proxy });
    expect(markdown).toContain("## Through the proxy");
    expect(markdown).toContain("| / | 1200 | 7600 | 9950 | 0 | 0 | 99.99 % | 0.08 / 0.01 | 70 | 86 % |");
    expect(renderReport(result()).markdown).toContain("Not measured in this run: sizes, mainThread, interaction, proxy, usage.");
  });
});

describe("the bare page, measured before and after the app's pages", () => {
  const before = lighthouse("bare Next.js page", 98, { tbt: 100, lcp: 2000, longestTask: 140, perfRange: [97, 99] });
  const after = lighthouse("bare Next.js page", 94, { tbt: 140, lcp: 2200, longestTask: 160, perfRange: [93, 95] });

  it("averages each metric of the two measurements and keeps both", () => {
    const bare = combineBare(before, after);
    expect(bare.performance).toBe(96);
    expect(bare.tbt).toBe(120);
    expect(bare.lcp).toBe(2100);
    expect(bare.longestTask).toBe(150);
    expect(bare.accessibility).toBe(100);
    expect(bare.runs).toBe(6);
    expect(bare.perfRange).toEqual([93, 99]);
    expect(bare.before).toBe(before);
    expect(bare.after).toBe(after);
    expect(bare.drift).toBeCloseTo(0.4); // 140 ÷ 100 − 1
  });

  it("takes the measured figure when the other measurement has none, and merges failing audits", () => {
    const bare = combineBare(
      { ...before, tbt: null, failing: { accessibility: ["target-size"], bestPractices: [], seo: [] } },
      { ...after, failing: { accessibility: ["target-size", "color-contrast"], bestPractices: [], seo: ["canonical"] } },
    );
    expect(bare.tbt).toBe(140);
    expect(bare.drift).toBeNull();
    expect(bare.failing).toEqual({ accessibility: ["target-size", "color-contrast"], bestPractices: [], seo: ["canonical"] });
  });

  it("measures the drift as the larger TBT over the smaller one, either way round", () => {
    expect(bareDrift(100, 125)).toBe(0.25);
    expect(bareDrift(125, 100)).toBe(0.25);
    expect(bareDrift(0, 0)).toBe(0);
    expect(bareDrift(0, 10)).toBe(Infinity);
    expect(bareDrift(null, 10)).toBeNull();
  });

  it("judges TBT and Performance against the mean of the two", () => {
    const r = result();
    r.lighthouse = [lighthouse("/", 93, { tbt: 180 }), lighthouse("/slow", 92, { tbt: 181 })];
    r.lighthouseBare = { ...combineBare(before, after), label: "bare Next.js page" };
    const { rows } = evaluateTargets(r);
    expect(row(rows, "TBT / (4×)")?.slice(1, 3)).toEqual(["180 ms (1.50× bare)", "✅"]);
    expect(row(rows, "TBT /slow (4×)")).toEqual(["TBT /slow (4×)", "181 ms (1.51× bare)", "❌", "bare Next.js page: 120 ms"]);
    // 93 ≥ 96 − 3; 92 is not.
    expect(row(rows, "Lighthouse /")?.[2]).toBe("✅");
    expect(row(rows, "Lighthouse /slow")?.slice(2)).toEqual(["❌", "LCP 2600 ms, TBT 181 ms; bare Next.js page: 96"]);
  });

  it("shows both measurements and their mean in each profile, and flags a drift over 25 % in that profile only", () => {
    const r = result();
    r.lighthouse = [lighthouse("/", 93, { tbt: 180 })];
    r.lighthouseBare = { ...combineBare(before, after), label: "bare Next.js page" };
    r.lighthouseSlow = [lighthouse("/", 85, { tbt: 600 })];
    r.lighthouseBareSlow = {
      ...combineBare({ ...before, tbt: 400 }, { ...after, tbt: 500, performance: 90 }),
      label: "bare Next.js page",
    };
    r.lighthouseSlowCpu = 6;
    const { markdown, console: text } = renderReport(r);
    // 4×: TBT 100 and 140 ms (mean 120), each row's ratio to the mean.
    expect(markdown).toContain("| bare Next.js page, before the pages | 98 | 100 | 100 | 100 | 800 | 2000 | 100 | 0.83× | 140 |");
    expect(markdown).toContain("| bare Next.js page, after the pages | 94 | 100 | 100 | 100 | 800 | 2200 | 140 | 1.17× | 160 |");
    expect(markdown).toContain(
      "| bare Next.js page (mean) | 96 | 100 | 100 | 100 | 800 | 2100 | 120 | 1.00× | 150 | 0.000 | 93–99 (6 runs) |",
    );
    const warning4 =
      "⚠️ Bare Next.js page (4×) before / after the app's pages: TBT 100 / 140 ms, Performance 98 / 94; ratios use the mean, TBT 120 ms. " +
      "They differ by 40 % (over 25 %): the machine's load changed during the run; ratios are less certain.";
    // Under the Targets table and in the 4× Lighthouse section: twice in the markdown, and in the console.
    expect(markdown.split(warning4).length - 1).toBe(2);
    expect(text).toContain(warning4);
    // 6×: 400 and 500 ms differ by exactly 25 %: stated, not flagged.
    const line6 =
      "Bare Next.js page (6×) before / after the app's pages: TBT 400 / 500 ms, Performance 98 / 90; ratios use the mean, TBT 450 ms.";
    expect(markdown).toContain(`\n${line6}\n`);
    expect(markdown).not.toContain(`⚠️ ${line6}`);
    expect(markdown).toContain("| / | 85 | 100 | 100 | 100 | 800 | 2600 | 600 | 1.33× |");
  });

  it("reads an older result file, with one bare measurement, as before", () => {
    const { markdown } = renderReport(result());
    expect(markdown).toContain("| bare Next.js page | 99 | 100 | 100 | 100 | 800 | 2600 | 112 | 1.00× |");
    expect(markdown).not.toContain("before the pages");
    expect(markdown).not.toContain("machine's load changed");
  });
});
