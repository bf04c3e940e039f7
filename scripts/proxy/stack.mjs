// The deployment in one process tree: N `next start` processes on loopback ports (started with
// the same Node flags as `npm start`) behind nginx with deploy/nginx.conf. Used by
// `npm run serve:proxy`, the proxy tests (e2e/proxy.spec.ts) and the bench (`--only=proxy`).
// Every child is started directly (never through npm or a shell), so the pid stopped is the
// process itself and nothing is orphaned.
import { spawn } from "node:child_process";
import dns from "node:dns";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { prepareRunDir } from "./nginx-conf.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 5_000;

/**
 * `npm start`'s command as argv for the current Node: package.json's "start" script is
 * `node <node flags> node_modules/next/dist/bin/next start`; its flags (the 64 KB header limit)
 * are kept, `node` becomes this Node binary.
 */
export function startArgv(root = ROOT) {
  const script = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
  const words = script.trim().split(/\s+/);
  if (words[0] !== "node" || !words.includes("start")) throw new Error(`unexpected start script: ${script}`);
  return words.slice(1).map((w) => (w.startsWith("node_modules/") ? path.join(root, w) : w));
}

export async function waitForHttp(url, { timeoutMs = READY_TIMEOUT_MS, exited } = {}) {
  const until = Date.now() + timeoutMs;
  let gone = null;
  exited?.then((code) => (gone = code));
  for (;;) {
    if (gone !== null) throw new Error(`the process serving ${url} exited (${gone})`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      await res.arrayBuffer();
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** A child process with an idempotent stop(): SIGTERM, then SIGKILL after a grace period. */
function child(command, args, { env, stdio, name, log }) {
  const proc = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", stdio, stdio] });
  let output = "";
  if (stdio === "pipe") {
    const keep = (d) => (output = (output + d).slice(-20_000));
    proc.stdout.on("data", keep);
    proc.stderr.on("data", keep);
  }
  const exited = new Promise((resolve) => proc.once("exit", (code, signal) => resolve(code ?? signal)));
  log?.(`${name} pid ${proc.pid}`);
  return {
    name,
    pid: proc.pid,
    exited,
    output: () => output,
    get running() {
      return proc.exitCode === null && proc.signalCode === null;
    },
    async stop(signal = "SIGTERM") {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill(signal);
      const timer = new Promise((r) => setTimeout(() => r("timeout"), STOP_GRACE_MS));
      if ((await Promise.race([exited, timer])) === "timeout") {
        proc.kill("SIGKILL");
        await exited;
      }
    },
  };
}

/**
 * The loopback address `next start -H localhost` binds: Node resolves "localhost" the same way
 * here as in the server (127.0.0.1, or ::1 where the resolver lists it first), so nginx's upstream
 * lines name the address actually listened on. Not `-H 127.0.0.1`: bound to an address, Next
 * 16.4 treats the app's own rewrites (proxy.ts: / → /day/<today>) as requests to another origin
 * (http://localhost:PORT/…), proxies them, and proxy.ts answers the internal /day/ path with a
 * 404 (x-middleware-rewrite: …/day-pages-are-internal).
 */
export async function loopbackHost() {
  const { address, family } = await dns.promises.lookup("localhost");
  return family === 6 ? `[${address}]` : address;
}

/** One `next start` on localhost:port (loopback only), resolved once it answers. */
export async function startUpstream({ port, env = {}, stdio = "pipe", log }) {
  const host = await loopbackHost();
  const proc = child(process.execPath, [...startArgv(), "-H", "localhost", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
    stdio,
    name: `next start :${port}`,
    log,
  });
  try {
    await waitForHttp(`http://${host}:${port}/`, { exited: proc.exited });
  } catch (e) {
    await proc.stop();
    throw new Error(`${e.message}\n${proc.output()}`);
  }
  return proc;
}

/** nginx in the foreground (daemon off in the config), its errors on stderr. */
export async function startNginx({ runDir, listen, upstreamPorts, stdio = "pipe", log }) {
  const conf = prepareRunDir({ runDir, listen, upstreamPorts, upstreamHost: await loopbackHost() });
  const port = Number(String(listen).split(":").pop());
  const proc = child(NGINX, ["-p", runDir, "-c", conf, "-e", "stderr"], { env: process.env, stdio, name: `nginx :${port}`, log });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/_next/nginx-ready-probe`, { exited: proc.exited, timeoutMs: 15_000 });
  } catch (e) {
    await proc.stop();
    throw new Error(`${e.message}\n${proc.output()}`);
  }
  return proc;
}

/**
 * Upstreams first (nginx answers 502 until they are up), then nginx with a fresh cache.
 * @param {{ port: number, host?: string, upstreamPorts: number[], runDir: string, env?: object,
 *   stdio?: "pipe" | "inherit", log?: (...m: unknown[]) => void }} o
 */
export async function startProxyStack({ port, host, upstreamPorts, runDir, env = {}, stdio = "pipe", log }) {
  let upstreams = [];
  let nginx = null;
  const stop = async () => {
    // nginx first, so no request reaches a stopping upstream; then the upstreams together.
    await nginx?.stop();
    await Promise.all(upstreams.map((u) => u.stop()));
  };
  try {
    upstreams = await Promise.all(upstreamPorts.map((p) => startUpstream({ port: p, env, stdio, log })));
    nginx = await startNginx({ runDir, listen: host ? `${host}:${port}` : port, upstreamPorts, stdio, log });
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    runDir,
    get pids() {
      return { nginx: nginx.pid, upstreams: upstreams.map((u) => u.pid) };
    },
    get processes() {
      return [nginx, ...upstreams];
    },
    /** Restarts the upstreams (e.g. with another NAVIGATOR_TODAY); nginx and its cache stay. */
    async restartUpstreams(newEnv = env) {
      await Promise.all(upstreams.map((u) => u.stop()));
      upstreams = await Promise.all(upstreamPorts.map((p) => startUpstream({ port: p, env: newEnv, stdio, log })));
    },
    stop,
  };
}
