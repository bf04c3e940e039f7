import { describe, expect, it } from "vitest";

import type { TierRates } from "@/lib/cost/types";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { retirementBanners } from "./banners";
import type { UsageCatalog } from "./catalog";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";

const catalog = fixtureCatalog();
const AGG = aggregate([
  usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
  usageCell("gpt-4o-mini", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
  usageCell("gpt-5-mini-2025-08-07", "standard", { requests: 100, uncachedInput: 100_000, output: 100_000 }),
  usageCell("gpt-6-luna", "standard", { requests: 1, uncachedInput: 10, output: 10 }),
]);

const MINI_ONLY = aggregate([
  usageCell("gpt-4o-mini", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
]);

/** The fixture with gpt-6-luna's standard prices or shutdown date changed. */
function withLuna(change: { tiers?: TierRates; shutdownDate?: string }): UsageCatalog {
  return {
    models: catalog.models.map((m) =>
      m.id !== "gpt-6-luna"
        ? m
        : {
            ...m,
            priced: change.tiers ? { ...m.priced, tiers: { ...m.priced.tiers, standard: change.tiers } } : m.priced,
            lifecycle: change.shutdownDate
              ? { ...m.lifecycle, status: "deprecated" as const, shutdownDate: change.shutdownDate }
              : m.lifecycle,
          },
    ),
  };
}

describe("retirementBanners", () => {
  const banners = retirementBanners(AGG, catalog, { today: FIXTURE_TODAY });

  it("has one banner per retiring model, soonest shutdown first", () => {
    expect(banners.map((b) => [b.familyId, b.fileIds, b.lifecycle.shutdownDate])).toEqual([
      ["gpt-5-mini", ["gpt-5-mini-2025-08-07"], "2026-12-11"],
      ["gpt-4o-mini", ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"], "2027-01-14"],
    ]);
  });

  it("prices the model's usage on its recommended replacement", () => {
    const mini = banners[1]!;
    // 2 × (1,000,000 × $0.15 + 500,000 × $0.60) = $0.90 now; on gpt-6-luna 2 × ($0.10 + $0.25) = $0.70: −22.2222 %
    expect(mini.current).toEqual({ monthly: "0.9", complete: true });
    expect(mini.replacement).toMatchObject({
      id: "gpt-6-luna",
      inCatalog: true,
      message: null,
      row: { monthly: "0.7", comparison: { percent: "-22.2222" } },
    });
    expect(mini.cheapest).toMatchObject({ targetId: "gpt-6-luna" });
    expect(mini.sooner).toBeNull();
    expect(mini.suggestion).toMatchObject({ recommended: true, row: { targetId: "gpt-6-luna", monthly: "0.7" } });
  });

  it("names a replacement the catalog does not list, and still offers the cheapest active model", () => {
    const gpt5 = banners[0]!;
    expect(gpt5.replacement).toEqual({
      id: "gpt-6.1-terra",
      displayName: null,
      inCatalog: false,
      row: null,
      message: "gpt-6.1-terra is not in the catalog yet, so it cannot be priced.",
    });
    // 100,000 × $0.10 + 100,000 × $0.50 = $0.06 on gpt-6-luna
    expect(gpt5.cheapest).toMatchObject({ targetId: "gpt-6-luna", monthly: "0.06" });
    expect(gpt5.suggestion).toMatchObject({ recommended: false, row: { targetId: "gpt-6-luna" } });
  });

  it("follows the headline rule: never suggests a model that shuts down within the horizon", () => {
    // gpt-6-luna at ten times its prices: 1,000,000 × $1 + 500,000 × $5 = $3.50, while
    // gpt-4o-mini itself stays at $0.45 and gpt-4.1-mini costs $0.40 + $0.80 = $1.20.
    const dear = withLuna({ tiers: { input: 1, cachedInput: 0.1, output: 5 } });
    const [b] = retirementBanners(MINI_ONLY, dear, { today: FIXTURE_TODAY });
    expect(b!.cheapest).toMatchObject({ targetId: "gpt-6-luna", monthly: "3.5" });
    // The cheaper model that shuts down on 2027-01-14 is named second, 50 days before.
    expect(b!.sooner).toMatchObject({
      item: { targetId: "gpt-4o-mini", monthly: "0.45" },
      shutdownDate: "2027-01-14",
      daysLeft: 50,
    });
    expect(b!.suggestion).toMatchObject({ recommended: true, row: { targetId: "gpt-6-luna" } });
  });

  it("suggests nothing when the replacement and every other model leave within the horizon", () => {
    // gpt-6-luna shutting down on 2027-01-01 (37 days): leaving, like every other model.
    const leaving = withLuna({ shutdownDate: "2027-01-01" });
    const [b] = retirementBanners(MINI_ONLY, leaving, { today: FIXTURE_TODAY });
    expect(b!.replacement?.row).toMatchObject({ targetId: "gpt-6-luna" });
    expect(b!.cheapest).toBeNull();
    expect(b!.suggestion).toBeNull();
    // $0.10 + $0.25 on gpt-6-luna is still the cheapest, named as leaving.
    expect(b!.sooner).toMatchObject({ item: { targetId: "gpt-6-luna", monthly: "0.35" }, daysLeft: 37 });
  });

  it("has no banner for active or unknown models", () => {
    expect(
      retirementBanners(
        aggregate([usageCell("gpt-6-luna", "standard", { output: 1 }), usageCell("x", "standard", { output: 1 })]),
        catalog,
        { today: FIXTURE_TODAY },
      ),
    ).toEqual([]);
  });
});
