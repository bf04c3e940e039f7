import { describe, expect, it } from "vitest";

import { usageCell } from "./aggregate.test-helpers";
import { CatalogIndex } from "./catalog";
import { fixtureCatalog } from "./fixtures.test-helpers";
import { DAY, DAY0 } from "./pages.test-helpers";
import { importUsageFiles } from "./parse";
import { reconcileCosts } from "./reconcile";
import { costItems, costsApiJson, costsCsv, sampleRecords, usageApiJson, usageCsv } from "./samples";
import type { CostLine, CostsData, UsageCell, UsageData } from "./types";

const index = new CatalogIndex(fixtureCatalog());
const stats = { files: 1, pages: 0, records: 0, buckets: 0, duplicateBuckets: 0, duplicatePages: 0, overlappingBuckets: 0 };

/** Usage of `cells` on each of `days` days. */
function usage(cells: UsageCell[], days: number, first = 0): UsageData {
  const daily = Array.from({ length: days }, (_, d) => ({ day: DAY0 + (first + d) * DAY, cells }));
  return {
    aggregate: {
      period: { start: DAY0 + first * DAY, end: DAY0 + (first + days) * DAY },
      cells,
      reports: { batch: true, serviceTier: true, cacheWrite: true, imageTokens: false },
    },
    daily,
    stats,
  };
}

/** A line billed `amounts[d]` on day d. */
function line(lineItem: string, amounts: string[], quantity: number | null = null, first = 0): CostLine {
  return {
    lineItem,
    amount: "0",
    quantity: null,
    quantityUnit: quantity === null ? null : "tokens",
    daily: amounts.map((amount, d) => ({
      day: DAY0 + (first + d) * DAY,
      amount,
      quantity: quantity === null ? null : String(quantity),
    })),
  };
}

function costs(lines: CostLine[], days: number, currency = "usd", first = 0): CostsData {
  return { currency, period: { start: DAY0 + first * DAY, end: DAY0 + (first + days) * DAY }, lines, total: "0", stats };
}

async function load(files: Record<string, string>) {
  const r = await importUsageFiles(Object.entries(files).map(([name, content]) => ({ name, content })));
  if (!r.ok || !r.usage || !r.costs) throw new Error("samples did not load");
  return { usage: r.usage, costs: r.costs };
}

