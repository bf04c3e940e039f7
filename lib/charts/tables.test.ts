import { autoPalette } from "recharts";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { buildBenchmarkChart, listBenchmarks, resolveBenchmark } from "./benchmarks";
import { buildContextChart } from "./context";
import { toChartModels } from "./models";
import { PALETTE } from "./palette";
import { buildPriceChart } from "./prices";
import { visibleModels } from "./selection";
import { sortRows } from "./sort";
import { BENCH_COLUMNS, contextRows, priceRows } from "./tables";

const models = toChartModels(loadCatalog(), "2026-11-25");
const three = visibleModels(models, { models: ["gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o-mini"], includeRetired: true });
const all = listBenchmarks(models);

describe("table twins", () => {
  it("benchmark rows follow the table's sort; without one, the chart's order (best first)", () => {
    const c = buildBenchmarkChart(three, resolveBenchmark(all, "mmlu", "mmlu")!);
    expect(c.rows.map((r) => r.model.id)).toEqual(["gpt-4.1-mini", "gpt-4o-mini", "gpt-4.1-nano"]);
    const sorted = sortRows(c.rows, BENCH_COLUMNS, { id: "score", desc: false });
    expect(sorted.map((r) => r.model.id)).toEqual(["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini"]);
  });

  it("price rows: drawn models, then those without prices on the tier, each with why", () => {
    const c = buildPriceChart(visibleModels(models, { models: [], includeRetired: false }), "flex");
    const rows = priceRows(c);
    expect(rows[0]).toMatchObject({ id: "gpt-6-luna", input: 0.05, cachedInput: null, output: 0.25, note: null });
    expect(rows.filter((r) => r.note === "not offered").map((r) => r.id)).toEqual(c.notOffered.map((m) => m.id));
    expect(rows).toHaveLength(c.bars.length + c.notPublished.length + c.notOffered.length);
  });

  it("context rows hold exact token counts", () => {
    expect(contextRows(buildContextChart(three))[0]).toMatchObject({ id: "gpt-4.1-mini", contextWindow: 1_047_576, maxOutput: 32_768 });
  });
});

describe("copies kept in step", () => {
  it("palette entries are recharts' colour-blind-safe autoPalette", () => {
    expect([PALETTE.blue, PALETTE.orange, PALETTE.aqua]).toEqual(autoPalette.slice(0, 3));
  });
});
