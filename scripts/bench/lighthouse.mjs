// Lighthouse (mobile, the default form factor: simulated 4× CPU slowdown and slow 4G) against
// the production server; the median of N runs per URL, each metric's median taken on its own.
// `cpuSlowdown` changes the simulated CPU (the bench also runs 6×, a slower phone).
// Lighthouse runs through `npx -y` at a pinned version: as a devDependency it would add ~176 MB.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const LIGHTHOUSE_VERSION = "12.2.3";
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
/** One Lighthouse run takes ~15 s here; a stuck Chrome must not hang the bench. */
const RUN_TIMEOUT_MS = 180_000;

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function lighthouseOnce(url, outFile, cpuSlowdown) {
  await run(
    "npx",
    [
      "-y",
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      "--output=json",
      `--output-path=${outFile}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROME_FLAGS}`,
      "--quiet",
      ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`] : []),
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      timeout: RUN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lhr = JSON.parse(fs.readFileSync(outFile, "utf8"));
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const failing = (cat) =>
    (lhr.categories[cat]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1)
      .map((r) => r.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    // The long-tasks audit times tasks on the same simulated CPU as TBT.
    longestTask: Math.max(0, ...(lhr.audits["long-tasks"]?.details?.items ?? []).map((t) => t.duration ?? 0)),
    failing: {
      accessibility: failing("accessibility"),
      bestPractices: failing("best-practices"),
      seo: failing("seo"),
    },
    runtimeError: lhr.runtimeError?.code ?? null,
    userAgent: lhr.environment?.hostUserAgent ?? null,
  };
}

/** @returns {Promise<object>} medians per metric, plus the raw runs */
export async function lighthouse(url, { runs = 3, outDir, log, cpuSlowdown }) {
  fs.mkdirSync(outDir, { recursive: true });
  const results = [];
  // A run can fail (Chrome not answering in time on a busy machine): one retry per run.
  for (let i = 0, attempts = 0; i < runs && attempts < runs * 2; attempts++) {
    const file = path.join(outDir, `${url.replace(/[^\w]+/g, "_")}-${cpuSlowdown ?? 4}x-${i}.json`);
    try {
      results.push(await lighthouseOnce(url, file, cpuSlowdown));
      i++;
    } catch (e) {
      log?.(`lighthouse failed on ${url} (attempt ${attempts + 1}): ${String(e.message).split("\n")[0]}`);
    }
  }
  const pick = (k) => median(results.map((r) => r[k]));
  const failing = {};
  for (const cat of ["accessibility", "bestPractices", "seo"])
    failing[cat] = [...new Set(results.flatMap((r) => r.failing[cat]))];
  return {
    runs: results.length,
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    fcp: pick("fcp"),
    lcp: pick("lcp"),
    tbt: pick("tbt"),
    cls: pick("cls"),
    longestTask: pick("longestTask"),
    perfRange: results.length
      ? [Math.min(...results.map((r) => r.performance)), Math.max(...results.map((r) => r.performance))]
      : null,
    failing,
    errors: results.map((r) => r.runtimeError).filter(Boolean),
  };
}
