import { describe, expect, it } from "vitest";

import { addCounts, CellMap, cellsFingerprint, totalTokens, zeroCounts } from "./cells";

describe("cells", () => {
  it("adds records of the same model and tier into one cell, sorted", () => {
    const m = new CellMap();
    m.add("b", "standard", { ...zeroCounts(), requests: 1, output: 5 });
    m.add("a", "batch", { ...zeroCounts(), requests: 2, uncachedInput: 10 });
    m.add("b", "standard", { ...zeroCounts(), requests: 3, output: 7 });
    expect(m.cells().map((c) => [c.model, c.tier, c.requests, c.output])).toEqual([
      ["a", "batch", 2, 0],
      ["b", "standard", 4, 12],
    ]);
  });

  it("refuses a total that would stop being exact, leaving the cell as it was", () => {
    const a = { ...zeroCounts(), output: Number.MAX_SAFE_INTEGER - 1 };
    expect(addCounts(a, { ...zeroCounts(), output: 1 })).toBe(true);
    expect(addCounts(a, { ...zeroCounts(), output: 1, requests: 1 })).toBe(false);
    expect(a).toEqual({ ...zeroCounts(), output: Number.MAX_SAFE_INTEGER });
  });

  it("fingerprints cells independently of the order records came in", () => {
    const x = new CellMap();
    const y = new CellMap();
    x.add("a", "standard", { ...zeroCounts(), output: 1 });
    x.add("b", "standard", { ...zeroCounts(), output: 2 });
    y.add("b", "standard", { ...zeroCounts(), output: 2 });
    y.add("a", "standard", { ...zeroCounts(), output: 1 });
    expect(cellsFingerprint(x.cells())).toBe(cellsFingerprint(y.cells()));
    expect(totalTokens({ ...zeroCounts(), uncachedInput: 1, cachedInput: 2, cacheWriteInput: 3, output: 4, imageInput: 9 })).toBe(
      10,
    );
  });
});
