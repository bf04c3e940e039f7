import { describe, expect, it } from "vitest";

import { axisInfo } from "./chart";
import { calcModel as model } from "./fixtures.test-helpers";
import { costAt, domainOf, type VolumeContext } from "./volume-cost";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

const perRequest: CalculatorInputs = {
  ...DEFAULT_INPUTS,
  mode: "request",
  requestsPerDay: 10,
  inputPerRequest: 1_000,
  outputPerRequest: 1_000,
};
const context = (inputs: CalculatorInputs, axis: "input" | "output"): VolumeContext => ({
  inputs,
  tier: "standard",
  axis: axisInfo(inputs.mode, axis),
  cache: new Map(),
});

describe("costAt", () => {
  it("prices the workload with the varied volume put in, exactly", () => {
    const ctx = context(DEFAULT_INPUTS, "input");
    // 2M input × $0.10 + 500K output × $0.50 = $0.45 a day, × 30 days.
    expect(costAt(ctx, model("m", 0.1, 0.5), 2_000_000)?.toFixed()).toBe("13.5");
    // Output axis: 1M input × $0.10 + 1M output × $0.50 = $0.60 a day.
    expect(costAt(context(DEFAULT_INPUTS, "output"), model("m", 0.1, 0.5), 1_000_000)?.toFixed()).toBe("18");
  });

  it("is null where the request no longer fits the context window", () => {
    const ctx = context(perRequest, "input");
    const small = model("small", 0.1, 0.5, { contextWindow: 128_000 });
    expect(costAt(ctx, small, 127_000)).not.toBeNull();
    expect(costAt(ctx, small, 127_001)).toBeNull();
  });
});

describe("domainOf", () => {
  it("ends a line at the largest volume that fits (input + output within the window)", () => {
    const ctx = context(perRequest, "input");
    expect(domainOf(ctx, model("small", 0.1, 0.5, { contextWindow: 128_000 }))).toEqual({ end: 127_000, jumps: [] });
    expect(domainOf(ctx, model("big", 0.1, 0.5))).toEqual({ end: ctx.axis.max, jumps: [] });
  });

  it("starts a new piece at the first input billed with the long-context surcharge, per request only", () => {
    const surcharged = model("lc", 0.1, 0.5, {
      longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 },
    });
    expect(domainOf(context(perRequest, "input"), surcharged).jumps).toEqual([272_001]);
    // Per day, the request size is unknown: no jump is drawn.
    expect(domainOf(context(DEFAULT_INPUTS, "input"), surcharged).jumps).toEqual([]);
    // The output axis never moves the input past the threshold.
    expect(domainOf(context(perRequest, "output"), surcharged).jumps).toEqual([]);
  });

  it("has no line at all when the model cannot be priced at the smallest volume", () => {
    expect(domainOf(context(perRequest, "input"), model("tiny", 0.1, 0.5, { contextWindow: 500 }))).toEqual({
      end: null,
      jumps: [],
    });
  });
});
