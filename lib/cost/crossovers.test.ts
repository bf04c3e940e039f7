import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { toCalculatorModels } from "./calculator-models";
import { visibleModels } from "./calculator-rows";
import { costChart, groupEnds } from "./chart";
import { cost, calcModel as model } from "./fixtures.test-helpers";
import { PRESETS } from "./presets";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

describe("crossovers", () => {
  it("finds where a cheaper-input model overtakes a cheaper-output one, exactly", () => {
    const a = model("cheap-input", 0.1, 0.5);
    const b = model("cheap-output", 0.2, 0.2);
    const chart = costChart([a, b], DEFAULT_INPUTS, "standard", "input");
    // 0.1x + 0.5 × 500K = 0.2x + 0.2 × 500K  ⇒  x = 1.5M input tokens a day, $12.00 a month.
    expect(chart.crossovers).toEqual([
      expect.objectContaining({
        x: 1_500_000,
        cheaperBelow: "cheap-output",
        cheaperAbove: "cheap-input",
        perMonth: "12",
        kind: "slope",
      }),
    ]);
    expect(chart.crossovers[0]!.explanation).toMatch(/\$0\.1 vs \$0\.2 per 1M input tokens/);
    // The order really flips around it.
    const at = (x: number) => ({ ...DEFAULT_INPUTS, inputPerDay: x });
    expect(cost(b, at(1_400_000))!.lt(cost(a, at(1_400_000))!)).toBe(true);
    expect(cost(a, at(1_600_000))!.lt(cost(b, at(1_600_000))!)).toBe(true);
  });

  it("finds the jump where a long-context surcharge starts", () => {
    const lc = model("surcharged", 0.1, 0.5, {
      longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 },
    });
    const plain = model("plain", 0.15, 0.5);
    const inputs: CalculatorInputs = {
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 100,
      inputPerRequest: 1_000,
      outputPerRequest: 1_000,
    };
    const chart = costChart([lc, plain], inputs, "standard", "input");
    expect(chart.crossovers).toEqual([
      expect.objectContaining({ x: 272_001, cheaperBelow: "surcharged", cheaperAbove: "plain", kind: "jump" }),
    ]);
    // At the jump the two differ: 100 requests × (272,001 × $0.20 + 1,000 × $0.75) per 1M, × 30 days, vs the plain model.
    expect(chart.crossovers[0]).toMatchObject({ perMonthBelow: "165.4506", perMonth: "123.90045" });
    expect(chart.crossovers[0]!.explanation).toMatch(/long-context surcharge of surcharged starts \(2× input, 1\.5× output/);
    // The plotted line has both sides of the jump.
    const xs = chart.points.map((p) => p.x);
    expect(xs).toEqual(expect.arrayContaining([272_000, 272_001]));
  });

  it("lists only changes of the cheapest model when many models are shown", () => {
    // a and b cross at 1.5M input tokens a day (see above), c and d at 500K:
    // c = 1.0x + 2.0 × 500K, d = 2.0x + 1.0 × 500K per 1M ⇒ x = 500K, where c costs $1.50 a day → $45.
    // e and f cost more than a everywhere, so only a/b changes the cheapest model.
    const shown = [
      model("a", 0.1, 0.5),
      model("b", 0.2, 0.2),
      model("c", 1, 2),
      model("d", 2, 1),
      model("e", 5, 5),
      model("f", 6, 6),
    ];
    const five = costChart(shown.slice(0, 5), DEFAULT_INPUTS, "standard", "input");
    expect(five.envelopeOnly).toBe(false);
    expect(five.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove, c.perMonth])).toEqual([
      [500_000, "d", "c", "45"],
      [1_500_000, "b", "a", "12"],
    ]);
    const chart = costChart(shown, DEFAULT_INPUTS, "standard", "input");
    expect(chart.envelopeOnly).toBe(true);
    expect(chart.crossovers.map((c) => [c.x, c.cheaperBelow, c.cheaperAbove])).toEqual([[1_500_000, "b", "a"]]);
    for (const c of chart.crossovers) {
      // Just below the crossing, the model said to be cheaper below is the cheapest of all shown.
      const below = { ...DEFAULT_INPUTS, inputPerDay: Math.max(1_000, Math.floor(c.x * 0.99)) };
      const above = { ...DEFAULT_INPUTS, inputPerDay: Math.ceil(c.x * 1.01) };
      const cheapest = (inputs: CalculatorInputs) =>
        shown
          .map((m) => ({ id: m.id, c: cost(m, inputs) }))
          .filter((x) => x.c !== null)
          .sort((p, q) => p.c!.comparedTo(q.c!))[0]!.id;
      expect(cheapest(below)).toBe(c.cheaperBelow);
      expect(cheapest(above)).toBe(c.cheaperAbove);
    }
  });
});

