import { describe, expect, it } from "vitest";

import { zeroCounts } from "./cells";
import { CostCollector, UsageCollector } from "./collect";

describe("UsageCollector", () => {
  it("sums records per bucket and counts those that name a model", () => {
    const c = new UsageCollector();
    const b = c.bucket("k", 10, 20, "0#0");
    c.add(b, "m", "standard", { ...zeroCounts(), output: 1 });
    c.add(c.bucket("k", 10, 20, "0#0"), null, "standard", { ...zeroCounts(), output: 2 });
    expect([c.records, c.withModel]).toEqual([2, 1]);
    const [bucket] = c.finish();
    expect(bucket!.cells.map((x) => [x.model, x.output])).toEqual([
      ["(model not given)", 2],
      ["m", 1],
    ]);
    expect(bucket!.fingerprint.startsWith("10|20|")).toBe(true);
  });
});

describe("CostCollector", () => {
  it("sums amounts exactly and drops the quantity when a record has none", () => {
    const c = new CostCollector();
    const b = c.bucket("k", 10, 20, null);
    c.add(b, "x, input", "0.1", "10", "tokens");
    c.add(b, "x, input", "0.2", null, null);
    c.add(b, null, "1", "1", null);
    expect(c.finish()[0]!.lines).toEqual([
      { lineItem: "(no line item)", amount: "1", quantity: "1", quantityUnit: null },
      { lineItem: "x, input", amount: "0.3", quantity: null, quantityUnit: "tokens" },
    ]);
    expect([c.records, c.withLineItem]).toEqual([3, 2]);
  });
});
