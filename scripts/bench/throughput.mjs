// Throughput with autocannon (pinned, through `npx -y`, never a dependency) against loopback
// targets only, for a bounded duration. autocannon shares the machine's cores with the server,
// so absolute numbers understate a real deployment; the ratio to the static server in the same
// run is the comparable figure.
import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";

const run = promisify(execFile);
export const AUTOCANNON_VERSION = "9.0.0";

/** Before each timed run: JIT-cold routes under 100 simultaneous first requests interleave 100 slow renders, and some exceed autocannon's 10 s timeout. */
export const WARMUP = { connections: 10, duration: 5 };

export async function autocannon(url, { connections, duration }) {
  if (!/^http:\/\/(127\.0\.0\.1|\[::1\]):\d+\//.test(url)) throw new Error(`refusing a non-loopback target: ${url}`);
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
    max: j.latency.max,
    errors: j.errors, // connection errors, timeouts included
    timeouts: j.timeouts,
    non2xx: j.non2xx,
    total: j.requests.total,
    bytesPerReq: j.requests.total ? Math.round(j.throughput.total / j.requests.total) : 0,
  };
}

/**
 * CPU seconds (user + system) used so far by a process and its descendants, from /proc (Linux).
 * Read before and after a run, the difference ÷ requests is the server's CPU cost per request:
 * the figure that decides how a single Node process copes with a burst of new connections.
 */
export function cpuSeconds(pid) {
  let total = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
    } catch {
      return; // exited, or not Linux
    }
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    for (const task of safeReaddir(`/proc/${p}/task`)) {
      for (const child of readChildren(`/proc/${p}/task/${task}/children`)) visit(child);
    }
  };
  visit(pid);
  return total;
}

/** USER_HZ: 100 on every Linux this bench runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

function safeReaddir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function readChildren(file) {
  try {
    return fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}