describe("costChart on the RAG preset (fixture catalog)", () => {
  it("finds the cheapest model's changes among all current models, with their explanations", () => {
    const all = toCalculatorModels(fixtureCatalog, FIXTURE_TODAY);
    const { visible } = visibleModels(all, { includeRetired: false, includeSnapshots: false, focus: [] });
    expect(visible).toHaveLength(6);
    const rag = PRESETS.find((p) => p.id === "rag")!;
    const chart = costChart(visible, rag.inputs, "standard", "input");
    // 500 requests a day of x input tokens (30% cached: 150x cached, 350x not), 1,000 output and
    // 2,000 reasoning tokens each (billed on reasoning models only). Per day, in USD × 1M:
    //   gamma-mini (no reasoning): 350x × 0.40 + 150x × 0.10 + 500K × 1.00            = 155x + 500,000
    //   delta-nano (reasoning):    350x × 0.05 + 150x × 0.005 + (500K + 1M) × 0.40   = 18.25x + 600,000
    // They cross at x = 100,000 / 136.75 = 731.26…: delta-nano is cheaper from 732 tokens (the others
    // cost more there; beta-lite: 36.5x + 750,000). delta-nano's line ends at 125,000 (not a crossing);
    // beta-lite is then the cheapest until its surcharge starts at 272,001 (2× input, 1.5× output):
    //   beta-lite:  350x × 0.20 + 150x × 0.02 + 1.5M × 0.75 = 73x + 1,125,000
    //   alpha-nano: 350x × 0.10 + 150x × 0.01 + 1.5M × 0.55 = 36.5x + 825,000   (the cheapest from there)
    // Later changes happen where lines end (alpha-nano at 397,000, beta-lite at 922,000): no crossings.
    expect(chart.crossovers).toEqual([
      expect.objectContaining({
        x: 732,
        cheaperBelow: "gamma-mini",
        cheaperAbove: "delta-nano",
        kind: "slope",
        // × 30 days: delta-nano (13,359 + 600,000) / 1M; gamma-mini (113,460 + 500,000) / 1M.
        perMonth: "18.40077",
        perMonthBelow: "18.4038",
      }),
      expect.objectContaining({
        x: 272_001,
        cheaperBelow: "beta-lite",
        cheaperAbove: "alpha-nano",
        kind: "jump",
        // × 30 days: alpha-nano (9,928,036.5 + 825,000) / 1M; beta-lite (19,856,073 + 1,125,000) / 1M.
        perMonth: "322.591095",
        perMonthBelow: "629.43219",
      }),
    ]);
    expect(chart.crossovers[0]!.explanation).toMatch(
      /^Below 732 input tokens per request, gamma-mini costs less: the rest of the workload \(output and reasoning\) is cheaper on it\./,
    );
    expect(chart.crossovers[1]!.explanation).toBe(
      "At 272,001 input tokens per request, the long-context surcharge of beta-lite starts (2× input, 1.5× output for the whole request), so alpha-nano becomes the cheaper of the two.",
    );
    // Line ends: input + output (+ reasoning on reasoning models) must fit the window, and input the max input.
    expect(groupEnds(chart.ends)).toEqual([
      { x: 125_000, ids: ["delta-nano"] }, // 128,000 − 3,000
      { x: 127_000, ids: ["omega"] }, // 128,000 − 1,000
      { x: 397_000, ids: ["alpha-mini", "alpha-nano"] }, // 400,000 − 3,000
      { x: 922_000, ids: ["beta-lite"] }, // its max input
      { x: 1_046_576, ids: ["gamma-mini"] }, // 1,047,576 − 1,000
    ]);
  });
});
