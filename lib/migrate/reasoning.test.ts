import { describe, expect, it } from "vitest";

import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";

import { migrationModel as m } from "./fixtures.test-helpers";
import { cheapestEffort, reasoningView } from "./reasoning";

describe("cheapestEffort (fixture catalog)", () => {
  it('sets "none" where the model accepts it, else its lowest effort; nothing for a model that does not reason', () => {
    expect(cheapestEffort(m("beta-lite"))).toBe("none");
    // delta-nano lists low, medium and high only.
    expect(cheapestEffort(m("delta-nano"))).toBe("low");
    expect(cheapestEffort(m("gamma-mini"))).toBeNull();
    expect(cheapestEffort(m("zeta-old"))).toBeNull();
    expect(cheapestEffort({ ...m("beta-lite"), reasoning: { supported: true, efforts: [], defaultEffort: null } })).toBeNull();
  });
});

describe("reasoningView (fixture catalog, article workload)", () => {
  it("no reasoning tokens stated: the cost assumes effort none, and the default effort's cost depends on reasoning tokens", () => {
    const v = reasoningView(m("gamma-mini"), m("beta-lite"), ARTICLE)!;
    expect(v.effort).toBe("none");
    expect(v.assumption).toBe("The cost above assumes reasoning effort: none (set it in your request).");
    expect(v.figures).toEqual([
      {
        label: 'reasoning effort "none"',
        // $0.10 + 0.5 × $0.50 = $0.35 a day → $10.50.
        value: "$10.50 a month",
        note: "No reasoning tokens. Set it in your request: the code below does.",
      },
      {
        label: 'its default effort ("medium")',
        value: null,
        note: "Depends on how many reasoning tokens beta-lite spends on your prompts, which the planner does not guess. Enter your reasoning tokens per day above to price it: a test run reports them in usage.output_tokens_details.reasoning_tokens.",
      },
    ]);
  });

  it("with the user's reasoning volume: the default effort is priced at it, against today's cost", () => {
    const v = reasoningView(m("gamma-mini"), m("beta-lite"), { ...ARTICLE, reasoningTokensPerDay: 500_000 })!;
    expect(v.assumption).toBe("The cost above counts your 500,000 reasoning tokens a day, billed as output.");
    // Effort none: still $10.50. Default: $0.10 + (0.5M + 0.5M) × $0.50 = $0.60 a day → $18.00,
    // against gamma-mini's $0.40 + 0.5 × $1.00 = $0.90 a day → $27.00 (it does not reason).
    expect(v.figures.map((f) => [f.label, f.value])).toEqual([
      ['reasoning effort "none"', "$10.50 a month"],
      ['its default effort ("medium")', "$18.00 a month"],
    ]);
    expect(v.figures[1]!.note).toBe(
      "If it spends your stated 500,000 reasoning tokens a day (billed as output), against gamma-mini's $27.00 today.",
    );
  });

  it("a model that cannot turn reasoning off says so", () => {
    const v = reasoningView(m("gamma-nano"), m("delta-nano"), ARTICLE)!;
    expect(v.effort).toBe("low");
    expect(v.assumption).toBe(
      'The cost above counts no reasoning tokens, but delta-nano cannot turn reasoning off (its lowest effort is "low"): enter your reasoning tokens per day to price it.',
    );
    expect(v.figures.map((f) => f.label)).toEqual(['its default effort ("medium")']);
  });

  it("a model whose default effort is none needs no second figure", () => {
    const v = reasoningView(m("gamma-mini"), m("alpha-nano"), ARTICLE)!;
    // $0.10 + 0.5 × $0.55 = $0.375 a day → $11.25.
    expect(v.figures).toEqual([expect.objectContaining({ label: 'reasoning effort "none"', value: "$11.25 a month" })]);
  });

  it("efforts not recorded: says so and prices nothing it cannot", () => {
    const unknown = { ...m("beta-lite"), reasoning: { supported: true, efforts: [], defaultEffort: null } };
    const v = reasoningView(m("gamma-mini"), unknown, ARTICLE)!;
    expect(v.assumption).toBe(
      "The cost above counts no reasoning tokens; the reasoning efforts beta-lite accepts are not recorded in our catalog.",
    );
    expect(v.figures).toEqual([]);
  });

  it("nothing to say for a target that does not reason, or whose reasoning is not published", () => {
    expect(reasoningView(m("beta-lite"), m("gamma-mini"), ARTICLE)).toBeNull();
    expect(reasoningView(m("gamma-mini"), m("zeta-old"), ARTICLE)).toBeNull();
  });
});
