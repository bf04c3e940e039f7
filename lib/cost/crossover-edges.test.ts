import { describe, expect, it } from "vitest";

import { costChart } from "./chart";
import { calcModel as model } from "./fixtures.test-helpers";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

// 100 requests a day of x input tokens (the chart's axis) and `output` output tokens, no caching,
// 30 days: a model's monthly cost is 100 × 30 × (input price × x + output price × output) / 1M.
const perRequest = (output: number): CalculatorInputs => ({
  ...DEFAULT_INPUTS,
  mode: "request",
  requestsPerDay: 100,
  inputPerRequest: 1_000,
  outputPerRequest: output,
  cachedPercent: 0,
});
const surcharge = (thresholdTokens: number, inputMultiplier: number, outputMultiplier: number) => ({
  longContext: { thresholdTokens, inputMultiplier, outputMultiplier },
});

describe("crossings at a surcharge's jump", () => {
  it("a tie on the last volume before the jump: the crossing is at the tie, named without a surcharge", () => {
    // Per request (× 1M): a = 0.2x + 10,000, b = 0.1x + 20,000: equal at x = 100,000, a's threshold.
    // From 100,001 a is billed 2× input and 1.5× output: 0.4x + 15,000, dearer than b.
    const a = model("a", 0.2, 1, surcharge(100_000, 2, 1.5));
    const b = model("b", 0.1, 2);
    const chart = costChart([a, b], perRequest(10_000), "standard", "input");
    expect(chart.crossovers).toEqual([
      {
        x: 100_000,
        cheaperBelow: "a",
        cheaperAbove: "b",
        // 3,000 × 30,000 / 1M for both.
        perMonth: "90",
        perMonthBelow: "90",
        kind: "jump",
        explanation: "At 100,000 input tokens per request, b becomes the cheaper of the two.",
      },
    ]);
  });

  it("two surcharges starting at the same volume are both named, with the first one's multipliers", () => {
    // Below 100,001: a = 0.1x + 10,000, b = 0.2x + 10,000. From it: a = 4 × (0.1x + 10,000), b = 1.5 × (0.2x + 10,000).
    const a = model("a", 0.1, 1, surcharge(100_000, 4, 4));
    const b = model("b", 0.2, 1, surcharge(100_000, 1.5, 1.5));
    const chart = costChart([a, b], perRequest(10_000), "standard", "input");
    expect(chart.crossovers).toEqual([
      {
        x: 100_001,
        cheaperBelow: "a",
        cheaperAbove: "b",
        // 3,000 × 45,000.3 / 1M and 3,000 × 80,000.4 / 1M.
        perMonth: "135.0009",
        perMonthBelow: "240.0012",
        kind: "jump",
        explanation:
          "At 100,001 input tokens per request, the long-context surcharge of a and b starts (4× input, 4× output for the whole request), so b becomes the cheaper of the two.",
      },
    ]);
  });

  it("a jump on the very volume where a line ends is still a jump, and the line has its last point", () => {
    // a's window (110,001) ends its line at 100,001 input tokens, the first volume of its surcharge.
    const a = model("a", 0.1, 1, { ...surcharge(100_000, 2, 2), contextWindow: 110_001 });
    const b = model("b", 0.2, 1);
    const chart = costChart([a, b], perRequest(10_000), "standard", "input");
    expect(chart.ends).toEqual({ a: 100_001 });
    expect(chart.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove, c.kind, c.perMonth, c.perMonthBelow])).toEqual([
      // 3,000 × 30,000.2 / 1M against 3,000 × 2 × 20,000.1 / 1M.
      [100_001, "a", "b", "jump", "90.0006", "120.0006"],
    ]);
    expect(chart.crossovers[0]!.explanation).toBe(
      "At 100,001 input tokens per request, the long-context surcharge of a starts (2× input, 2× output for the whole request), so b becomes the cheaper of the two.",
    );
    const at = (x: number) => chart.points.find((p) => p.x === x)!.costs;
    expect(at(100_000).a).toBeCloseTo(60, 9);
    expect(at(100_001).a).toBeCloseTo(120.0006, 9);
    expect(at(100_001).b).toBeCloseTo(90.0006, 9);
  });

  it("finds each jump in volume order, whichever model's surcharge comes first", () => {
    // a (listed first) surcharges from 300,001, b from 200,001, both 2×. Below 200,001 b is cheaper
    // (0.1x + 10,000 against 0.1x + 11,000); then a (0.1x + 11,000 against 0.2x + 20,000); from 300,001
    // b again (0.2x + 20,000 against 0.2x + 22,000).
    const a = model("a", 0.1, 1.1, surcharge(300_000, 2, 2));
    const b = model("b", 0.1, 1, surcharge(200_000, 2, 2));
    const chart = costChart([a, b], perRequest(10_000), "standard", "input");
    expect(chart.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove, c.kind, c.perMonth, c.perMonthBelow])).toEqual([
      [200_001, "b", "a", "jump", "93.0003", "180.0006"],
      [300_001, "a", "b", "jump", "240.0006", "246.0006"],
    ]);
    expect(chart.crossovers.map((c) => c.explanation)).toEqual([
      "At 200,001 input tokens per request, the long-context surcharge of b starts (2× input, 2× output for the whole request), so a becomes the cheaper of the two.",
      "At 300,001 input tokens per request, the long-context surcharge of a starts (2× input, 2× output for the whole request), so b becomes the cheaper of the two.",
    ]);
  });
});

