import { describe, expect, it } from "vitest";

import { ctx, entries, row } from "./fixtures.test-helpers";
import { buildCompareTable, groupVariants, markBest, valuesDiffer } from "./table";

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

  it("marks 'best' among models that stay callable, and a better retiring one as 'sooner'", () => {
    // delta-nano (retiring Dec 11, 2026) costs $7.50 a month on the article workload, beta-lite $10.50.
    const t2 = buildCompareTable(entries("delta-nano", "beta-lite"), ctx);
    expect(row(t2, "monthly-cost").cells.map((c) => [c.text, c.best, c.sooner ?? false])).toEqual([
      ["$7.50", false, true],
      ["$10.50", true, false],
    ]);
    // Where the lasting model is better, the retiring one is not named at all: context 128,000 vs 1,050,000.
    expect(row(t2, "context").cells.map((c) => [c.best, c.sooner ?? false])).toEqual([
      [false, false],
      [true, false],
    ]);
  });

  it("never calls a name or a family a difference; ID types differ by kind, not by snapshot", () => {
    expect([row(t, "name").differs, row(t, "family").differs]).toEqual([false, false]);
    // alpha-mini is a model ID, alpha-nano an alias: they differ in kind.
    expect(row(t, "kind").differs).toBe(true);
    const two = buildCompareTable(entries("alpha-nano", "beta-lite"), ctx);
    expect(row(two, "kind").cells.map((c) => c.text)).toEqual(["Alias → alpha-nano-2026-03-01", "Alias → beta-lite-2026-06-01"]);
    expect(row(two, "kind").differs).toBe(false);
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
  const L = "lasting" as const;
  const best = (...a: Parameters<typeof markBest>) => markBest(...a).best;
  it("marks ties at the best value", () => {
    expect(best(cells(1, 1, 2), "lower", [L, L, L])).toEqual([true, true, false]);
  });
  it("marks nothing when all known values are equal, or fewer than two are known", () => {
    expect(best(cells(3, 3), "higher", [L, L])).toEqual([false, false]);
    expect(best(cells(3, null), "higher", [L, L])).toEqual([false, false]);
    expect(best(cells(1, 2), null, [L, L])).toEqual([false, false]);
  });
  it("skips shut-down models", () => {
    expect(best(cells(1, 2, 3), "lower", ["gone", L, L])).toEqual([false, true, false]);
    expect(markBest(cells(1, 2), "lower", ["gone", L])).toEqual({ best: [false, false], sooner: [false, false] });
  });
  it("names a better retiring model 'sooner' and crowns the best lasting one; with none lasting, only 'sooner'", () => {
    expect(markBest(cells(1, 2, 3), "lower", ["leaving", L, L])).toEqual({
      best: [false, true, false],
      sooner: [true, false, false],
    });
    expect(markBest(cells(3, 2, 1), "lower", ["leaving", L, L])).toEqual({
      best: [false, false, true],
      sooner: [false, false, false],
    });
    expect(markBest(cells(1, 2), "higher", ["leaving", "leaving"])).toEqual({ best: [false, false], sooner: [false, true] });
  });
  it("puts rows of one benchmark together, where its first row was", () => {
    const r = (key: string, group?: string) => ({ key, section: "benchmarks", ...(group ? { group } : {}) });
    const grouped = groupVariants([
      r("gpqa-high", "GPQA"),
      r("swe"),
      r("mmlu"),
      r("gpqa-indep", "GPQA"),
      r("gpqa-xhigh", "GPQA"),
    ]);
    expect(grouped.map((x) => x.key)).toEqual(["gpqa-high", "gpqa-indep", "gpqa-xhigh", "swe", "mmlu"]);
  });
  it("treats a missing figure as different from a figure", () => {
    expect(valuesDiffer([{ value: 1 }, { value: null }])).toBe(true);
    expect(valuesDiffer([{ value: "a" }, { value: "a" }])).toBe(false);
  });
});
