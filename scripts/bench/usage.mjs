#!/usr/bin/env node
/**
 * Bench of the "Your bill" import (issue 17): a generated 100,000-row usage CSV export
 * (lib/usage/samples.ts, benchUsageCsv: deterministic) is parsed (papaparse in chunks, summed
 * as it goes) and repriced on every callable model and tier, as the view's Web Worker does.
 * Prints the time of each step (median of RUNS), the heap the import adds at its peak
 * (sampled at every chunk), the process's CPU time (steadier than wall time when the machine is
 * shared) and its peak RSS. Target: parse + reprice under 2 s.
 *
 *   node scripts/bench/usage.mjs [--rows 100000] [--json]
 *
 * Timings are reported, never asserted (the machine is shared).
 */
import { performance } from "node:perf_hooks";

import { loadUsageLib } from "../usage/load-lib.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg("--rows", 100_000);
const RUNS = arg("--runs", 3);
const TARGET_MS = 2_000;
const MB = 1024 * 1024;

const lib = await loadUsageLib();
const catalog = lib.toUsageCatalog(lib.loadCatalog());
const today = lib.getToday();
const csv = lib.benchUsageCsv(ROWS);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const runs = [];
for (let run = 0; run < RUNS; run++) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const imported = await lib.importUsageFiles([{ name: "bench.csv", content: csv }], { onProgress: sample });
  const t1 = performance.now();
  if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join("\n"));
  const analysis = lib.analyzeUsage(imported.usage.aggregate, catalog, { today });
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  sample();
  runs.push({
    parseMs: t1 - t0,
    repriceMs: t2 - t1,
    totalMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapAddedMB: (heapPeak - heapBefore) / MB,
    records: imported.usage.stats.records,
    rows: analysis.reprice.rows.length,
  });
}

const result = {
  rows: ROWS,
  csvMB: Number((Buffer.byteLength(csv) / MB).toFixed(1)),
  runs: RUNS,
  parseMs: Math.round(median(runs.map((r) => r.parseMs))),
  repriceMs: Math.round(median(runs.map((r) => r.repriceMs))),
  totalMs: Math.round(median(runs.map((r) => r.totalMs))),
  /** Process CPU time (all threads, GC included): steadier than wall time on a shared machine. */
  cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
  heapAddedMB: Number(Math.max(...runs.map((r) => r.heapAddedMB)).toFixed(1)),
  peakRssMB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  repricedRows: runs[0].rows,
  targetMs: TARGET_MS,
};

if (process.argv.includes("--json")) console.log(JSON.stringify(result));
else {
  console.log(`usage import: ${result.rows.toLocaleString("en-US")} CSV rows (${result.csvMB} MB), median of ${RUNS}`);
  console.log(
    `  parse ${result.parseMs} ms + reprice on every model and tier (${result.repricedRows} rows) ${result.repriceMs} ms = ${result.totalMs} ms (target < ${TARGET_MS} ms: ${result.totalMs < TARGET_MS ? "met" : "missed"})`,
  );
  console.log(`  process CPU time ${result.cpuMs} ms (all threads; wall time above includes waiting for a shared CPU)`);
  console.log(
    `  heap added at peak ${result.heapAddedMB} MB; process peak RSS ${result.peakRssMB} MB (includes the bench's own module loader)`,
  );
}
