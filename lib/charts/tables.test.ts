import { autoPalette } from "recharts";
import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { buildBenchmarkChart, listBenchmarks, resolveBenchmark } from "./benchmarks";
import { buildContextChart } from "./context";
import { toChartModels } from "./models";
import { PALETTE } from "./palette";
import { buildPriceChart } from "./prices";
import { visibleModels } from "./selection";
import { sortRows } from "./sort";
import { BENCH_COLUMNS, contextRows, priceRows } from "./tables";

const models = toChartModels(fixtureCatalog, FIXTURE_TODAY);
const three = visibleModels(models, { models: ["gamma-mini", "gamma-nano", "omega"], includeRetired: true });
const all = listBenchmarks(models);

describe("table twins", () => {
  it("benchmark rows follow the table's sort; without one, the chart's order (best first)", () => {
    const c = buildBenchmarkChart(three, resolveBenchmark(all, "mmlu", "mmlu")!);
    // MMLU: omega 88.7, gamma-mini 87.5, gamma-nano 80.1.
    expect(c.rows.map((r) => r.model.id)).toEqual(["omega", "gamma-mini", "gamma-nano"]);
    const sorted = sortRows(c.rows, BENCH_COLUMNS, { id: "score", desc: false });
    expect(sorted.map((r) => r.model.id)).toEqual(["gamma-nano", "gamma-mini", "omega"]);
  });

  it("price rows: drawn models, then those without prices on the tier, each with why", () => {
    const c = buildPriceChart(visibleModels(models, { models: [], includeRetired: false }), "flex");
    const rows = priceRows(c);
    // Only beta-lite (0.05 / – / 0.25) and alpha-mini (0.375 / 0.0375 / 2.25) have Flex prices; cheapest first.
    expect(rows.slice(0, 2)).toEqual([
      expect.objectContaining({ id: "beta-lite", input: 0.05, cachedInput: null, output: 0.25, note: null }),
      expect.objectContaining({ id: "alpha-mini", input: 0.375, cachedInput: 0.0375, output: 2.25, note: null }),
    ]);
    expect(rows.filter((r) => r.note === "not offered").map((r) => r.id)).toEqual([
      "alpha-nano",
      "delta-nano",
      "gamma-mini",
      "omega",
    ]);
    expect(rows).toHaveLength(6);
  });

  it("context rows hold exact token counts", () => {
    // Largest window first; equal windows and outputs in ID order.
    expect(contextRows(buildContextChart(three)).map((r) => [r.id, r.contextWindow, r.maxOutput])).toEqual([
      ["gamma-mini", 1_047_576, 32_768],
      ["gamma-nano", 128_000, 16_384],
      ["omega", 128_000, 16_384],
    ]);
  });
});

describe("copies kept in step", () => {
  it("palette entries are recharts' colour-blind-safe autoPalette", () => {
    expect([PALETTE.blue, PALETTE.orange, PALETTE.aqua]).toEqual(autoPalette.slice(0, 3));
  });
});
