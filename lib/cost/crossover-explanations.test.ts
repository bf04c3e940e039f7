import { describe, expect, it } from "vitest";

import { costChart } from "./chart";
import { calcModel as model } from "./fixtures.test-helpers";
import { DEFAULT_INPUTS } from "./workload";

// 1M input + 500K output tokens a day, 30 days (the calculator's default workload).
const cheapInput = () => model("cheap-input", 0.1, 0.5);
const cheapOutput = () => model("cheap-output", 0.2, 0.2);

describe("crossover explanations, word for word", () => {
  it("names the cached share on the input axis, with the effective rates per 1M input tokens", () => {
    const chart = costChart([cheapInput(), cheapOutput()], { ...DEFAULT_INPUTS, cachedPercent: 20 }, "standard", "input");
    // 20% cached at a tenth of the price: 0.8 × 0.1 + 0.2 × 0.01 = $0.082 against $0.164 per 1M input tokens.
    expect(chart.crossovers).toEqual([
      {
        x: 1_829_269,
        cheaperBelow: "cheap-output",
        cheaperAbove: "cheap-input",
        perMonth: "12.0000039",
        perMonthBelow: "12.0000078",
        kind: "slope",
        explanation:
          "Below 1,829,269 input tokens per day, cheap-output costs less: the rest of the workload (output) is cheaper on it. Above, cheap-input costs less: each extra input token is cheaper on it ($0.082 vs $0.164 per 1M input tokens, with 20% cached).",
      },
    ]);
  });

  it("on the output axis the rest of the workload is the input, and no cached share is named", () => {
    // Cached input (20% at a tenth) makes the input side 0.41 against 0.164 per 1M: they cross at 2.46M output tokens.
    const chart = costChart(
      [model("cheap-out", 0.5, 0.1), model("cheap-in", 0.2, 0.2)],
      { ...DEFAULT_INPUTS, cachedPercent: 20 },
      "standard",
      "output",
    );
    expect(chart.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove, c.kind])).toEqual([
      [2_460_000, "cheap-in", "cheap-out", "slope"],
    ]);
    expect(chart.crossovers[0]!.explanation).toBe(
      "Below 2,460,000 output tokens per day, cheap-in costs less: the rest of the workload (input) is cheaper on it. Above, cheap-out costs less: each extra output token is cheaper on it ($0.1 vs $0.2 per 1M output tokens).",
    );
  });

  it("without caching the output axis says so plainly", () => {
    const chart = costChart([model("cheap-out", 0.5, 0.1), model("cheap-in", 0.2, 0.2)], DEFAULT_INPUTS, "standard", "output");
    expect(chart.crossovers[0]).toMatchObject({
      x: 3_000_000,
      perMonth: "24",
      perMonthBelow: "24",
      explanation:
        "Below 3,000,000 output tokens per day, cheap-in costs less: the rest of the workload (input) is cheaper on it. Above, cheap-out costs less: each extra output token is cheaper on it ($0.1 vs $0.2 per 1M output tokens).",
    });
  });

  it("counts reasoning in the rest of the workload when the workload has some", () => {
    const chart = costChart([cheapInput(), cheapOutput()], { ...DEFAULT_INPUTS, reasoningPerDay: 100_000 }, "standard", "input");
    expect(chart.crossovers[0]!.explanation).toBe(
      "Below 1,500,000 input tokens per day, cheap-output costs less: the rest of the workload (output and reasoning) is cheaper on it. Above, cheap-input costs less: each extra input token is cheaper on it ($0.1 vs $0.2 per 1M input tokens).",
    );
  });

  it("gives rates per 1M tokens of the varied dimension per request, not per day", () => {
    const inputs = {
      ...DEFAULT_INPUTS,
      mode: "request" as const,
      requestsPerDay: 100,
      inputPerRequest: 1_000,
      outputPerRequest: 5_000,
    };
    const chart = costChart([cheapInput(), cheapOutput()], inputs, "standard", "input");
    expect(chart.crossovers).toEqual([
      expect.objectContaining({
        x: 15_000,
        perMonth: "12",
        perMonthBelow: "12",
        explanation:
          "Below 15,000 input tokens per request, cheap-output costs less: the rest of the workload (output) is cheaper on it. Above, cheap-input costs less: each extra input token is cheaper on it ($0.1 vs $0.2 per 1M input tokens).",
      }),
    ]);
  });

  it("finds no crossing for lines that meet only at the first volume or only at the last", () => {
    // Equal at 1,000 input tokens a day: 0.1 × 1,000 + 0.4002 × 500K = 0.2 × 1,000 + 0.4 × 500K.
    expect(costChart([model("a", 0.1, 0.4002), model("b", 0.2, 0.4)], DEFAULT_INPUTS, "standard", "input").crossovers).toEqual(
      [],
    );
    // Equal at 10^11 input tokens a day: a's cheaper input (0.1999985 × 10^11) makes up its dearer output (0.5 × 500K) only there.
    const last = 100_000_000_000;
    const b = model("b", 0.2, 0.2);
    const a = model("a", 0.2 - (0.3 * 500_000) / last, 0.5);
    expect(costChart([a, b], DEFAULT_INPUTS, "standard", "input").crossovers).toEqual([]);
  });

  it("lists crossings by volume, then by the model cheaper below", () => {
    const shown = [model("a", 0.1, 0.5), model("b", 0.2, 0.2), model("c", 1, 2), model("d", 2, 1)];
    const chart = costChart(shown, DEFAULT_INPUTS, "standard", "input");
    const keys = chart.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove]);
    expect(keys).toEqual(
      [...keys].sort((p, q) => (p[0] as number) - (q[0] as number) || String(p[1]).localeCompare(String(q[1]))),
    );
    expect(keys[0]).toEqual([500_000, "d", "c"]);
    expect(keys.at(-1)![0]).toBeGreaterThanOrEqual(1_500_000);
  });
});
