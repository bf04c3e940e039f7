import { describe, expect, it } from "vitest";

import { countCacheVerdicts } from "./proxy.mjs";

describe("countCacheVerdicts (nginx access log, deploy/nginx.conf's format)", () => {
  it("counts HIT, STALE and UPDATING as answered from the cache, and the statuses", () => {
    const log = [
      '2026-12-02T11:00:00+00:00 200 HIT 0.000 "GET /" 1234',
      '2026-12-02T11:00:00+00:00 200 MISS 0.012 "GET /" 1234',
      '2026-12-02T11:00:01+00:00 200 STALE 0.000 "GET /" 1234',
      '2026-12-02T11:00:01+00:00 200 UPDATING 0.000 "GET /" 1234',
      '2026-12-02T11:00:01+00:00 200 BYPASS 0.010 "GET /?_rsc=1" 99',
      '2026-12-02T11:00:02+00:00 404 - 0.003 "GET /nope" 10',
      "",
    ].join("\n");
    expect(countCacheVerdicts(log)).toEqual({ total: 6, hits: 3, statuses: { 200: 5, 404: 1 } });
  });

  it("is empty for an empty log", () => {
    expect(countCacheVerdicts("")).toEqual({ total: 0, hits: 0, statuses: {} });
  });
});
