import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ARTICLE_WORKLOAD as article } from "@/lib/cost/article-workload";

import { budgetCapacity, isBudgetString, parseBudget } from "./budget";
import { Dec } from "./decimal";
import { monthlyCost } from "./price";
import type { PricedModel } from "./types";

const m: PricedModel = {
  id: "m",
  tiers: { standard: { input: 0.1, cachedInput: 0.025, output: 0.4 }, batch: null, flex: null, fast: null },
  longContext: null,
  contextWindow: 1_047_576,
  maxInput: null,
  reasoning: false,
};

describe("parseBudget", () => {
  it("reads dollars with separators, a $ sign and k/m suffixes", () => {
    expect(parseBudget("$1,200.50")).toEqual({ ok: true, value: "1200.5" });
    expect(parseBudget("250")).toEqual({ ok: true, value: "250" });
    expect(parseBudget("1.5k")).toEqual({ ok: true, value: "1500" });
  });
  it("refuses empty, zero, negative, sub-cent and non-amounts; caps absurd ones", () => {
    for (const t of ["", "0", "-5", "1.234", "abc", "1e3", "NaN"]) expect(parseBudget(t).ok, t).toBe(false);
    expect(parseBudget("5000000000")).toMatchObject({ ok: true, value: "1000000000" });
  });
  it("accepts only canonical budget strings from a URL", () => {
    expect(isBudgetString("250.5")).toBe(true);
    for (const s of ["0", "-1", "1e3", "1.234", "2000000000", "abc", ""]) expect(isBudgetString(s), s).toBe(false);
  });
});

describe("budgetCapacity", () => {
  it("scales the workload to the budget, rounding down", () => {
    const r = monthlyCost(m, article, "standard"); // $9.00 a month for 45M tokens
    expect(budgetCapacity(r, "18", article, null)).toEqual({
      ok: true,
      times: "2",
      tokensPerMonth: "90000000",
      requestsPerMonth: null,
    });
    expect(budgetCapacity(r, "10", article, 1000)).toEqual({
      ok: true,
      times: "1.11",
      tokensPerMonth: "50000000",
      requestsPerMonth: "33333",
    });
  });
  it("says when there is nothing to buy or no price", () => {
    expect(
      budgetCapacity(
        monthlyCost(m, { ...article, inputTokensPerDay: 0, outputTokensPerDay: 0 }, "standard"),
        "10",
        article,
        null,
      ),
    ).toEqual({ ok: false, reason: "free" });
    expect(budgetCapacity(monthlyCost(m, article, "flex"), "10", article, null)).toEqual({ ok: false, reason: "not-priced" });
  });
  it("never buys more than the budget pays for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 1, max: 10_000_000_000 }), (cents, tokens) => {
        const w = { ...article, inputTokensPerDay: tokens, outputTokensPerDay: 0 };
        const cap = budgetCapacity(monthlyCost(m, w, "standard"), new Dec(cents).div(100).toFixed(), w, null);
        if (!cap.ok) return false;
        // What the bought tokens cost, per month, at $0.10 per 1M.
        const cost = new Dec(cap.tokensPerMonth).mul("0.1").div(1_000_000);
        return cost.lte(new Dec(cents).div(100)) && new Dec(cap.tokensPerMonth).gte(0);
      }),
    );
  });
});
