import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { analyzeUsage, NOTES } from "./analyze";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";

describe("analyzeUsage", () => {
  it("puts period, usage, totals, repricing, banners and caveats together", () => {
    const agg = aggregate(
      [usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 10, uncachedInput: 1_700_000, output: 170_000 })],
      17,
      { batch: false, serviceTier: false },
    );
    const a = analyzeUsage(agg, fixtureCatalog(), { today: FIXTURE_TODAY });
    expect(a.period).toMatchObject({ firstDay: "2026-10-25", lastDay: "2026-11-10", days: "17" });
    // 1,700,000 × $0.15 + 170,000 × $0.60 = $0.255 + $0.102 = $0.357 over 17 days → × 30/17 = $0.63
    expect(a.totals).toMatchObject({ amount: "0.357", monthly: "0.63", complete: true });
    expect(a.models.map((m) => m.model)).toEqual(["gpt-4o-mini-2024-07-18"]);
    expect(a.reprice.current.monthly).toBe("0.63");
    expect(a.banners.map((b) => b.familyId)).toEqual(["gpt-4o-mini"]);
    expect(a.notes).toEqual([NOTES.noBatch, NOTES.noTier, NOTES.reasoning, NOTES.requestSize, NOTES.noImages]);
  });

  it("is empty, with no caveats, for a file without usage", () => {
    const a = analyzeUsage(
      { period: null, cells: [], reports: { batch: false, serviceTier: false, cacheWrite: false, imageTokens: false } },
      fixtureCatalog(),
      { today: FIXTURE_TODAY },
    );
    expect(a).toMatchObject({ period: null, models: [], totals: { amount: "0", monthly: null }, banners: [], notes: [] });
  });
});
