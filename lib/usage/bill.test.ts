import { describe, expect, it } from "vitest";

import { averageRequest, priceCounts } from "./bill";
import { CatalogIndex } from "./catalog";
import { zeroCounts } from "./cells";
import { fixtureCatalog } from "./fixtures.test-helpers";
import type { TokenCounts } from "./types";

const index = new CatalogIndex(fixtureCatalog());
const priced = (id: string) => index.get(id)!.priced;
const counts = (c: Partial<TokenCounts>): TokenCounts => ({ ...zeroCounts(), requests: 1, ...c });

describe("priceCounts", () => {
  it("prices 1,000 input (400 cached, 100 cache writes) + 500 output on gpt-4o-mini at standard prices", () => {
    // gpt-4o-mini standard (data/models/gpt-4o-mini.json, OpenAI's prompt-caching price table):
    // $0.15 input, $0.075 cached input, $0.60 output per 1M tokens; no cache-write price.
    //   uncached input: 1,000 − 400 cached − 100 cache writes = 500 × $0.15 / 1M  = $0.000075
    //   cached input:   400 × $0.075 / 1M                                        = $0.00003
    //   output:         500 × $0.60 / 1M                                         = $0.0003
    //   total                                                                    = $0.000405
    // The 100 cache-write tokens are not priced (the catalog has no cache-write price for
    // gpt-4o-mini): the total says it is incomplete and names them, never prices them at $0.
    const r = priceCounts(
      priced("gpt-4o-mini"),
      counts({ uncachedInput: 500, cachedInput: 400, cacheWriteInput: 100, output: 500 }),
      "standard",
    );
    expect(r.amount).toBe("0.000405");
    expect(r.parts.map((p) => [p.kind, p.tokens, p.ratePer1M, p.amount])).toEqual([
      ["uncachedInput", 500, "0.15", "0.000075"],
      ["cachedInput", 400, "0.075", "0.00003"],
      ["cacheWriteInput", 100, null, null],
      ["output", 500, "0.6", "0.0003"],
    ]);
    expect(r.complete).toBe(false);
    expect(r.notes).toEqual([
      "The catalog has no cache-write price for gpt-4o-mini: 100 cache-write tokens are left out of this total.",
    ]);
  });

  it("prices a batch result at the batch rate", () => {
    // gpt-4.1-mini Batch: $0.20 input, $0.80 output per 1M (standard: $0.40 / $1.60).
    //   1,000,000 × $0.20 / 1M + 500,000 × $0.80 / 1M = $0.20 + $0.40 = $0.60
    const c = counts({ uncachedInput: 1_000_000, output: 500_000 });
    expect(priceCounts(priced("gpt-4.1-mini-2025-04-14"), c, "batch").amount).toBe("0.6");
    // the same tokens at standard: $0.40 + $0.80 = $1.20
    expect(priceCounts(priced("gpt-4.1-mini-2025-04-14"), c, "standard").amount).toBe("1.2");
  });

  it("prices a priority-tier result at the priority (Fast mode) rate", () => {
    // gpt-5-mini priority: $0.45 input, $0.045 cached input, $3.60 output per 1M.
    //   800,000 × $0.45 / 1M = $0.36;  200,000 × $0.045 / 1M = $0.009;  100,000 × $3.60 / 1M = $0.36
    //   total $0.729 (at standard it would be $0.20 + $0.005 + $0.20 = $0.405)
    const c = counts({ uncachedInput: 800_000, cachedInput: 200_000, output: 100_000 });
    expect(priceCounts(priced("gpt-5-mini"), c, "fast").amount).toBe("0.729");
    expect(priceCounts(priced("gpt-5-mini"), c, "standard").amount).toBe("0.405");
  });

  it("prices cache writes at the catalog's cache-write price on standard", () => {
    // gpt-6-luna: cache write $0.125 per 1M → 100 × $0.125 / 1M = $0.0000125
    const r = priceCounts(priced("gpt-6-luna"), counts({ cacheWriteInput: 100 }), "standard");
    expect(r).toMatchObject({ amount: "0.0000125", complete: true });
    const batch = priceCounts(priced("gpt-6-luna"), counts({ cacheWriteInput: 100 }), "batch");
    expect(batch).toMatchObject({ amount: "0", complete: false });
    expect(batch.notes[0]).toContain("standard processing only");
  });

  it("bills cached tokens at the input rate where no cached price is published, and says so", () => {
    // gpt-4.1-mini Batch has no cached price: 1,000 cached × $0.20 / 1M = $0.0002 (an upper bound)
    const r = priceCounts(priced("gpt-4.1-mini"), counts({ cachedInput: 1000 }), "batch");
    expect(r.amount).toBe("0.0002");
    expect(r.parts[0]).toMatchObject({ kind: "cachedInput", ratePer1M: "0.2", note: expect.stringContaining("upper bound") });
  });

  it("leaves a tier without prices unpriced, with the reason", () => {
    const r = priceCounts(priced("gpt-4o-mini"), counts({ uncachedInput: 10, output: 5 }), "batch");
    expect(r).toMatchObject({
      amount: "0",
      complete: false,
      notes: ["Batch input or output price not published for gpt-4o-mini"],
    });
    expect(r.parts.map((p) => [p.kind, p.amount])).toEqual([
      ["uncachedInput", null],
      ["output", null],
    ]);
    expect(priceCounts(priced("gpt-5-mini"), counts({ output: 5 }), "flex").notes).toEqual([
      "No flex tier published for gpt-5-mini",
    ]);
    expect(priceCounts(priced("gpt-5-mini"), counts({ output: 5 }), "other:scale").notes).toEqual([
      "The “scale” tier has no prices in the catalog.",
    ]);
  });

  it("calls a total a lower bound when the average request passes the long-context threshold", () => {
    // gpt-6-luna surcharges requests over 272,000 input tokens; 2 requests averaging 300,000 prove some did.
    const r = priceCounts(priced("gpt-6-luna"), counts({ requests: 2, uncachedInput: 600_000, output: 10 }), "standard");
    expect(r.lowerBound).toBe(true);
    expect(r.notes.join(" ")).toContain("average 300,000 input tokens");
    expect(priceCounts(priced("gpt-6-luna"), counts({ requests: 3, uncachedInput: 600_000 }), "standard").lowerBound).toBe(false);
  });

  it("prices zero usage at zero, complete", () => {
    expect(priceCounts(priced("gpt-4o-mini"), zeroCounts(), "standard")).toEqual({
      amount: "0",
      parts: [],
      complete: true,
      lowerBound: false,
      notes: [],
    });
  });
});

describe("averageRequest", () => {
  it("rounds the average up (the largest request is at least that) and is null without requests", () => {
    expect(averageRequest(counts({ requests: 3, uncachedInput: 10, cachedInput: 0, output: 7 }))).toEqual({
      input: 4,
      output: 3,
    });
    expect(averageRequest(zeroCounts())).toBeNull();
  });
});
