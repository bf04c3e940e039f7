import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { buildBenchmarkChart, listBenchmarks, resolveBenchmark } from "@/lib/charts/benchmarks";
import { buildContextChart } from "@/lib/charts/context";
import { model, score } from "@/lib/charts/fixtures.test-helpers";
import { toChartModels } from "@/lib/charts/models";
import { buildPriceChart } from "@/lib/charts/prices";
import { buildQualityChart } from "@/lib/charts/quality";
import { visibleModels } from "@/lib/charts/selection";
import { sortRows } from "@/lib/charts/sort";
import { BENCH_COLUMNS, contextRows, priceRows } from "@/lib/charts/tables";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { benchmarkExport, contextExport, priceExport, qualityExport } from "./charts";
import { parseCsv } from "./csv-reader.test-helpers";
import { CSV_UNKNOWN, toCsv, toJsonExport } from "./table";

const models = toChartModels(loadCatalog(), "2026-11-25");
const three = visibleModels(models, { models: ["gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o-mini"], includeRetired: true });
const all = listBenchmarks(models);
const mmlu = resolveBenchmark(all, "mmlu", "mmlu")!;
const csvOf = (t: Parameters<typeof toCsv>[0]) => parseCsv(toCsv(t));
const col = (rows: string[][], header: string) => {
  const i = rows[0]!.indexOf(header);
  expect(i, header).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i]);
};

describe("benchmark chart export", () => {
  it("names the benchmark and its unit in the header and holds one row per table row, in table order", () => {
    const c = buildBenchmarkChart(three, mmlu);
    const e = benchmarkExport(c, c.rows);
    expect(e.title).toBe("Benchmark scores: MMLU");
    expect(e.file).toBe("charts-benchmark-mmlu");
    const csv = csvOf(e.table);
    expect(csv[0]).toEqual([
      "Model ID", "Name", "Lifecycle", "Shutdown date (YYYY-MM-DD)", "Size", "Benchmark", "MMLU (%)",
      "Reported by (self-reported/independent)", "Reporter", "Setting", "Source", "Source URL", "Date (YYYY-MM(-DD))",
    ]);
    expect(col(csv, "Model ID")).toEqual(["gpt-4.1-mini", "gpt-4o-mini", "gpt-4.1-nano"]);
    expect(col(csv, "MMLU (%)")).toEqual(["87.5", "82", "80.1"]);
    expect(col(csv, "Lifecycle")).toEqual(["Deprecated", "Deprecated", "Shut down"]);
    expect(col(csv, "Shutdown date (YYYY-MM-DD)")).toEqual(["2027-01-14", "2027-01-14", "2026-10-23"]);
    expect(col(csv, "Date (YYYY-MM(-DD))")).toEqual(["2025-04-14", "2024-07-18", "2025-04-14"]);
  });

  it("follows the table's sort", () => {
    const c = buildBenchmarkChart(three, mmlu);
    const e = benchmarkExport(c, sortRows(c.rows, BENCH_COLUMNS, { id: "score", desc: false }));
    expect(e.table.rows.map((r) => [r.model, r.score])).toEqual([["gpt-4.1-nano", 80.1], ["gpt-4o-mini", 82], ["gpt-4.1-mini", 87.5]]);
  });

  it("a model without a score is 'not published' in CSV and null in JSON, never zero", () => {
    const c = buildBenchmarkChart([model("a", { scores: [score({ name: "MMLU", value: 70 })] }), model("b")], { slug: "mmlu", name: "MMLU", unit: "%" });
    const e = benchmarkExport(c, c.rows);
    const row = csvOf(e.table).find((r) => r[0] === "b")!;
    expect(row.slice(6)).toEqual(Array(7).fill(CSV_UNKNOWN));
    const json = toJsonExport(e.table, { view: "charts", link: "/charts" });
    expect(json.rows.find((r) => r.model === "b")).toMatchObject({ score: null, reportedBy: null, source: null });
    expect(json.rows.find((r) => r.model === "a")).toMatchObject({ score: 70, reportedBy: "self-reported" });
  });

  it("defuses a formula in catalog text", () => {
    const evil = model("c", { displayName: "=HYPERLINK(\"http://x\")", scores: [score({ name: "MMLU", value: 1, sourceTitle: "+cmd" })] });
    const c = buildBenchmarkChart([evil], { slug: "mmlu", name: "MMLU", unit: "%" });
    const row = csvOf(benchmarkExport(c, c.rows).table)[1]!;
    expect(row[1]).toBe("'=HYPERLINK(\"http://x\")");
    expect(row[10]).toBe("'+cmd");
  });
});

