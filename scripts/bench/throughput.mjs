// Throughput with autocannon (pinned, through `npx -y`, never a dependency) against loopback
// targets only, for a bounded duration. autocannon shares the machine's cores with the server,
// so absolute numbers understate a real deployment; the ratio to the static server in the same
// run is the comparable figure.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
export const AUTOCANNON_VERSION = "9.0.0";

/** Before each timed run: JIT-cold routes under 100 simultaneous first requests interleave 100 slow renders, and some exceed autocannon's 10 s timeout. */
export const WARMUP = { connections: 10, duration: 5 };

export async function autocannon(url, { connections, duration }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing a non-loopback target: ${url}`);
  const { stdout } = await run(
    "npx",
    ["-y", `autocannon@${AUTOCANNON_VERSION}`, "-c", String(connections), "-d", String(duration), "-j", url],
    { timeout: (duration + 60) * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  const j = JSON.parse(stdout);
  return {
    rps: j.requests.average,
    p50: j.latency.p50,
    p99: j.latency.p99,
    errors: j.errors, // connection errors, timeouts included
    timeouts: j.timeouts,
    non2xx: j.non2xx,
    total: j.requests.total,
    bytesPerReq: j.requests.total ? Math.round(j.throughput.total / j.requests.total) : 0,
  };
}
