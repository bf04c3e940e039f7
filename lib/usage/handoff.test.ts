import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { dailyVolumes } from "./handoff";

describe("dailyVolumes", () => {
  const agg = aggregate(
    [
      usageCell("a", "standard", { requests: 300, uncachedInput: 2_000_000, cachedInput: 1_000_000, output: 600_000 }),
      usageCell("b", "batch", { requests: 100, uncachedInput: 1_000_000, output: 99_999 }),
    ],
    30,
  );

  it("turns the period's totals into whole daily volumes", () => {
    // a + b: 400 requests, 4,000,000 input (1,000,000 cached = 25 %), 699,999 output over 30 days
    expect(dailyVolumes(agg)).toEqual({
      days: "30",
      requestsPerDay: 13,
      inputPerDay: 133_333,
      outputPerDay: 23_333,
      cachedPercent: 25,
      inputPerRequest: 10_000,
      outputPerRequest: 1_750,
    });
  });

  it("can take one model, and has nothing without a period", () => {
    expect(dailyVolumes(agg, ["b"])).toMatchObject({
      requestsPerDay: 3,
      inputPerDay: 33_333,
      cachedPercent: 0,
      inputPerRequest: 10_000,
    });
    expect(dailyVolumes({ ...agg, period: null })).toBeNull();
    expect(dailyVolumes(agg, ["none"])).toMatchObject({ requestsPerDay: 0, inputPerRequest: null, cachedPercent: 0 });
  });
});
