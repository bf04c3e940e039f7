import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { CatalogIndex } from "./catalog";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";
import { DAY } from "./pages.test-helpers";
import { totalsOf, usageByModel } from "./summary";

const index = new CatalogIndex(fixtureCatalog());

const AGG = aggregate(
  [
    usageCell("gpt-4.1-mini-2025-04-14", "standard", { requests: 30, uncachedInput: 1_000_000, output: 100_000 }),
    usageCell("gpt-4.1-mini-2025-04-14", "batch", { requests: 70, uncachedInput: 2_000_000, output: 300_000 }),
    usageCell("gpt-4o-mini-2024-07-18", "standard", {
      requests: 10,
      uncachedInput: 500,
      cachedInput: 400,
      cacheWriteInput: 100,
      output: 500,
    }),
    usageCell("gpt-7-preview", "standard", { requests: 5, uncachedInput: 1000, output: 1000 }),
  ],
  17,
);

describe("usageByModel", () => {
  const models = usageByModel(AGG, index, FIXTURE_TODAY, 17 * DAY);
  const byId = new Map(models.map((m) => [m.model, m]));

  it("resolves snapshots to their alias and keeps the file's IDs", () => {
    expect(models.map((m) => m.model)).toEqual(["gpt-4.1-mini-2025-04-14", "gpt-4o-mini-2024-07-18", "gpt-7-preview"]);
    expect(byId.get("gpt-4.1-mini-2025-04-14")!.identity).toEqual({
      known: true,
      catalogId: "gpt-4.1-mini-2025-04-14",
      familyId: "gpt-4.1-mini",
      displayName: "gpt-4.1-mini",
      reasoning: false,
    });
  });

  it("gives the tier mix and batch share", () => {
    const m = byId.get("gpt-4.1-mini-2025-04-14")!;
    expect(m.tiers.map((t) => [t.tier, t.label, t.counts.requests])).toEqual([
      ["standard", "Standard", 30],
      ["batch", "Batch", 70],
    ]);
    // 70 of 100 requests; 2,300,000 of 3,400,000 tokens
    expect(m.batchShare).toEqual({ requests: 0.7, tokens: 2_300_000 / 3_400_000 });
    expect(m.counts).toMatchObject({ requests: 100, uncachedInput: 3_000_000, output: 400_000 });
  });

  it("prices each tier at its own rate and normalises 17 days to 30", () => {
    // standard: 1,000,000 × $0.40 + 100,000 × $1.60 = $0.40 + $0.16 = $0.56
    // batch:    2,000,000 × $0.20 + 300,000 × $0.80 = $0.40 + $0.24 = $0.64
    // period $1.20 → 30 days: $1.20 × 30 / 17 = $36 / 17
    const cost = byId.get("gpt-4.1-mini-2025-04-14")!.cost!;
    expect(cost.amount).toBe("1.2");
    expect(cost.monthly).toBe("2.11764705882352941176470588235294117647058823529411764705882");
    expect(cost.complete).toBe(true);
  });

  it("gives lifecycle as of today", () => {
    expect(byId.get("gpt-4o-mini-2024-07-18")!.lifecycle).toEqual({
      status: "deprecated",
      shutdownDate: "2027-01-14",
      daysUntilShutdown: 50,
      callable: true,
      retiringSoon: true,
      replacementId: "gpt-6-luna",
    });
    expect(usageByModel(AGG, index, "2027-01-14", null)[1]!.lifecycle).toMatchObject({ status: "shutdown", callable: false });
  });

  it("keeps an unknown model's tokens and gives it no cost, not $0", () => {
    const m = byId.get("gpt-7-preview")!;
    expect(m.cost).toBeNull();
    expect(m.lifecycle).toBeNull();
    expect(m.counts.output).toBe(1000);
    expect(m.identity).toMatchObject({ known: false, reason: "not-in-catalog" });
  });

  it("says a cost leaves out cache writes it has no price for", () => {
    const cost = byId.get("gpt-4o-mini-2024-07-18")!.cost!;
    expect(cost).toMatchObject({ amount: "0.000405", complete: false, unpricedTokens: 100 });
    expect(cost.unpricedReasons).toEqual([
      "The catalog has no cache-write price for gpt-4o-mini-2024-07-18: 100 cache-write tokens are left out of this total.",
    ]);
  });
});

describe("totalsOf", () => {
  it("sums the priced parts and names every token left out", () => {
    const totals = totalsOf(usageByModel(AGG, index, FIXTURE_TODAY, 17 * DAY), 17 * DAY);
    // $1.20 (gpt-4.1-mini) + $0.000405 (gpt-4o-mini) = $1.200405
    expect(totals.amount).toBe("1.200405");
    expect(totals.complete).toBe(false);
    expect(totals.excluded).toEqual([
      {
        model: "gpt-4o-mini-2024-07-18",
        tokens: 100,
        reason:
          "The catalog has no cache-write price for gpt-4o-mini-2024-07-18: 100 cache-write tokens are left out of this total.",
      },
      { model: "gpt-7-preview", tokens: 2000, reason: "gpt-7-preview is not in the catalog, so its usage cannot be priced." },
    ]);
    expect(totals.counts.requests).toBe(115);
  });

  it("is complete and zero for an empty file", () => {
    expect(totalsOf([], null)).toMatchObject({ amount: "0", monthly: null, complete: true, excluded: [] });
  });
});
