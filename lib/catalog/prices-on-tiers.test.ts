import { describe, expect, it } from "vitest";

import { fixtureEntry, FIXTURE_TODAY as TODAY } from "./fixture.test-helpers";
import { pointOn, priceSeries, pricingOn } from "./prices-on";

describe("pricingOn and priceSeries, computed in each test", () => {
  it("keeps every offered tier and the cache-write price", () => {
    // alpha-mini: Batch and Flex $0.375 / $2.25, Fast $1.50 / $9.00; a made-up cache-write price of $1.
    const e = structuredClone(fixtureEntry("alpha-mini"));
    e.pricing.cacheWrite = { value: 1, source: "page" };
    const p = pricingOn(e, TODAY);
    expect([p.batch?.input.value, p.batch?.output.value]).toEqual([0.375, 2.25]);
    expect([p.flex?.input.value, p.flex?.output.value]).toEqual([0.375, 2.25]);
    expect([p.fast?.input.value, p.fast?.output.value]).toEqual([1.5, 9]);
    expect(p.cacheWrite).toEqual({ value: 1, source: "page", effectiveFrom: "2026-03-01" });
  });

  it("dates a current price without its own date from the release, or from always when that is unknown", () => {
    expect(priceSeries(fixtureEntry("alpha-mini"), "standard.input")).toEqual([
      { effectiveFrom: "2026-03-01", value: 0.75, source: "page" },
    ]);
    // zeta-old has no release date: its price has no start, and is in force on any day.
    const series = priceSeries(fixtureEntry("zeta-old"), "standard.input");
    expect(series).toEqual([{ effectiveFrom: null, value: 1.1, source: "page" }]);
    expect(pointOn(series, "2020-01-01")).toEqual({ effectiveFrom: null, value: 1.1, source: "page" });
  });

  it("keeps a current price's note", () => {
    // alpha-nano's Batch cached input is not published, and says so.
    expect(priceSeries(fixtureEntry("alpha-nano"), "batch.cachedInput")).toEqual([
      { effectiveFrom: "2026-03-01", value: null, source: "page", note: "not published" },
    ]);
  });
});
