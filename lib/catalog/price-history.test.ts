import { describe, expect, it } from "vitest";

import { fixtureEntry } from "./fixture.test-helpers";
import { parseModelFile } from "./parse";
import { validModelFile as clone, rejectionOf as rejection } from "./parse.test-helpers";
import { catalogOn, pointOn, priceSeries, pricingOn } from "./prices-on";

const change = (figure: string, effectiveFrom: string, value: number | null) => ({
  figure,
  effectiveFrom,
  value,
  source: "page",
});

describe("the price history's schema", () => {
  it("accepts a history read forwards, with the current price dated after it", () => {
    const raw = clone();
    raw.pricing.standard.input.effectiveFrom = "2026-01-01";
    raw.priceHistory = [change("standard.input", "2025-04-14", 0.8), change("standard.input", "2025-09-01", 0.6)];
    expect(parseModelFile("x.json", raw).priceHistory).toHaveLength(2);
  });
  it("rejects entries out of order, or two on one day (an overlap)", () => {
    const raw = clone();
    raw.pricing.standard.input.effectiveFrom = "2026-01-01";
    raw.priceHistory = [change("standard.input", "2025-09-01", 0.6), change("standard.input", "2025-09-01", 0.8)];
    expect(rejection(raw)).toContain(
      "priceHistory[1].effectiveFrom: must come after 2025-09-01, the previous standard.input entry",
    );
  });
  it("rejects a current price without its date, or dated before its history", () => {
    const raw = clone();
    raw.priceHistory = [change("standard.output", "2025-06-01", 2)];
    expect(rejection(raw)).toContain("standard.output's current price needs effectiveFrom (it has a history)");
    raw.pricing.standard.output.effectiveFrom = "2025-05-01";
    expect(rejection(raw)).toContain(
      "standard.output's current price (2025-05-01) must come after its last history entry (2025-06-01)",
    );
  });
  it("rejects an entry before the release, one for a tier not offered, and one without a source", () => {
    const before = clone();
    before.pricing.standard.input.effectiveFrom = "2026-01-01";
    before.priceHistory = [change("standard.input", "2025-01-01", 1)];
    expect(rejection(before)).toContain("is before the release date 2025-04-14");
    const noTier = clone();
    noTier.priceHistory = [change("flex.input", "2025-06-01", 0.2)];
    expect(rejection(noTier)).toContain("flex.input has a history but no current price");
    const unsourced = clone();
    unsourced.pricing.standard.input.effectiveFrom = "2026-01-01";
    unsourced.priceHistory = [{ figure: "standard.input", effectiveFrom: "2025-06-01", value: 1 }];
    expect(rejection(unsourced)).toContain("priceHistory[0].source");
  });
});

describe("prices on a day (fixture alpha-nano: Standard input $0.20 from 2026-03-01, $0.10 from 2026-06-01)", () => {
  const nano = fixtureEntry("alpha-nano");

  it("is a series oldest first, the current price last", () => {
    expect(priceSeries(nano, "standard.input").map((p) => [p.effectiveFrom, p.value])).toEqual([
      ["2026-03-01", 0.2],
      ["2026-06-01", 0.1],
    ]);
    // A figure with one known price: one entry, from the release date.
    expect(priceSeries(nano, "standard.output").map((p) => [p.effectiveFrom, p.value])).toEqual([["2026-03-01", 0.55]]);
    expect(priceSeries(nano, "flex.input")).toEqual([]);
  });

  it("reads the entry in force on a day: the last one that had begun, by the day", () => {
    const series = priceSeries(nano, "standard.input");
    expect(pointOn(series, "2026-02-28")).toBeNull();
    expect(pointOn(series, "2026-03-01")?.value).toBe(0.2);
    expect(pointOn(series, "2026-05-31")?.value).toBe(0.2);
    expect(pointOn(series, "2026-06-01")?.value).toBe(0.1);
    expect(pointOn(series, "2030-01-01")?.value).toBe(0.1);
  });

  it("resolves a whole pricing block for a day, and says when a figure had no price yet", () => {
    expect(pricingOn(nano, "2026-04-15").standard.input).toEqual({
      value: 0.2,
      source: "page",
      note: "launch price, halved on 2026-06-01",
      effectiveFrom: "2026-03-01",
    });
    expect(pricingOn(nano, "2026-11-25").standard.input.value).toBe(0.1);
    expect(pricingOn(nano, "2026-02-01").standard.input).toEqual({
      value: null,
      source: "page",
      note: "not priced yet on 2026-02-01: the first known price applies from 2026-03-01",
    });
    expect(pricingOn(nano, "2026-04-15").flex).toBeNull();
  });

  it("prices a whole catalog for a day, leaving the rest of each entry as it is", () => {
    const [spring] = catalogOn([nano], "2026-04-15");
    expect(spring?.pricing.standard.input.value).toBe(0.2);
    expect(spring?.pricing.standard.output.value).toBe(0.55);
    expect(spring?.id).toBe("alpha-nano");
    expect(nano.pricing.standard.input.value).toBe(0.1);
  });
});
