import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { modelHistory } from "./model-history";

describe("modelHistory (fixture catalog, today 2026-11-25)", () => {
  it("alpha-nano: one figure with a history, charted up to today; its release and the cut on the timeline", () => {
    const h = modelHistory(fixtureCatalog, "alpha-nano", FIXTURE_TODAY)!;
    expect(h.histories.map((x) => x.figure)).toEqual(["standard.input"]);
    expect(h.chart?.xLabels.map((l) => l.label)).toEqual(["Mar 1, 2026", "Nov 25, 2026"]);
    expect(h.pricesSince).toBeNull();
    expect(h.timeline.map((t) => t.event.id)).toEqual(["release/alpha-nano/2026-03-01", "price/alpha-nano/2026-06-01"]);
    expect(h.pastCount).toBe(2);
  });

  it("delta-nano: no price history (its prices date from its release); a scheduled shutdown after today", () => {
    const h = modelHistory(fixtureCatalog, "delta-nano", FIXTURE_TODAY)!;
    expect([h.histories, h.chart, h.pricesSince]).toEqual([[], null, "2025-08-07"]);
    expect(h.timeline.map((t) => [t.event.kind, t.event.date, t.scheduled])).toEqual([
      ["release", "2025-08-07", false],
      ["replacement", "2026-06-11", false],
      ["notice", "2026-09-11", false],
      ["replacement", "2026-11-25", false],
      ["shutdown", "2026-12-11", true],
    ]);
    expect(h.pastCount).toBe(4);
  });

  it("an alias's prices date from its default snapshot's release; without a date, none is said", () => {
    // omega points to omega-2024-08-06 (released 2024-08-06), not omega's own 2024-05-13.
    expect(modelHistory(fixtureCatalog, "omega", FIXTURE_TODAY)!.pricesSince).toBe("2024-08-06");
    expect(modelHistory(fixtureCatalog, "zeta-old", FIXTURE_TODAY)!.pricesSince).toBeNull();
  });

  it("tells one day's events in the order they happen: the notice, then the replacement it names", () => {
    const h = modelHistory(fixtureCatalog, "omega-2024-05-13", FIXTURE_TODAY)!;
    expect(h.timeline.map((t) => t.event.kind)).toEqual(["release", "notice", "replacement", "shutdown"]);
  });

  it("is null for an unknown ID", () => {
    expect(modelHistory(fixtureCatalog, "nope", FIXTURE_TODAY)).toBeNull();
  });
});
