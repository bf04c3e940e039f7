import { describe, expect, it } from "vitest";
import { ctx, entries, row } from "./fixtures.test-helpers";
import { buildCompareTable } from "./table";

describe("compare rows (specs)", () => {
  const t = buildCompareTable(entries("gpt-5.4-mini", "gpt-5.4-nano"), ctx);
  it("has a row for every catalog field, grouped by section", () => {
    const sections = [...new Set(t.rows.map((r) => r.section))];
    expect(sections).toEqual(["model", "lifecycle", "cost", "pricing", "limits", "modalities", "reasoning", "features", "benchmarks", "speed"]);
    for (const key of ["standard-input", "batch-output", "flex-cached", "fast-input", "cache-write", "long-context", "context", "max-input", "max-output", "input-modalities", "reasoning", "efforts", "function-calling", "fine-tuning", "speed-tps", "speed-ttft", "status", "shutdown", "replacement", "cutoff"]) {
      expect(t.rows.some((r) => r.key === key), key).toBe(true);
    }
  });

  it("shows unknowns as 'not published', and never calls a lone figure best", () => {
    const flex = row(t, "flex-input");
    expect(flex.cells.map((c) => c.text)).toEqual(["not published", "not published"]);
    expect(flex.differs).toBe(false);
    const maxInput = row(t, "max-input");
    expect(maxInput.cells.every((c) => !c.best)).toBe(true);
  });

  it("prices the workload exactly with the cost model, cheapest marked", () => {
    const cost = row(t, "monthly-cost");
    // gpt-5.4-mini: (1M × $0.75 + 0.5M × $4.50) / 1M × 30 days = $90.00
    expect(cost.cells[0]!.value).toBe("90");
    expect(cost.cells[0]!.text).toBe("$90.00");
    expect(cost.cells.map((c) => c.best)).toEqual([false, true]);
    expect(cost.unit).toBe("USD per month");
  });

  it("explains a tier a model does not offer instead of inventing a cost", () => {
    const flex = buildCompareTable(entries("gpt-6-luna", "gpt-5.4-mini"), { ...ctx, tier: "flex" });
    const cost = row(flex, "monthly-cost");
    expect(cost.cells[1]!.text).toBe("not published");
    expect(cost.cells[1]!.note).toMatch(/No flex tier/);
    expect(cost.cells.map((c) => c.best)).toEqual([false, false]);
  });

  it("compares snapshots with their own prices and lifecycle", () => {
    const snap = buildCompareTable(entries("gpt-4o-2024-05-13", "gpt-4o"), ctx);
    expect(row(snap, "kind").cells.map((c) => c.text)).toEqual(["Dated snapshot of gpt-4o", "Alias → gpt-4o-2024-08-06"]);
    expect(row(snap, "standard-input").differs).toBe(true);
  });
});
