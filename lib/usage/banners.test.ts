import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { retirementBanners } from "./banners";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";

const catalog = fixtureCatalog();
const AGG = aggregate([
  usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
  usageCell("gpt-4o-mini", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
  usageCell("gpt-5-mini-2025-08-07", "standard", { requests: 100, uncachedInput: 100_000, output: 100_000 }),
  usageCell("gpt-6-luna", "standard", { requests: 1, uncachedInput: 10, output: 10 }),
]);

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
