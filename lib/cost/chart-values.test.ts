import { describe, expect, it } from "vitest";

import { axisInfo, costChart, exactCostsAt, groupEnds, logAxis } from "./chart";
import { calcModel as model } from "./fixtures.test-helpers";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

const requests: CalculatorInputs = {
  ...DEFAULT_INPUTS,
  mode: "request",
  requestsPerDay: 10,
  inputPerRequest: 1_000,
  outputPerRequest: 1_000,
};

describe("the chart's axes", () => {
  it("varies tokens per day or tokens per request, over the sliders' ranges without zero", () => {
    expect(axisInfo("day", "input")).toEqual({
      key: "inputPerDay",
      min: 1_000,
      max: 100_000_000_000,
      label: "input tokens per day",
      noun: "input",
    });
    expect(axisInfo("day", "output")).toEqual({
      key: "outputPerDay",
      min: 1_000,
      max: 100_000_000_000,
      label: "output tokens per day",
      noun: "output",
    });
    expect(axisInfo("request", "input")).toEqual({
      key: "inputPerRequest",
      min: 10,
      max: 10_000_000,
      label: "input tokens per request",
      noun: "input",
    });
    expect(axisInfo("request", "output")).toEqual({
      key: "outputPerRequest",
      min: 10,
      max: 1_000_000,
      label: "output tokens per request",
      noun: "output",
    });
  });
});

describe("the chart's points", () => {
  it("has eight points a decade, from the first volume to the last, each priced on the line", () => {
    const a = model("a", 0.1, 0.4);
    const chart = costChart([a], DEFAULT_INPUTS, "standard", "input");
    // 1,000 to 10^11 tokens a day: eight decades, 64 steps, 65 points.
    expect(chart.points).toHaveLength(65);
    expect(chart.points.slice(0, 3).map((p) => p.x)).toEqual([1_000, 1_334, 1_778]);
    // 1,000 input at $0.10 and 500,000 output at $0.40 per 1M, 30 days: (0.0001 + 0.2) × 30.
    expect(chart.points[0]).toEqual({ x: 1_000, costs: { a: 6.003 } });
    expect(chart.points[1]!.costs.a).toBeCloseTo(6.004002, 9);
    expect(chart.points.at(-1)!.x).toBe(100_000_000_000);
    expect(chart.points.at(-1)!.costs.a).toBeCloseTo(300_006, 6);
    expect(chart).toMatchObject({ plotted: ["a"], ends: {}, crossovers: [], envelopeOnly: false });
  });

  it("has no point for a zero cost (a log axis cannot show it), but still plots the model", () => {
    const free = model("free", 0, 0);
    const chart = costChart([free], DEFAULT_INPUTS, "standard", "input");
    expect(chart.plotted).toEqual(["free"]);
    expect(chart.points.every((p) => p.costs.free === null)).toBe(true);
  });

  it("leaves out a model that cannot take the smallest request, and ends one at its window", () => {
    const tiny = model("tiny", 0.1, 0.4, { contextWindow: 500 });
    const small = model("small", 0.05, 0.2, { contextWindow: 128_000 });
    const chart = costChart([tiny, small], requests, "standard", "input");
    expect(chart.plotted).toEqual(["small"]);
    expect(chart.ends).toEqual({ small: 127_000 });
    // The last point of the line and the first past it are both on the axis.
    const xs = chart.points.map((p) => p.x);
    expect(xs).toContain(127_000);
    const at = chart.points.find((p) => p.x === 127_000)!;
    expect(at.costs.small).toBeCloseTo(Number(exactCostsAt([small], requests, "standard", "input", 127_000).small), 9);
    expect(chart.points.find((p) => p.x > 127_000)!.costs.small).toBeNull();
    expect(exactCostsAt([small], requests, "standard", "input", 127_001)).toEqual({ small: null });
  });

  it("puts a point on each side of a surcharge's jump, and at each crossing", () => {
    const lc = model("lc", 0.1, 0.4, {
      longContext: { thresholdTokens: 200_000, inputMultiplier: 2, outputMultiplier: 1.5 },
    });
    const flat = model("flat", 0.15, 0.3);
    const chart = costChart([lc, flat], requests, "standard", "input");
    const xs = chart.points.map((p) => p.x);
    expect(xs).toContain(200_000);
    expect(xs).toContain(200_001);
    for (const c of chart.crossovers) expect(xs).toContain(c.x);
    const before = chart.points.find((p) => p.x === 200_000)!.costs.lc!;
    const after = chart.points.find((p) => p.x === 200_001)!.costs.lc!;
    // (200,001 × 0.1 × 2 + 1,000 × 0.4 × 1.5) × 10 × 30 / 1M against (200,000 × 0.1 + 1,000 × 0.4) × 10 × 30 / 1M.
    expect(before).toBeCloseTo(6.12, 9);
    expect(after).toBeCloseTo(12.18006, 9);
  });
});

describe("logAxis and groupEnds", () => {
  it("spans one decade above a value that is a power of ten, and several decades otherwise", () => {
    expect(logAxis([100, 100])).toEqual({ domain: [100, 1_000], ticks: [100, 1_000] });
    expect(logAxis([0.05, 2_000])).toEqual({ domain: [0.01, 10_000], ticks: [0.01, 0.1, 1, 10, 100, 1_000, 10_000] });
    expect(logAxis([undefined, -5, Number.POSITIVE_INFINITY])).toEqual({ domain: [1, 10], ticks: [1, 10] });
  });

  it("groups line ends by volume, smallest first, IDs sorted", () => {
    expect(groupEnds({ zeta: 500, alpha: 127_000, beta: 500, gamma: 127_000, delta: 9 })).toEqual([
      { x: 9, ids: ["delta"] },
      { x: 500, ids: ["beta", "zeta"] },
      { x: 127_000, ids: ["alpha", "gamma"] },
    ]);
    expect(groupEnds({})).toEqual([]);
  });
});
