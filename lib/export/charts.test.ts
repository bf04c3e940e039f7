import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";
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
import { toCsv, toJsonExport } from "./table";

const models = toChartModels(fixtureCatalog, FIXTURE_TODAY);
const three = visibleModels(models, { models: ["gamma-mini", "gamma-nano", "omega"], includeRetired: true });
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
      "Model ID",
      "Name",
      "Lifecycle",
      "Shutdown date (YYYY-MM-DD)",
      "Size",
      "Benchmark",
      "MMLU (%)",
      "Reported by (self-reported/independent)",
      "Reporter",
      "Setting",
      "Source",
      "Source URL",
      "Date (YYYY-MM(-DD))",
      "Not published",
    ]);
    expect(col(csv, "Model ID")).toEqual(["omega", "gamma-mini", "gamma-nano"]);
    expect(col(csv, "MMLU (%)")).toEqual(["88.7", "87.5", "80.1"]);
    expect(col(csv, "Lifecycle")).toEqual(["Active", "Deprecated", "Shut down"]);
    // omega has no announced shutdown: an empty cell, named in the last column.
    expect(col(csv, "Shutdown date (YYYY-MM-DD)")).toEqual(["", "2027-01-14", "2026-10-23"]);
    // No fixture score names its setting (shots, tools).
    expect(col(csv, "Not published")).toEqual(["Shutdown date; Setting", "Setting", "Setting"]);
    expect(col(csv, "Size")).toEqual(["full-size reference", "small", "small"]);
    expect(col(csv, "Date (YYYY-MM(-DD))")).toEqual(["2024-05-13", "2025-04-14", "2025-04-14"]);
  });

  it("follows the table's sort", () => {
    const c = buildBenchmarkChart(three, mmlu);
    const e = benchmarkExport(c, sortRows(c.rows, BENCH_COLUMNS, { id: "score", desc: false }));
    expect(e.table.rows.map((r) => [r.model, r.score])).toEqual([
      ["gamma-nano", 80.1],
      ["gamma-mini", 87.5],
      ["omega", 88.7],
    ]);
  });

  it("a model without a score is an empty cell named 'not published' in CSV and null in JSON, never zero", () => {
    const c = buildBenchmarkChart([model("a", { scores: [score({ name: "MMLU", value: 70 })] }), model("b")], {
      slug: "mmlu",
      name: "MMLU",
      unit: "%",
    });
    const e = benchmarkExport(c, c.rows);
    const row = csvOf(e.table).find((r) => r[0] === "b")!;
    expect(row.slice(6, 13)).toEqual(Array(7).fill(""));
    expect(row[13]).toBe("Shutdown date; MMLU; Reported by; Reporter; Setting; Source; Source URL; Date");
    const json = toJsonExport(e.table, { view: "charts", link: "/charts" });
    expect(json.rows.find((r) => r.model === "b")).toMatchObject({ score: null, reportedBy: null, source: null });
    expect(json.rows.find((r) => r.model === "a")).toMatchObject({ score: 70, reportedBy: "self-reported" });
  });

  it("defuses a formula in catalog text", () => {
    const evil = model("c", {
      displayName: '=HYPERLINK("http://x")',
      scores: [score({ name: "MMLU", value: 1, sourceTitle: "+cmd" })],
    });
    const c = buildBenchmarkChart([evil], { slug: "mmlu", name: "MMLU", unit: "%" });
    const row = csvOf(benchmarkExport(c, c.rows).table)[1]!;
    expect(row[1]).toBe('\'=HYPERLINK("http://x")');
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
      "Service tier",
      "Input price (USD per 1M tokens)",
      "Cached input price (USD per 1M tokens)",
      "Output price (USD per 1M tokens)",
      "Note",
      "Not published",
    ]);
    expect(csv[1]).toEqual([
      "beta-lite",
      "Beta Lite",
      "Active",
      "",
      "small",
      "Flex",
      "0.05",
      "",
      "0.25",
      "",
      "Shutdown date; Cached input price",
    ]);
    const notOffered = csv.filter((r) => r[9] === "Not offered on Flex");
    expect(notOffered.map((r) => r[0])).toEqual(["alpha-nano", "delta-nano", "gamma-mini", "omega"]);
    expect(notOffered.every((r) => r[6] === "" && r[10]!.includes("Input price"))).toBe(true);
    expect(e.table.rows).toHaveLength(priceRows(c).length);
  });

  it("keeps the Standard prices, lasting models first, cheapest input first in each group", () => {
    const c = buildPriceChart(three, "standard");
    const rows = priceExport(priceRows(c), TIER_LABEL.standard).table.rows;
    // omega-2024-05-13 (chosen with its alias) publishes no Standard price of its own: not listed.
    // omega stays callable; gamma-mini retires within 90 days; gamma-nano is shut down, however cheap.
    expect(rows.map((r) => [r.model, r.input, r.cachedInput, r.output])).toEqual([
      ["omega", 2.5, 1.25, 10],
      ["gamma-mini", 0.4, 0.1, 1],
      ["gamma-nano", 0.1, 0.025, 0.4],
    ]);
  });
});

describe("context chart export", () => {
  it("writes exact token counts under headers that name the unit", () => {
    const e = contextExport(contextRows(buildContextChart(three)));
    const csv = csvOf(e.table);
    expect(csv[0]!.slice(5)).toEqual(["Context window (tokens)", "Max output (tokens)", "Not published"]);
    expect(csv.find((r) => r[0] === "gamma-mini")!.slice(5)).toEqual(["1047576", "32768", ""]);
    expect(csv.find((r) => r[0] === "omega")!.slice(5)).toEqual(["128000", "16384", "Shutdown date"]);
  });
});

describe("quality chart export", () => {
  it("carries the benchmark, the blend, the blended price and the frontier", () => {
    // Over every shown point (qf=shown): by default only omega, the one lasting model, would be on it.
    expect(buildQualityChart(three, mmlu, "standard", 75).frontier.map((p) => p.id)).toEqual(["omega"]);
    const c = buildQualityChart(three, mmlu, "standard", 75, "shown");
    const e = qualityExport(c, c.points, TIER_LABEL.standard);
    expect(e.title).toBe("Quality against price: MMLU, Standard tier, 75% input");
    const json = toJsonExport(e.table, { view: "charts", link: "/charts?old=1&qb=mmlu" });
    expect(json.columns.find((x) => x.key === "price")).toMatchObject({ header: "Blended price (USD per 1M tokens)" });
    // Blended price: 75% × $0.40 + 25% × $1.00 = $0.55. On the frontier: only omega scores higher
    // (88.7, at 75% × $2.50 + 25% × $10 = $4.375), and only gamma-nano costs less (80.1, $0.175).
    expect(json.rows.find((r) => r.model === "gamma-mini")).toMatchObject({
      score: 87.5,
      tier: "Standard",
      inputShare: 75,
      price: 0.55,
      input: 0.4,
      output: 1,
      onFrontier: true,
    });
    expect(c.points.map((p) => [p.id, p.price, p.onFrontier])).toEqual([
      ["gamma-nano", 0.175, true],
      ["gamma-mini", 0.55, true],
      ["omega", 4.375, true],
    ]);
    const csv = csvOf(e.table);
    expect(col(csv, "On the cost-efficient frontier (yes/no)")).toEqual(c.points.map((p) => (p.onFrontier ? "yes" : "no")));
    expect(col(csv, "Input share of the blend (%)")).toEqual(c.points.map(() => "75"));
  });
});
