/**
 * The examples issue 17 asks for, end to end: a Usage API result → parser → analysis, with
 * exact decimals computed by hand (fixture catalog: figures from data/ as of 2026-11-25).
 */
import { describe, expect, it } from "vitest";

import { analyzeUsage } from "./analyze";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";
import { bucket, page, usageResult } from "./pages.test-helpers";
import { importUsageFiles } from "./parse";

const catalog = fixtureCatalog();

async function analyze(results: unknown[], days = 1) {
  const buckets = Array.from({ length: days }, (_, d) => bucket(d, d === 0 ? results : []));
  const r = await importUsageFiles([{ name: "usage.json", content: JSON.stringify(page(buckets)) }]);
  if (!r.ok) throw new Error(r.problems[0]!.message);
  return analyzeUsage(r.usage!.aggregate, catalog, { today: FIXTURE_TODAY });
}

describe("issue 17 examples", () => {
  it("1,000 input (400 cached, 100 cache writes) + 500 output on gpt-4o-mini, standard", async () => {
    const a = await analyze([
      usageResult({
        input_tokens: 1000,
        input_cached_tokens: 400,
        input_cache_write_tokens: 100,
        output_tokens: 500,
        num_model_requests: 1,
      }),
    ]);
    // $0.15 / $0.075 / $0.60 per 1M (OpenAI's prompt-caching price table, via data/models/gpt-4o-mini.json):
    //   (1,000 − 400 − 100) × 0.15 / 1M = 0.000075;  400 × 0.075 / 1M = 0.00003;  500 × 0.60 / 1M = 0.0003
    //   total $0.000405. gpt-4o-mini has no cache-write price in the catalog: the 100 cache-write
    //   tokens are left out of the total, which says so (incomplete, with the tokens named).
    expect(a.totals.amount).toBe("0.000405");
    expect(a.totals.complete).toBe(false);
    expect(a.totals.excluded).toEqual([
      {
        model: "gpt-4o-mini-2024-07-18",
        tokens: 100,
        reason:
          "The catalog has no cache-write price for gpt-4o-mini-2024-07-18: 100 cache-write tokens are left out of this total.",
      },
    ]);
  });

  it("a batch result is priced at the batch rate", async () => {
    const a = await analyze([
      usageResult({
        model: "gpt-4.1-mini-2025-04-14",
        batch: true,
        input_tokens: 1_000_000,
        input_cached_tokens: 0,
        output_tokens: 500_000,
      }),
    ]);
    // gpt-4.1-mini Batch $0.20 in / $0.80 out: 1,000,000 × 0.20 / 1M + 500,000 × 0.80 / 1M = 0.2 + 0.4
    expect(a.models[0]!.tiers.map((t) => [t.tier, t.cost?.amount])).toEqual([["batch", "0.6"]]);
    expect(a.models[0]!.batchShare).toEqual({ requests: 1, tokens: 1 });
  });

  it("a priority-tier result is priced at the priority rate", async () => {
    const a = await analyze([
      usageResult({
        model: "gpt-5-mini-2025-08-07",
        service_tier: "priority",
        input_tokens: 1_000_000,
        input_cached_tokens: 200_000,
        output_tokens: 100_000,
      }),
    ]);
    // gpt-5-mini priority $0.45 / $0.045 / $3.60: 800,000 × 0.45 + 200,000 × 0.045 + 100,000 × 3.60, / 1M
    //   = 0.36 + 0.009 + 0.36 = 0.729
    expect(a.models[0]!.tiers.map((t) => [t.tier, t.label, t.cost?.amount])).toEqual([["fast", "Fast mode", "0.729"]]);
  });

  it("a period of 17 days normalises to 30 exactly", async () => {
    const a = await analyze([usageResult({ input_tokens: 10_200_000, input_cached_tokens: 0, output_tokens: 0 })], 17);
    // 10,200,000 × $0.15 / 1M = $1.53 over 17 days → × 30 / 17 = $2.70
    expect(a.period?.days).toBe("17");
    expect(a.totals).toMatchObject({ amount: "1.53", monthly: "2.7" });
  });
});