describe("price chart export", () => {
  it("writes the tier's exact prices per 1M tokens and says why a model has none", () => {
    const c = buildPriceChart(visibleModels(models, { models: [], includeRetired: false }), "flex");
    const e = priceExport(priceRows(c), TIER_LABEL.flex);
    expect(e).toMatchObject({ title: "Prices: Flex tier", file: "charts-prices-flex" });
    const csv = csvOf(e.table);
    expect(csv[0]!.slice(5)).toEqual([
      "Service tier", "Input price (USD per 1M tokens)", "Cached input price (USD per 1M tokens)", "Output price (USD per 1M tokens)", "Note",
    ]);
    expect(csv[1]).toEqual(["gpt-6-luna", "GPT-6 Luna", "Active", CSV_UNKNOWN, "small", "Flex", "0.05", CSV_UNKNOWN, "0.25", ""]);
    const notOffered = csv.filter((r) => r[9] === "Not offered on Flex");
    expect(notOffered.map((r) => r[0])).toEqual(c.notOffered.map((m) => m.id));
    expect(notOffered.every((r) => r[6] === CSV_UNKNOWN)).toBe(true);
    expect(e.table.rows).toHaveLength(priceRows(c).length);
  });

  it("keeps the Standard prices of the article's three", () => {
    const c = buildPriceChart(three, "standard");
    const rows = priceExport(priceRows(c), TIER_LABEL.standard).table.rows;
    expect(rows.map((r) => [r.model, r.input, r.output])).toEqual([
      ["gpt-4.1-nano", 0.1, 0.4],
      ["gpt-4o-mini", 0.15, 0.6],
      ["gpt-4.1-mini", 0.4, 1.6],
    ]);
  });
});

describe("context chart export", () => {
  it("writes exact token counts under headers that name the unit", () => {
    const e = contextExport(contextRows(buildContextChart(three)));
    const csv = csvOf(e.table);
    expect(csv[0]!.slice(5)).toEqual(["Context window (tokens)", "Max output (tokens)"]);
    expect(csv.find((r) => r[0] === "gpt-4.1-mini")!.slice(5)).toEqual(["1047576", "32768"]);
    expect(csv.find((r) => r[0] === "gpt-4o-mini")!.slice(5)).toEqual(["128000", "16384"]);
  });
});

describe("quality chart export", () => {
  it("carries the benchmark, the blend, the blended price and the frontier", () => {
    const c = buildQualityChart(three, mmlu, "standard", 75);
    const e = qualityExport(c, c.points, TIER_LABEL.standard);
    expect(e.title).toBe("Quality against price: MMLU, Standard tier, 75% input");
    const json = toJsonExport(e.table, { view: "charts", link: "/charts?old=1&qb=mmlu" });
    expect(json.columns.find((x) => x.key === "price")).toMatchObject({ header: "Blended price (USD per 1M tokens)" });
    expect(json.rows.find((r) => r.model === "gpt-4.1-mini")).toMatchObject({
      score: 87.5, tier: "Standard", inputShare: 75, price: 0.7, input: 0.4, output: 1.6, onFrontier: true,
    });
    const csv = csvOf(e.table);
    expect(col(csv, "On the cost-efficient frontier (yes/no)")).toEqual(c.points.map((p) => (p.onFrontier ? "yes" : "no")));
    expect(col(csv, "Input share of the blend (%)")).toEqual(c.points.map(() => "75"));
  });
});
