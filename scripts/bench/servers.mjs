// Servers for the bench: the production app (`next start`, started through node so the pid we
// kill is the server itself, never an orphan behind npx) and a static file server that serves
// the very same HTML bytes, as the "how fast could this be" baseline.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { loopbackHost, waitForHttp } from "../proxy/stack.mjs";

const READY_TIMEOUT_MS = 60_000;

/**
 * `next start` on localhost:port (loopback only); resolves once it answers. `-H localhost`, not
 * `-H 127.0.0.1`: bound to an address, Next answers the app's day pages with a 404
 * (scripts/proxy/stack.mjs, loopbackHost).
 */
export async function startNext({ projectDir, port, env = {}, log }) {
  const nextBin = fileURLToPath(new URL("../../node_modules/next/dist/bin/next", import.meta.url));
  const child = spawn(process.execPath, [nextBin, "start", "-H", "localhost", "-p", String(port)], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://${await loopbackHost()}:${port}`;
  try {
    await Promise.race([
      waitForHttp(url, { timeoutMs: READY_TIMEOUT_MS }),
      exited.then((code) => {
        throw new Error(`next start exited (${code}) on port ${port}:\n${output}`);
      }),
    ]);
  } catch (e) {
    child.kill("SIGTERM");
    throw e;
  }
  log?.(`next start pid ${child.pid} on ${url}`);
  return {
    url,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/**
 * A minimal static file server: each URL maps to a file on disk, read per request (no in-memory
 * cache) and sent with the same headers the app sends. `files` maps "path?query" to
 * { file, type }: the body and the content type the app answered with. With `cpuMsPerRequest`
 * it first burns that much CPU per request: the control for the throughput run.
 */
export async function startStaticServer({ port, files, headers, cpuMsPerRequest = 0 }) {
  const server = http.createServer((req, res) => {
    if (cpuMsPerRequest > 0) burnThen(cpuMsPerRequest, () => serve(req, res));
    else serve(req, res);
  });
  const serve = (req, res) => {
    const entry = files.get(req.url);
    if (!entry) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    fs.readFile(entry.file, (err, body) => {
      if (err) {
        res.writeHead(500);
        res.end();
        return;
      }
      res.writeHead(200, { ...headers, "content-type": entry.type, "content-length": body.length });
      res.end(body);
    });
  };
  // Node's default keep-alive timeout (5 s) matches next start's; leave both at their defaults.
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Slices a request's CPU cost is spread over, each in its own event-loop turn, as a streamed render is. */
const CONTROL_SLICES = 4;

/**
 * The control for the throughput run: the same bytes, after burning the CPU a render costs, with
 * no Next.js or React involved. If it times out like `next start` does, the framework is not why.
 */
function burnThen(cpuMs, done) {
  let left = CONTROL_SLICES;
  const slice = () => {
    const until = performance.now() + cpuMs / CONTROL_SLICES;
    while (performance.now() < until); // busy on purpose: this is the CPU a render would use
    if (--left > 0) setImmediate(slice);
    else done();
  };
  setImmediate(slice);
}

/** Saves each URL's response body and content type (as the app serves them) for the static server. */
export async function snapshotResponses(baseUrl, paths, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const files = new Map();
  for (const [i, p] of paths.entries()) {
    const res = await fetch(baseUrl + p);
    const file = path.join(dir, `${i}.body`);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    files.set(p, { file, type: res.headers.get("content-type") ?? "application/octet-stream" });
  }
  return files;
}
