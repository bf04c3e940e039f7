import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { model } from "./fixtures.test-helpers";
import { toChartModels } from "./models";
import { buildPriceChart } from "./prices";
import { visibleModels } from "./selection";

describe("buildPriceChart", () => {
  const cheap = model("cheap", {
    tiers: { standard: { input: 0.1, cachedInput: null, output: 0.4 }, batch: null, flex: null, fast: null },
  });
  const dear = model("dear", {
    tiers: {
      standard: { input: 2, cachedInput: 0.5, output: 8 },
      batch: { input: null, cachedInput: null, output: null },
      flex: null,
      fast: null,
    },
  });

  it("draws published prices, cheapest input first, and names the gaps", () => {
    const c = buildPriceChart([dear, cheap], "standard");
    expect(c.bars.map((b) => [b.id, b.input, b.cachedInput, b.output])).toEqual([
      ["cheap", 0.1, null, 0.4],
      ["dear", 2, 0.5, 8],
    ]);
    expect(c.gaps).toEqual([{ key: "cachedInput", models: ["cheap"] }]);
  });

  it("puts models that stay callable first: a cheaper retiring one comes after them", () => {
    const leaving = model("leaving", {
      status: "deprecated",
      standing: "leaving",
      tiers: { standard: { input: 0.05, cachedInput: null, output: 0.4 }, batch: null, flex: null, fast: null },
    });
    expect(buildPriceChart([leaving, dear, cheap], "standard").bars.map((b) => b.id)).toEqual(["cheap", "dear", "leaving"]);
  });

  it("separates a tier not offered from prices not published", () => {
    const c = buildPriceChart([dear, cheap], "batch");
    expect(c.bars).toEqual([]);
    expect(c.notPublished.map((m) => m.id)).toEqual(["dear"]);
    expect(c.notOffered.map((m) => m.id)).toEqual(["cheap"]);
  });
});

describe("price chart snapshots (fixture catalog)", () => {
  const models = toChartModels(fixtureCatalog, FIXTURE_TODAY);
  const all = visibleModels(models, { models: [], includeRetired: true });

  it("draws omega-2024-05-13 on Fast mode, where its own price differs", () => {
    const c = buildPriceChart(all, "fast");
    // Fast prices: omega-2024-05-13 5 / – / 15, alpha-mini 1.50 / 0.15 / 9, omega 4.25 / 2.125 / 17; cheapest input first.
    expect(c.bars.map((b) => [b.id, b.input, b.cachedInput, b.output])).toEqual([
      ["alpha-mini", 1.5, 0.15, 9],
      ["omega", 4.25, 2.125, 17],
      ["omega-2024-05-13", 5, null, 15],
    ]);
  });

  it("does not list snapshots whose own standard price is not published", () => {
    const c = buildPriceChart(all, "standard");
    const listed = [...c.bars, ...c.notPublished, ...c.notOffered].map((m) => m.id);
    expect(listed).not.toContain("omega-2024-05-13");
    expect(c.bars.find((b) => b.id === "gamma-nano")).toMatchObject({ input: 0.1, cachedInput: 0.025, output: 0.4 });
  });

  it("lists gamma-mini's batch tier as not published (listed, prices unknown)", () => {
    const c = buildPriceChart(all, "batch");
    expect(c.notPublished.map((m) => m.id)).toEqual(["gamma-mini"]);
    expect(c.notOffered.map((m) => m.id)).toEqual(["beta-lite", "zeta-old"]);
  });
});
