import { describe, expect, it } from "vitest";

import { ctx, entries, row } from "./fixtures.test-helpers";
import { compareSpecs } from "./specs";
import { buildCompareTable } from "./table";

const TIER_KEYS = ["standard", "batch", "flex", "fast"].flatMap((t) => [`${t}-input`, `${t}-cached`, `${t}-output`]);

describe("compare rows (specs)", () => {
  const t = buildCompareTable(entries("alpha-mini", "alpha-nano"), ctx);

  it("has a row for every catalog field, one per benchmark found, grouped by section", () => {
    expect(compareSpecs(entries("alpha-mini", "alpha-nano"), ctx).map((s) => s.key)).toEqual([
      // What a month costs comes first.
      "monthly-cost",
      "name",
      "family",
      "kind",
      "size",
      "status",
      "shutdown",
      "replacement",
      "released",
      "cutoff",
      ...TIER_KEYS,
      "cache-write",
      "long-context",
      "context",
      "max-input",
      "max-output",
      "input-modalities",
      "output-modalities",
      "reasoning",
      "efforts",
      "default-effort",
      "function-calling",
      "structured-outputs",
      "fine-tuning",
      // alpha-mini: GPQA Diamond and SWE-bench Verified at high effort; alpha-nano: GPQA Diamond at high effort.
      "bench:GPQA Diamond|high|self-reported|%",
      "bench:SWE-bench Verified|high|self-reported|%",
      "speed-tps",
      "speed-ttft",
    ]);
    const sections = [...new Set(t.rows.map((r) => r.section))];
    expect(sections).toEqual([
      "cost",
      "model",
      "lifecycle",
      "pricing",
      "limits",
      "modalities",
      "reasoning",
      "features",
      "benchmarks",
      "speed",
    ]);
    expect(t.rows.filter((r) => r.section === "benchmarks").map((r) => r.label)).toEqual([
      "GPQA Diamond (high)",
      "SWE-bench Verified (high)",
    ]);
  });

  it("puts a benchmark's variants (settings, independent runs) together", () => {
    // alpha-mini: GPQA Diamond (high), SWE-bench Verified (high); gamma-nano: MMLU, GPQA Diamond self-reported and independent.
    const g = buildCompareTable(entries("alpha-mini", "gamma-nano"), ctx);
    expect(g.rows.filter((r) => r.section === "benchmarks").map((r) => [r.label, r.group ?? null])).toEqual([
      ["GPQA Diamond (high)", "GPQA Diamond"],
      ["GPQA Diamond", "GPQA Diamond"],
      ["GPQA Diamond, independent", "GPQA Diamond"],
      ["SWE-bench Verified (high)", null],
      ["MMLU", null],
    ]);
  });

  it("shows unknowns as 'not published', and never calls a lone figure best", () => {
    const write = row(t, "cache-write");
    expect(write.cells.map((c) => c.text)).toEqual(["not published", "not published"]);
    expect(write.differs).toBe(false);
    // Only alpha-mini publishes a cached Batch price, only alpha-mini a SWE-bench score.
    const batchCached = row(t, "batch-cached");
    expect(batchCached.cells.map((c) => [c.text, c.best])).toEqual([
      ["$0.0375", false],
      ["not published", false],
    ]);
    expect(batchCached.differs).toBe(true);
    expect(row(t, "bench:SWE-bench Verified|high|self-reported|%").cells.map((c) => [c.text, c.best])).toEqual([
      ["60%", false],
      ["not published", false],
    ]);
    const zeta = buildCompareTable(entries("zeta-old", "beta-lite"), ctx);
    for (const key of [
      "context",
      "max-output",
      "input-modalities",
      "reasoning",
      "function-calling",
      "cutoff",
      "released",
      "standard-cached",
    ]) {
      expect(row(zeta, key).cells[0]!.text, key).toBe("not published");
    }
    expect(row(zeta, "long-context").cells.map((c) => c.text)).toEqual([
      "not published",
      "Over 272,000 input tokens: 2× input, 1.5× output",
    ]);
  });

  it("prices the workload exactly with the cost model, cheapest marked", () => {
    const cost = row(t, "monthly-cost");
    // alpha-mini: (1M × $0.75 + 0.5M × $4.50) / 1M × 30 days = $90.00; alpha-nano: (0.10 + 0.275) × 30 = $11.25.
    expect(cost.cells.map((c) => [c.value, c.text, c.best])).toEqual([
      ["90", "$90.00", false],
      ["11.25", "$11.25", true],
    ]);
    expect(cost.unit).toBe("USD per month");
    expect(cost.label).toBe("Monthly cost, Standard tier");
  });

  it("explains a tier a model does not offer instead of inventing a cost", () => {
    const flex = buildCompareTable(entries("beta-lite", "alpha-nano"), { ...ctx, tier: "flex" });
    const cost = row(flex, "monthly-cost");
    // beta-lite on Flex: (1M × $0.05 + 0.5M × $0.25) / 1M × 30 = $5.25.
    expect(cost.cells[0]!.text).toBe("$5.25");
    expect(cost.cells[1]!.text).toBe("not published");
    expect(cost.cells[1]!.note).toMatch(/No flex tier/);
    expect(cost.cells.map((c) => c.best)).toEqual([false, false]);
  });

  it("compares snapshots with their own prices and lifecycle", () => {
    const snap = buildCompareTable(entries("omega-2024-05-13", "omega"), ctx);
    expect(row(snap, "kind").cells.map((c) => c.text)).toEqual(["Dated snapshot of omega", "Alias → omega-2024-08-06"]);
    expect(row(snap, "standard-input").cells.map((c) => c.text)).toEqual(["not published", "$2.50"]);
    expect(row(snap, "standard-input").differs).toBe(true);
    expect(row(snap, "status").cells.map((c) => c.text)).toEqual(["Shut down", "Active"]);
    expect(row(snap, "replacement").cells.map((c) => c.text)).toEqual(["omega-next", "None"]);
  });
});
