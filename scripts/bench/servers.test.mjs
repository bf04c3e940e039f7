import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { startStaticServer } from "./servers.mjs";
import { cpuSeconds } from "./throughput.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-static-"));
fs.writeFileSync(path.join(dir, "0.body"), "<h1>catalog</h1>");
const files = new Map([["/?q=mini", { file: path.join(dir, "0.body"), type: "text/html; charset=utf-8" }]]);
const headers = { "X-Frame-Options": "DENY" };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A port per test file run, away from the app's (3000), e2e's (3100) and the bench's (3206–3210), and
// from the ports fetch() refuses (3659 was in the old 3400–3904 range; 4400–4904 holds none).
const port = 4400 + (process.pid % 500);

describe("startStaticServer", () => {
  for (const cpuMsPerRequest of [0, 5]) {
    it(`answers with the app's bytes, content type and headers (${cpuMsPerRequest ? "control, burning CPU first" : "plain"})`, async () => {
      const server = await startStaticServer({ port: port + cpuMsPerRequest, files, headers, cpuMsPerRequest });
      try {
        const ok = await fetch(`${server.url}/?q=mini`);
        expect(ok.status).toBe(200);
        expect(ok.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(ok.headers.get("x-frame-options")).toBe("DENY");
        expect(await ok.text()).toBe("<h1>catalog</h1>");
        expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
      } finally {
        await server.stop();
      }
    });
  }
});

describe("cpuSeconds", () => {
  it("reads a process's CPU time from /proc, and it grows with work", () => {
    const before = cpuSeconds(process.pid);
    // Burn 50 ms of CPU (not of wall time, which a busy machine may spend elsewhere): five of /proc's 10 ms ticks.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user + process.cpuUsage(start).system < 50_000);
    const after = cpuSeconds(process.pid);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(before);
  });

  it("is 0 for a process that does not exist", () => {
    expect(cpuSeconds(2 ** 22 + 1)).toBe(0);
  });
});
