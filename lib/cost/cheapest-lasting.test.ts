import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { ARTICLE_WORKLOAD } from "./article-workload";
import { cheapestLasting } from "./cheapest-lasting";

describe("cheapestLasting (fixture catalog, article workload: (input + output / 2) × 30)", () => {
  it("crowns beta-lite ($10.50) and names delta-nano ($7.50, shuts down 2026-12-11) second", () => {
    // Lasting small models: beta-lite (0.10 + 0.50/2) × 30 = 10.50, alpha-nano 11.25, alpha-mini 90.
    // Leaving: delta-nano (0.05 + 0.40/2) × 30 = 7.50, 16 days left; gamma-mini 27.00.
    // Gone: gamma-nano 9.00 (shut down), zeta-old 99.00 (status unknown). omega is full-size.
    const h = cheapestLasting(fixtureCatalog, ARTICLE_WORKLOAD, FIXTURE_TODAY);
    expect(h.pick?.entry.id).toBe("beta-lite");
    expect(h.pick?.perMonth).toBe("10.5");
    expect(h.sooner?.item.entry.id).toBe("delta-nano");
    expect(h.sooner?.item.perMonth).toBe("7.5");
    expect(h.sooner?.shutdownDate).toBe("2026-12-11");
    expect(h.sooner?.daysLeft).toBe(16);
  });

  it("once delta-nano is gone, names nobody second", () => {
    const h = cheapestLasting(fixtureCatalog, ARTICLE_WORKLOAD, "2026-12-11");
    expect(h.pick?.entry.id).toBe("beta-lite");
    expect(h.sooner).toBeNull();
  });

  it("prices the chosen tier: on Flex only alpha-mini and beta-lite are priced", () => {
    // beta-lite Flex: (0.05 + 0.25 / 2) × 30 = 5.25; alpha-mini Flex: (0.375 + 2.25 / 2) × 30 = 45.
    const h = cheapestLasting(fixtureCatalog, ARTICLE_WORKLOAD, FIXTURE_TODAY, "flex");
    expect(h.pick?.entry.id).toBe("beta-lite");
    expect(h.pick?.perMonth).toBe("5.25");
    expect(h.sooner).toBeNull();
  });
});
