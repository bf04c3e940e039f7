import { autoPalette } from "recharts";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { buildBenchmarkChart, listBenchmarks, resolveBenchmark } from "./benchmarks";
import { buildContextChart } from "./context";
import { parseCsv } from "./csv";
import { toChartModels } from "./models";
import { PALETTE } from "./palette";
import { buildPriceChart } from "./prices";
import { buildQualityChart } from "./quality";
import { visibleModels } from "./selection";
import { sortRows } from "./sort";
import {
  BENCH_COLUMNS,
  benchmarkCsv,
  contextCsv,
  contextRows,
  priceCsv,
  priceRows,
  qualityCsv,
} from "./tables";

const models = toChartModels(loadCatalog(), "2026-11-25");
const three = visibleModels(models, { models: ["gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o-mini"], includeRetired: true });
const all = listBenchmarks(models);
const lines = (csv: string) => csv.trimEnd().split("\r\n");
const table = (csv: string) => parseCsv(csv);

describe("table twins and CSV", () => {
  it("benchmark CSV has one line per drawn score and per model without one", () => {
    const c = buildBenchmarkChart(three, resolveBenchmark(all, "mmlu", "mmlu")!);
    const csv = lines(benchmarkCsv(c, c.rows));
    expect(csv[0]).toBe("model,name,lifecycle,size,benchmark,score,unit,reported_by,reporter,setting,source,source_url,date");
    expect(table(benchmarkCsv(c, c.rows)).slice(1).map((r) => [r[0], r[5]])).toEqual([
      ["gpt-4.1-mini", "87.5"],
      ["gpt-4o-mini", "82"],
      ["gpt-4.1-nano", "80.1"],
    ]);
    expect(csv[3]).toContain("Shut down Oct 23");
  });

  it("benchmark CSV follows the table's sort", () => {
    const c = buildBenchmarkChart(three, resolveBenchmark(all, "mmlu", "mmlu")!);
    const sorted = sortRows(c.rows, BENCH_COLUMNS, { id: "score", desc: false });
    expect(table(benchmarkCsv(c, sorted)).slice(1).map((r) => r[0])).toEqual(["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini"]);
  });

  it("price CSV writes exact prices and marks models without them", () => {
    const c = buildPriceChart(visibleModels(models, { models: [], includeRetired: false }), "flex");
    const csv = lines(priceCsv(c, priceRows(c), TIER_LABEL.flex));
    expect(csv[1]).toBe("gpt-6-luna,GPT-6 Luna,Active,small,Flex,0.05,,0.25,");
    expect(csv.filter((l) => l.endsWith(",not offered")).length).toBe(c.notOffered.length);
  });

  it("context CSV writes exact token counts", () => {
    const c = buildContextChart(three);
    expect(lines(contextCsv(contextRows(c)))[1]).toMatch(/^gpt-4\.1-mini,.*,1047576,32768,$/);
  });

  it("quality CSV carries the blend and the frontier", () => {
    const c = buildQualityChart(three, resolveBenchmark(all, "mmlu", "mmlu")!, "standard", 75);
    const csv = lines(qualityCsv(c, c.points, TIER_LABEL.standard));
    expect(csv.find((l) => l.startsWith("gpt-4.1-mini,"))).toContain(",Standard,75,0.7,0.4,1.6,yes,");
  });
});

describe("copies kept in step", () => {
  it("palette entries are recharts' colour-blind-safe autoPalette", () => {
    expect([PALETTE.blue, PALETTE.orange, PALETTE.aqua]).toEqual(autoPalette.slice(0, 3));
  });
});
