import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { toCalculatorModels } from "./calculator-models";
import { visibleModels } from "./calculator-rows";
import { costChart, groupEnds } from "./chart";
import { calcModel as model, cost } from "./fixtures.test-helpers";
import { PRESETS } from "./presets";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

describe("crossovers", () => {
  it("finds where a cheaper-input model overtakes a cheaper-output one, exactly", () => {
    const a = model("cheap-input", 0.1, 0.5);
    const b = model("cheap-output", 0.2, 0.2);
    const chart = costChart([a, b], DEFAULT_INPUTS, "standard", "input");
    // 0.1x + 0.5 × 500K = 0.2x + 0.2 × 500K  ⇒  x = 1.5M input tokens a day, $12.00 a month.
    expect(chart.crossovers).toEqual([
      expect.objectContaining({ x: 1_500_000, cheaperBelow: "cheap-output", cheaperAbove: "cheap-input", perMonth: "12", kind: "slope" }),
    ]);
    expect(chart.crossovers[0]!.explanation).toMatch(/\$0\.1 vs \$0\.2 per 1M input tokens/);
    // The order really flips around it.
    const at = (x: number) => ({ ...DEFAULT_INPUTS, inputPerDay: x });
    expect(cost(b, at(1_400_000))!.lt(cost(a, at(1_400_000))!)).toBe(true);
    expect(cost(a, at(1_600_000))!.lt(cost(b, at(1_600_000))!)).toBe(true);
  });

  it("finds the jump where a long-context surcharge starts", () => {
    const lc = model("surcharged", 0.1, 0.5, { longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 } });
    const plain = model("plain", 0.15, 0.5);
    const inputs: CalculatorInputs = { ...DEFAULT_INPUTS, mode: "request", requestsPerDay: 100, inputPerRequest: 1_000, outputPerRequest: 1_000 };
    const chart = costChart([lc, plain], inputs, "standard", "input");
    expect(chart.crossovers).toEqual([expect.objectContaining({ x: 272_001, cheaperBelow: "surcharged", cheaperAbove: "plain", kind: "jump" })]);
    // At the jump the two differ: 100 requests × (272,001 × $0.20 + 1,000 × $0.75) per 1M, × 30 days, vs the plain model.
    expect(chart.crossovers[0]).toMatchObject({ perMonthBelow: "165.4506", perMonth: "123.90045" });
    expect(chart.crossovers[0]!.explanation).toMatch(/long-context surcharge of surcharged starts \(2× input, 1\.5× output/);
    // The plotted line has both sides of the jump.
    const xs = chart.points.map((p) => p.x);
    expect(xs).toEqual(expect.arrayContaining([272_000, 272_001]));
  });

  it("lists only changes of the cheapest model when many models are shown", () => {
    const all = toCalculatorModels(loadCatalog(), "2026-11-25");
    const { visible } = visibleModels(all, { includeRetired: false, includeSnapshots: false, focus: [] });
    const chart = costChart(visible, DEFAULT_INPUTS, "standard", "input");
    expect(chart.envelopeOnly).toBe(true);
    for (const c of chart.crossovers) {
      // Just below the crossing, the model said to be cheaper below is the cheapest of all shown.
      const below = { ...DEFAULT_INPUTS, inputPerDay: Math.max(1_000, Math.floor(c.x * 0.99)) };
      const above = { ...DEFAULT_INPUTS, inputPerDay: Math.ceil(c.x * 1.01) };
      const cheapest = (inputs: CalculatorInputs) =>
        visible.map((m) => ({ id: m.id, c: cost(m, inputs) })).filter((x) => x.c !== null).sort((p, q) => p.c!.comparedTo(q.c!))[0]!.id;
      expect(cheapest(below)).toBe(c.cheaperBelow);
      expect(cheapest(above)).toBe(c.cheaperAbove);
    }
  });
});

describe("costChart on the RAG preset", () => {
  it("finds the cheapest model's changes among all current models, with their explanations", () => {
    const all = toCalculatorModels(loadCatalog(), "2026-11-25");
    const { visible } = visibleModels(all, { includeRetired: false, includeSnapshots: false, focus: [] });
    const rag = PRESETS.find((p) => p.id === "rag")!;
    const chart = costChart(visible, rag.inputs, "standard", "input");
    // Non-reasoning gpt-4o-mini pays no reasoning tokens (cheapest for tiny prompts); gpt-5-nano's
    // cheaper input wins from about 6.6K tokens per request.
    expect(chart.crossovers[0]).toMatchObject({ x: 6_594, cheaperBelow: "gpt-4o-mini", cheaperAbove: "gpt-5-nano", kind: "slope" });
    expect(chart.crossovers[0]!.explanation).toMatch(/Below 6,594 input tokens per request, gpt-4o-mini costs less/);
    expect(groupEnds(chart.ends)[0]).toEqual({ x: 127_000, ids: ["gpt-4o", "gpt-4o-mini"] });
  });
});
