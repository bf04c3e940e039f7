import { describe, expect, it } from "vitest";

import { ctx, entries, row } from "./fixtures.test-helpers";
import { buildCompareTable, markBest, valuesDiffer } from "./table";

describe("compare table", () => {
  const t = buildCompareTable(entries("alpha-mini", "alpha-nano"), ctx);
  it("marks the lowest price, the largest context and the highest score as best", () => {
    const input = row(t, "standard-input");
    expect(input.cells.map((c) => c.text)).toEqual(["$0.75", "$0.10"]);
    expect(input.cells.map((c) => c.best)).toEqual([false, true]);
    expect(input.differs).toBe(true);
    // GPQA Diamond at high effort: 88 vs 80.
    expect(row(t, "bench:GPQA Diamond|high|self-reported|%").cells.map((c) => c.best)).toEqual([true, false]);
    // Context window: 400,000 vs beta-lite's 1,050,000.
    const wide = buildCompareTable(entries("alpha-mini", "beta-lite"), ctx);
    expect(row(wide, "context").cells.map((c) => c.best)).toEqual([false, true]);
  });

  it("never marks a shut-down model best, and marks its status", () => {
    const old = buildCompareTable(entries("gamma-nano", "alpha-nano"), ctx);
    expect(old.models[0]).toMatchObject({
      id: "gamma-nano",
      status: "shutdown",
      replacement: "beta-lite",
      replacementInCatalog: true,
    });
    expect(row(old, "status").cells[0]!.text).toBe("Shut down");
    // gamma-nano's $0.40 output is lower than alpha-nano's $0.55, but it can no longer be called.
    expect(row(old, "standard-output").cells.map((c) => [c.text, c.best])).toEqual([
      ["$0.40", false],
      ["$0.55", false],
    ]);
  });

  it("says whether a replacement is in the catalog", () => {
    const delta = buildCompareTable(entries("delta-nano"), ctx);
    expect(delta.models[0]).toMatchObject({
      status: "deprecated",
      shutdownDate: "2026-12-11",
      replacement: "delta-next",
      replacementInCatalog: false,
    });
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