describe("crossings on a slope", () => {
  it("gives the effective rates of a short piece exactly (lines ending at 1,000 input tokens)", () => {
    // 100 output tokens per request: a = 0.1x + 50, b = 0.2x + 20, equal at x = 300; both windows end the lines at 1,000.
    const a = model("a", 0.1, 0.5, { contextWindow: 1_100 });
    const b = model("b", 0.2, 0.2, { contextWindow: 1_100 });
    const chart = costChart([a, b], perRequest(100), "standard", "input");
    expect(chart.ends).toEqual({ a: 1_000, b: 1_000 });
    expect(chart.crossovers).toEqual([
      {
        x: 300,
        cheaperBelow: "b",
        cheaperAbove: "a",
        perMonth: "0.24",
        perMonthBelow: "0.24",
        kind: "slope",
        explanation:
          "Below 300 input tokens per request, b costs less: the rest of the workload (output) is cheaper on it. Above, a costs less: each extra input token is cheaper on it ($0.1 vs $0.2 per 1M input tokens).",
      },
    ]);
  });
});

describe("with many models, only crossings that change the cheapest of all", () => {
  // 5,000 output tokens per request: a = 0.1x + 2,500 and b = 0.2x + 1,000 cross at x = 15,000.
  // r (0.01x + 50) is the cheapest of all wherever its line goes; e, f and g never are.
  const shown = (rWindow: number) => [
    model("r", 0.01, 0.01, { contextWindow: rWindow }),
    model("a", 0.1, 0.5),
    model("b", 0.2, 0.2),
    model("e", 5, 5),
    model("f", 6, 6),
    model("g", 7, 7),
  ];

  it("drops a crossing just past the end of the cheapest line: the cheapest changes because that line ends", () => {
    // r's line ends at 14,999 input tokens (14,999 + 5,000 = its window): at 14,999 r is the cheapest.
    const chart = costChart(shown(19_999), perRequest(5_000), "standard", "input");
    expect(chart.envelopeOnly).toBe(true);
    expect(chart.ends).toEqual({ r: 14_999 });
    expect(chart.crossovers).toEqual([]);
  });

  it("keeps it when that line ends one token earlier, so b is the cheapest just below the crossing", () => {
    const chart = costChart(shown(19_998), perRequest(5_000), "standard", "input");
    expect(chart.ends).toEqual({ r: 14_998 });
    expect(chart.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove, c.kind, c.perMonth])).toEqual([
      // 3,000 × (1,500 + 2,500) / 1M.
      [15_000, "b", "a", "slope", "12"],
    ]);
  });
});
