// The deployment measured (issue 14): autocannon through nginx (deploy/nginx.conf) in front of two
// `next start` processes, started as `npm run serve:proxy` starts them, on the default view of
// every page and on a repeated permalink. Reported beside the static server's figure for the same
// bytes in the same run; the cache's hit ratio comes from nginx's access log, CPU per request
// from /proc (nginx and the upstreams separately). Reported, never asserted.
import fs from "node:fs";
import path from "node:path";

import { startProxyStack } from "../proxy/stack.mjs";
import { startStaticServer } from "./servers.mjs";
import { autocannon, cpuSeconds, WARMUP } from "./throughput.mjs";

/** Verdicts that mean nginx answered without asking an upstream. */
const SERVED_FROM_CACHE = new Set(["HIT", "STALE", "UPDATING"]);

/** Counts the access-log lines written since `offset`: all of them, and those answered from the cache. */
export function countCacheVerdicts(text) {
  let total = 0;
  let hits = 0;
  const statuses = {};
  for (const line of text.split("\n")) {
    // $time_iso8601 $status $upstream_cache_status … (deploy/nginx.conf, log_format cache)
    const [, status, verdict] = line.split(" ");
    if (!status) continue;
    total += 1;
    if (SERVED_FROM_CACHE.has(verdict)) hits += 1;
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return { total, hits, statuses };
}

function readFrom(file, offset) {
  const size = fs.statSync(file).size;
  if (size <= offset) return "";
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(size - offset);
    fs.readSync(fd, buf, 0, buf.length, offset);
    return buf.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

const sizeOf = (file) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {{ root: string, targets: {url: string, label: string, kind: "default" | "permalink"}[],
 *   ports: { proxy: number, upstreams: number[], static: number }, today: string,
 *   connections: number, duration: number, staticRuns: Map<string, object>, headers: object,
 *   log: (...m: unknown[]) => void }} o
 *   staticRuns: the static server's runs already measured in this run, by URL (reused, not repeated)
 */
export async function measureProxy({ root, targets, ports, today, connections, duration, staticRuns, headers, log }) {
  const runDir = path.join(root, ".next/proxy-bench");
  const stack = await startProxyStack({
    port: ports.proxy,
    host: "127.0.0.1",
    upstreamPorts: ports.upstreams,
    runDir,
    env: { NAVIGATOR_TODAY: today },
    log,
  });
  const accessLog = path.join(runDir, "access.log");
  const rows = [];
  let stat = null;
  try {
    // A link pasted as written may redirect (308) once to its canonical spelling: measure that one.
    const resolved = [];
    for (const t of targets) {
      const res = await fetch(stack.url + t.url, { redirect: "manual" });
      await res.arrayBuffer();
      const location = res.status === 308 ? res.headers.get("location") : null;
      const url = location ? new URL(location, stack.url).pathname + new URL(location, stack.url).search : t.url;
      resolved.push({ ...t, url, label: url === t.url ? t.label : `${t.label} → ${url}` });
    }
    // The static server for the URLs the throughput section did not measure (same bytes as the proxy serves).
    const missing = resolved.filter((t) => !staticRuns.has(t.url));
    if (missing.length) {
      const files = new Map();
      const dir = path.join(root, "reports/bench/proxy-html");
      fs.mkdirSync(dir, { recursive: true });
      for (const [i, t] of missing.entries()) {
        const res = await fetch(stack.url + t.url);
        const file = path.join(dir, `${i}.body`);
        fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
        files.set(t.url, { file, type: res.headers.get("content-type") ?? "application/octet-stream" });
      }
      stat = await startStaticServer({ port: ports.static, files, headers });
    }

    for (const t of resolved) {
      log(`autocannon -c ${connections} -d ${duration} ${t.url} (through nginx)…`);
      await autocannon(stack.url + t.url, WARMUP);
      await sleep(1500); // nginx flushes its access log every second
      const offset = sizeOf(accessLog);
      const cpu = () => ({
        nginx: cpuSeconds(stack.pids.nginx),
        upstreams: stack.pids.upstreams.reduce((s, p) => s + cpuSeconds(p), 0),
      });
      const before = cpu();
      const run = await autocannon(stack.url + t.url, { connections, duration });
      const after = cpu();
      await sleep(1500);
      const verdicts = countCacheVerdicts(readFrom(accessLog, offset));
      const perRequest = (s) => (run.total ? (s * 1000) / run.total : null);
      let staticRun = staticRuns.get(t.url);
      if (!staticRun) {
        log(`autocannon -c ${connections} -d ${duration} ${t.url} (static)…`);
        await autocannon(stat.url + t.url, WARMUP);
        staticRun = await autocannon(stat.url + t.url, { connections, duration });
      }
      rows.push({
        ...t,
        proxy: {
          ...run,
          hitRatio: verdicts.total ? verdicts.hits / verdicts.total : null,
          logged: verdicts.total,
          nginxCpuMsPerRequest: perRequest(after.nginx - before.nginx),
          upstreamCpuMsPerRequest: perRequest(after.upstreams - before.upstreams),
        },
        static: staticRun,
        ratio: run.rps / staticRun.rps,
      });
    }
  } finally {
    await stat?.stop();
    await stack.stop();
  }
  return { upstreams: ports.upstreams.length, runs: rows };
}
