#!/usr/bin/env node
// `npm run serve:proxy`: the app as it is meant to be deployed on one machine. Builds it
// (`next build`; skipped with --skip-build or SKIP_BUILD=1 when a build exists), starts one
// `next start` per core (at least 2) on loopback ports, and nginx with deploy/nginx.conf in front
// on port 8080, its cache emptied first (a new build is never served from an old cache). Ctrl-C
// or SIGTERM stops nginx, then every `next start`; if any of them exits on its own, the rest are
// stopped too. Nothing runs as a daemon and nothing is left behind.
//
// Options (or environment):
//   --port=8080        (PORT)            where nginx listens, on every interface
//   --host=127.0.0.1   (HOST)            listen on this address only
//   --upstreams=2      (UPSTREAMS)       how many `next start` processes (default: cores, 2 to 8)
//   --upstream-port=N  (UPSTREAM_PORT)   the first upstream's port (default: port + 1; then +2, …)
//   --skip-build       (SKIP_BUILD=1)    reuse .next when it holds a build
//   --run-dir=DIR      (PROXY_RUN_DIR)   nginx's pid, temp files and cache (default .next/proxy)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { ROOT, startProxyStack } from "./proxy/stack.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? true];
  }),
);
const PORT = Number(args.port ?? process.env.PORT ?? 8080);
const HOST = args.host ?? process.env.HOST;
const UPSTREAMS = Number(args.upstreams ?? process.env.UPSTREAMS ?? Math.min(8, Math.max(2, os.availableParallelism())));
const FIRST_UPSTREAM = Number(args["upstream-port"] ?? process.env.UPSTREAM_PORT ?? PORT + 1);
const RUN_DIR = path.resolve(ROOT, String(args["run-dir"] ?? process.env.PROXY_RUN_DIR ?? ".next/proxy"));
const SKIP_BUILD = Boolean(args["skip-build"]) || process.env.SKIP_BUILD === "1";

const log = (...m) => console.error("[serve:proxy]", ...m);

function build() {
  if (SKIP_BUILD && fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    log("reusing the build in .next (--skip-build)");
    return;
  }
  if (SKIP_BUILD) log("no build in .next: building anyway");
  log("next build…");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
}

async function main() {
  if (!Number.isInteger(UPSTREAMS) || UPSTREAMS < 1) throw new Error(`bad --upstreams: ${UPSTREAMS}`);
  execFileSync("bash", [path.join(ROOT, "scripts/ensure-nginx.sh")], { stdio: "inherit" });
  build();
  const upstreamPorts = Array.from({ length: UPSTREAMS }, (_, i) => FIRST_UPSTREAM + i);
  log(`starting ${UPSTREAMS} × next start (${upstreamPorts.join(", ")}) and nginx on ${HOST ?? "*"}:${PORT}…`);

  let stopping = null;
  let stack = null;
  const shutdown = (reason, code) => {
    if (stopping) return stopping;
    log(`${reason}: stopping nginx and the upstreams…`);
    stopping = (stack ? stack.stop() : Promise.resolve()).then(() => {
      log("stopped");
      process.exit(code);
    });
    return stopping;
  };
  // A terminal's Ctrl-C reaches the children too (same process group); stop() is idempotent.
  process.on("SIGINT", () => shutdown("SIGINT", 130));
  process.on("SIGTERM", () => shutdown("SIGTERM", 143));
  process.on("SIGHUP", () => shutdown("SIGHUP", 129));
  // SIGTERM sent to `npm run` reaches only npm's `sh -c`, which dies without passing it on:
  // when the process that started this one is gone, stop as if it had been passed on.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && shutdown("parent process gone", 143), 500).unref();

  stack = await startProxyStack({ port: PORT, host: HOST, upstreamPorts, runDir: RUN_DIR, stdio: "inherit", log });
  if (stopping) return;
  for (const p of stack.processes) p.exited.then((code) => shutdown(`${p.name} exited (${code})`, stopping ? 0 : 1));
  log(
    `ready on http://${HOST ?? "localhost"}:${PORT} (nginx pid ${stack.pids.nginx}; next start pids ${stack.pids.upstreams.join(", ")})`,
  );
  log(`cache: ${path.relative(ROOT, RUN_DIR)}/cache; Ctrl-C stops everything`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