describe("reconcileCosts", () => {
  it("reconciles a costs file billed at catalog prices to 0.00 % on every line (JSON and CSV)", async () => {
    const records = sampleRecords();
    const items = costItems(records, index);
    for (const files of <Record<string, string>[]>[
      { "usage.json": usageApiJson(records), "costs.json": costsApiJson(items) },
      { "usage.csv": usageCsv(records), "costs.csv": costsCsv(items) },
    ]) {
      const { usage: u, costs: c } = await load(files);
      const r = reconcileCosts(u, c, index);
      // gpt-4o-mini: input, cached input, output; gpt-5-mini standard and priority: 3 + 3; gpt-4.1-mini batch: input,
      // output (no cached tokens), standard: 3
      expect(r.lines.length).toBe(14);
      for (const l of r.lines) {
        expect(l, l.lineItem).toMatchObject({ status: "match", difference: "0", percent: "0", reasons: [] });
        expect(l.catalog).toBe(l.billed);
        expect(Number(l.quantity)).toBe(l.tokens);
      }
      expect(r.totals).toMatchObject({ difference: "0", percent: "0" });
      expect(r.totals.billed).toBe(r.totals.matchedCatalog);
      expect(r.unbilled).toEqual([]);
      expect(r.notes).toEqual([]);
      expect(r.days).toEqual({ first: "2026-10-25", last: "2026-11-23", count: 30 });
    }
  });

  it("gives the difference in dollars and percent, with the reason a 10 % uplift suggests", () => {
    // 1,000,000 input on gpt-4o-mini at $0.15 = $0.15 a day; billed $0.165 (+10 %)
    const u = usage([usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 10, uncachedInput: 1_000_000 })], 2);
    const r = reconcileCosts(u, costs([line("gpt-4o-mini-2024-07-18, input", ["0.165", "0.165"])], 2), index);
    expect(r.lines[0]).toMatchObject({
      billed: "0.33",
      catalog: "0.3",
      difference: "0.03",
      percent: "10",
      status: "differs",
      tokens: 2_000_000,
    });
    expect(r.lines[0]!.reasons).toEqual([
      "Billed 10 % above the catalog price, which matches regional processing (data residency) on models billed that way.",
    ]);
    const regional = reconcileCosts(u, costs([line("gpt-4o-mini-2024-07-18, input (regional)", ["0.2", "0.2"])], 2), index);
    expect(regional.lines[0]!.reasons).toEqual(["Regional processing (data residency) is billed above the catalog's prices."]);
  });

  it("explains an input line that bills cache writes the catalog has no price for", () => {
    const u = usage(
      [usageCell("gpt-4o-mini", "standard", { requests: 10, uncachedInput: 1_000_000, cacheWriteInput: 100_000 })],
      1,
    );
    // billed as input: 1,100,000 × $0.15 = $0.165 against the catalog's $0.15 for the uncached part
    const r = reconcileCosts(u, costs([line("gpt-4o-mini-2024-07-18, input", ["0.165"])], 1), index);
    expect(r.lines[0]).toMatchObject({ catalog: "0.15", percent: "10" });
    expect(r.lines[0]!.reasons).toContain(
      "The usage has 100,000 cache-write tokens and no cache-write line item: this input line likely bills them, and the catalog has no price for them here.",
    );
  });

  it("spots a price change during the period", () => {
    const u = usage([usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 1, output: 1_000_000 })], 4);
    // $0.60 per 1M for two days, then $0.48
    const r = reconcileCosts(u, costs([line("gpt-4o-mini-2024-07-18, output", ["0.6", "0.6", "0.48", "0.48"])], 4), index);
    expect(r.lines[0]).toMatchObject({ catalog: "2.4", billed: "2.16", difference: "-0.24", percent: "-10" });
    expect(r.lines[0]!.reasons).toContain(
      "The billed rate changed on 2026-10-27, from $0.6 to $0.48 per 1M tokens: a price change during the period.",
    );
  });

  it("matches a line naming no tier to the tiers no other line names", () => {
    // Batch usage is billed on its own line; the plain line bills the standard usage only.
    const u = usage(
      [
        usageCell("gpt-4.1-mini-2025-04-14", "standard", { requests: 1, uncachedInput: 1_000_000 }),
        usageCell("gpt-4.1-mini-2025-04-14", "batch", { requests: 1, uncachedInput: 1_000_000 }),
      ],
      1,
    );
    const r = reconcileCosts(
      u,
      costs([line("gpt-4.1-mini-2025-04-14, input", ["0.4"]), line("gpt-4.1-mini-2025-04-14, batch input", ["0.2"])], 1),
      index,
    );
    expect(r.lines.map((l) => [l.lineItem, l.catalog, l.status])).toEqual([
      ["gpt-4.1-mini-2025-04-14, input", "0.4", "match"],
      ["gpt-4.1-mini-2025-04-14, batch input", "0.2", "match"],
    ]);
    // without a batch line, the plain line bills both tiers: $0.40 + $0.20
    expect(reconcileCosts(u, costs([line("gpt-4.1-mini-2025-04-14, input", ["0.6"])], 1), index).lines[0]).toMatchObject({
      catalog: "0.6",
      status: "match",
    });
  });

  it("says why a line cannot be compared", () => {
    const u = usage(
      [
        usageCell("ft:gpt-4o-mini-2024-07-18:acme::x1", "standard", { requests: 1, uncachedInput: 1000 }),
        usageCell("gpt-4o-mini", "standard", { requests: 1, output: 10 }),
      ],
      1,
    );
    const r = reconcileCosts(
      u,
      costs(
        [
          line("ft:gpt-4o-mini-2024-07-18:acme::x1, input", ["0.0003"]),
          line("gpt-4o, input", ["1"]),
          line("web search tool calls", ["0.5"]),
        ],
        1,
      ),
      index,
    );
    expect(r.lines.map((l) => [l.status, l.catalog])).toEqual([
      ["unpriced", null],
      ["no-usage", null],
      ["not-tokens", null],
    ]);
    expect(r.lines[0]!.reasons[0]).toBe("A fine-tuned model: billed at fine-tuning rates, which the catalog does not list.");
    expect(r.unbilled).toEqual([{ model: "gpt-4o-mini", tier: "standard", kind: "output", tokens: 10, catalog: "0.000006" }]);
    expect(r.totals).toMatchObject({ billed: "1.5003", matchedBilled: "0", matchedCatalog: "0", difference: "0", percent: null });
  });

  it("compares only the days both files cover, and says so", () => {
    const u = usage([usageCell("gpt-4o-mini", "standard", { requests: 1, output: 1_000_000 })], 10);
    const r = reconcileCosts(
      u,
      costs([line("gpt-4o-mini-2024-07-18, output", ["0.6", "0.6", "0.6", "0.6"], null, 8)], 4, "usd", 8),
      index,
    );
    expect(r.days).toEqual({ first: "2026-11-02", last: "2026-11-03", count: 2 });
    expect(r.lines[0]).toMatchObject({ billed: "1.2", catalog: "1.2", status: "match" });
    expect(r.notes[0]).toBe(
      "Compared over the days both files cover, 2026-11-02 to 2026-11-03: usage covers 2026-10-25 to 2026-11-03, costs 2026-11-02 to 2026-11-05.",
    );
    const apart = reconcileCosts(u, costs([line("gpt-4o-mini, output", ["1"], null, 20)], 1, "usd", 20), index);
    expect(apart.days).toBeNull();
    expect(apart.notes[0]).toMatch(/^The files share no day/);
  });

  it("does not compare amounts in another currency", () => {
    const u = usage([usageCell("gpt-4o-mini", "standard", { requests: 1, output: 1_000_000 })], 1);
    const r = reconcileCosts(u, costs([line("gpt-4o-mini, output", ["0.55"])], 1, "eur"), index);
    expect(r.lines[0]).toMatchObject({ status: "unpriced", catalog: null });
    expect(r.notes).toEqual(["Costs are in EUR; catalog prices are in USD, so amounts are not compared."]);
  });
});
