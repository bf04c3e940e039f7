import { describe, expect, it } from "vitest";

import { CatalogIndex } from "./catalog";
import { fixtureCatalog } from "./fixtures.test-helpers";
import { importUsageFiles } from "./parse";
import { benchUsageCsv, prng, SAMPLE_DAYS, SAMPLE_PROJECTS, SAMPLE_STREAMS, sampleFiles, sampleRecords } from "./samples";

const index = new CatalogIndex(fixtureCatalog());

describe("sample workload", () => {
  const records = sampleRecords();

  it("has one record per day, stream and project", () => {
    expect(records).toHaveLength(SAMPLE_DAYS * SAMPLE_STREAMS.length * SAMPLE_PROJECTS.length);
  });

  it("follows the stated streams: weekends at 60 %, days within ±10 %", () => {
    for (const s of SAMPLE_STREAMS) {
      for (let d = 0; d < SAMPLE_DAYS; d++) {
        const day = records.filter((r) => r.model === s.model && r.tier === s.tier).slice(d * 2, d * 2 + 2);
        const requests = day.reduce((n, r) => n + r.counts.requests, 0);
        const weekend = [0, 6].includes(new Date(day[0]!.start * 1000).getUTCDay()) ? 0.6 : 1;
        expect(requests / (s.requestsPerDay * weekend)).toBeGreaterThanOrEqual(0.899);
        expect(requests / (s.requestsPerDay * weekend)).toBeLessThanOrEqual(1.101);
        // exact split: the two projects add up to the stream's tokens
        const input = day.reduce((n, r) => n + r.counts.uncachedInput + r.counts.cachedInput, 0);
        expect(input).toBe(requests * s.inputPerRequest);
      }
    }
  });

  it("is the same on every run", () => {
    expect(sampleRecords()).toEqual(records);
    expect(sampleFiles(index)).toEqual(sampleFiles(index));
    const a = prng(1);
    const b = prng(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("writes four files that parse back to the same usage, JSON and CSV alike", async () => {
    const files = sampleFiles(index);
    expect(Object.keys(files)).toEqual(["usage-completions.json", "costs.json", "usage-completions.csv", "costs.csv"]);
    const json = await importUsageFiles([{ name: "u.json", content: files["usage-completions.json"]! }]);
    const csv = await importUsageFiles([{ name: "u.csv", content: files["usage-completions.csv"]! }]);
    if (!json.ok || !csv.ok) throw new Error("samples did not parse");
    expect(json.usage!.aggregate.cells).toEqual(csv.usage!.aggregate.cells);
    expect(json.usage!.stats).toMatchObject({ pages: 5, buckets: 30, records: 150 });
    expect(json.usage!.aggregate.reports).toEqual({ batch: true, serviceTier: true, cacheWrite: true, imageTokens: false });
    const costsJson = await importUsageFiles([{ name: "c.json", content: files["costs.json"]! }]);
    const costsCsv = await importUsageFiles([{ name: "c.csv", content: files["costs.csv"]! }]);
    if (!costsJson.ok || !costsCsv.ok) throw new Error("sample costs did not parse");
    expect(costsJson.costs!.lines).toEqual(costsCsv.costs!.lines);
    expect(costsJson.costs!.total).toBe(costsCsv.costs!.total);
  });

  it("keeps project names and e-mails in the CSVs only, never in the usage JSON", () => {
    const files = sampleFiles(index);
    for (const p of SAMPLE_PROJECTS) {
      expect(files["usage-completions.csv"]).toContain(p.name);
      expect(files["costs.csv"]).toContain(p.email);
      expect(files["usage-completions.json"]).not.toContain(p.name);
    }
  });
});

describe("benchUsageCsv", () => {
  it("writes the asked number of rows, deterministically, and they parse", async () => {
    const text = benchUsageCsv(1_000);
    expect(text).toBe(benchUsageCsv(1_000));
    expect(text.trimEnd().split("\n")).toHaveLength(1_001);
    const r = await importUsageFiles([{ name: "bench.csv", content: text }]);
    expect(r.ok && r.usage!.stats).toMatchObject({ records: 1_000, buckets: SAMPLE_DAYS });
  });
});
