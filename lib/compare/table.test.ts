import { describe, expect, it } from "vitest";
import { ctx, entries, row } from "./fixtures.test-helpers";
import { buildCompareTable, markBest, valuesDiffer } from "./table";

describe("compare table", () => {
  const t = buildCompareTable(entries("gpt-5.4-mini", "gpt-5.4-nano"), ctx);
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

  it("never marks a shut-down model best, and marks its status", () => {
    const old = buildCompareTable(entries("gpt-4.1-nano", "gpt-5.4-nano"), ctx);
    expect(old.models[0]!.status).toBe("shutdown");
    expect(row(old, "status").cells[0]!.text).toBe("Shut down");
    // gpt-4.1-nano's $0.10 input is lower than gpt-5.4-nano's $0.20, but it can no longer be called.
    expect(row(old, "standard-input").cells.map((c) => c.best)).toEqual([false, false]);
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
