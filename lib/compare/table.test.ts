import { describe, expect, it } from "vitest";
import { findEntry, loadCatalog } from "@/lib/catalog/load";
import type { CatalogEntry } from "@/lib/catalog/types";
import { buildCompareTable, markBest, valuesDiffer, visibleRows, type CompareContext } from "./table";

const TODAY = "2026-11-25";
const knownIds = new Set(loadCatalog().map((e) => e.id));
const ctx: CompareContext = {
  today: TODAY,
  knownIds,
  workload: { inputPerDay: 1_000_000, outputPerDay: 500_000, daysPerMonth: 30 },
  tier: "standard",
};
const entries = (...ids: string[]) => ids.map((id) => findEntry(id) as CatalogEntry);
const row = (t: ReturnType<typeof buildCompareTable>, key: string) => {
  const r = t.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};

describe("compare table", () => {
  const t = buildCompareTable(entries("gpt-5.4-mini", "gpt-5.4-nano"), ctx);

  it("has a row for every catalog field, grouped by section", () => {
    const sections = [...new Set(t.rows.map((r) => r.section))];
    expect(sections).toEqual(["model", "lifecycle", "cost", "pricing", "limits", "modalities", "reasoning", "features", "benchmarks", "speed"]);
    for (const key of ["standard-input", "batch-output", "flex-cached", "fast-input", "cache-write", "long-context", "context", "max-input", "max-output", "input-modalities", "reasoning", "efforts", "function-calling", "fine-tuning", "speed-tps", "speed-ttft", "status", "shutdown", "replacement", "cutoff"]) {
      expect(t.rows.some((r) => r.key === key), key).toBe(true);
    }
  });

  it("marks the lowest price, the largest context and the highest score as best", () => {
    const input = row(t, "standard-input");
    expect(input.cells.map((c) => c.text)).toEqual(["$0.75", "$0.20"]);
    expect(input.cells.map((c) => c.best)).toEqual([false, true]);
    expect(input.differs).toBe(true);
    const swe = t.rows.find((r) => r.label.startsWith("SWE-Bench Pro (xhigh"))!;
    expect(swe.cells.map((c) => c.best)).toEqual([true, false]);
    const wide = buildCompareTable(entries("gpt-5.4-mini", "gpt-6-luna"), ctx);
    expect(row(wide, "context").cells.map((c) => c.best)).toEqual([false, true]);
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

  it("never marks a shut-down model best, and marks its status", () => {
    const old = buildCompareTable(entries("gpt-4.1-nano", "gpt-5.4-nano"), ctx);
    expect(old.models[0]!.status).toBe("shutdown");
    expect(row(old, "status").cells[0]!.text).toBe("Shut down");
    // gpt-4.1-nano's $0.10 input is lower than gpt-5.4-nano's $0.20, but it can no longer be called.
    expect(row(old, "standard-input").cells.map((c) => c.best)).toEqual([false, false]);
  });

  it("compares snapshots with their own prices and lifecycle", () => {
    const snap = buildCompareTable(entries("gpt-4o-2024-05-13", "gpt-4o"), ctx);
    expect(row(snap, "kind").cells.map((c) => c.text)).toEqual(["Dated snapshot of gpt-4o", "Alias → gpt-4o-2024-08-06"]);
    expect(row(snap, "standard-input").differs).toBe(true);
  });

  it("filters to differing rows when asked", () => {
    const diff = visibleRows(t.rows, true);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.length).toBeLessThan(t.rows.length);
    expect(diff.every((r) => r.differs)).toBe(true);
    expect(diff.some((r) => r.key === "family")).toBe(false); // both GPT-5.4
    expect(visibleRows(t.rows, false)).toHaveLength(t.rows.length);
  });

  it("keeps every cell serializable (the client receives it as props)", () => {
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe("best and differ rules", () => {
  const cells = (...ranks: (number | null)[]) => ranks.map((rank) => ({ text: "", value: rank, rank }));
  it("marks ties at the best value", () => {
    expect(markBest(cells(1, 1, 2), "lower", [true, true, true])).toEqual([true, true, false]);
  });
  it("marks nothing when all known values are equal, or fewer than two are known", () => {
    expect(markBest(cells(3, 3), "higher", [true, true])).toEqual([false, false]);
    expect(markBest(cells(3, null), "higher", [true, true])).toEqual([false, false]);
    expect(markBest(cells(1, 2), null, [true, true])).toEqual([false, false]);
  });
  it("skips ineligible models", () => {
    expect(markBest(cells(1, 2, 3), "lower", [false, true, true])).toEqual([false, true, false]);
  });
  it("treats a missing figure as different from a figure", () => {
    expect(valuesDiffer([{ value: 1 }, { value: null }])).toBe(true);
    expect(valuesDiffer([{ value: "a" }, { value: "a" }])).toBe(false);
  });
});
