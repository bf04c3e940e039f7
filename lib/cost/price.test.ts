import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ARTICLE_WORKLOAD as article } from "@/lib/cost/article-workload";

import { monthlyCost, relativeTo, sanitizeWorkload } from "./price";
import type { PricedModel, Workload } from "./types";

const model = (id: string, input: number, output: number, extra: Partial<PricedModel> = {}): PricedModel => ({
  id,
  tiers: {
    standard: { input, cachedInput: input / 4, output },
    batch: { input: input / 2, cachedInput: null, output: output / 2 },
    flex: null,
    fast: null,
  },
  longContext: null,
  contextWindow: 1_047_576,
  maxInput: null,
  reasoning: false,
  ...extra,
});

function ok(r: ReturnType<typeof monthlyCost>) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("monthlyCost", () => {
  it("reproduces the article's table to the cent", () => {
    expect(ok(monthlyCost(model("gpt-4.1-nano", 0.1, 0.4), article, "standard"))).toMatchObject({ perDay: "0.3", perMonth: "9" });
    expect(ok(monthlyCost(model("gpt-4o-mini", 0.15, 0.6), article, "standard"))).toMatchObject({
      perDay: "0.45",
      perMonth: "13.5",
    });
    expect(ok(monthlyCost(model("gpt-4.1-mini", 0.4, 1.6), article, "standard"))).toMatchObject({
      perDay: "1.2",
      perMonth: "36",
    });
    expect(relativeTo("9", "13.5")).toBe("1.5");
    expect(relativeTo("9", "36")).toBe("4");
  });

  it("has no float artefacts", () => {
    const r = ok(
      monthlyCost(model("m", 0.1, 0.2), { ...article, inputTokensPerDay: 1_000_000, outputTokensPerDay: 1_000_000 }, "standard"),
    );
    expect(r.perDay).toBe("0.3");
  });

  it("prices cached input at the cached rate", () => {
    const r = ok(monthlyCost(model("m", 0.4, 1.6), { ...article, cachedPercent: 50 }, "standard"));
    // 500K uncached × 0.40 + 500K cached × 0.10 + 500K out × 1.60 = 0.20 + 0.05 + 0.80
    expect(r.perDay).toBe("1.05");
    expect(r.lines.map((l) => l.kind)).toEqual(["input", "cachedInput", "output"]);
  });

  it("uses the chosen tier and refuses a tier the model does not offer", () => {
    expect(ok(monthlyCost(model("m", 0.4, 1.6), article, "batch")).perDay).toBe("0.6");
    const r = monthlyCost(model("m", 0.4, 1.6), article, "flex");
    expect(r).toMatchObject({ ok: false, reason: "no-tier" });
  });

  it("bills cached tokens at full price when no cached price is published, and says so", () => {
    const r = ok(monthlyCost(model("m", 0.4, 1.6), { ...article, cachedPercent: 50 }, "batch"));
    expect(r.perDay).toBe("0.6");
    expect(r.notes.join(" ")).toMatch(/not published/);
  });

  it("bills reasoning tokens as output, only for reasoning models", () => {
    const w = { ...article, reasoningTokensPerDay: 1_000_000 };
    expect(ok(monthlyCost(model("r", 0.1, 0.5, { reasoning: true }), w, "standard")).perDay).toBe("0.85");
    const plain = ok(monthlyCost(model("p", 0.1, 0.5), w, "standard"));
    expect(plain.perDay).toBe("0.35");
    expect(plain.notes.join(" ")).toMatch(/does not reason/);
  });

  it("applies the long-context surcharge to the whole request above the threshold", () => {
    const luna = model("gpt-6-luna", 0.1, 0.5, {
      longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 },
      contextWindow: 1_050_000,
    });
    const below = ok(monthlyCost(luna, { ...article, inputTokensPerRequest: 272_000 }, "standard"));
    expect(below.perDay).toBe("0.35");
    const above = ok(monthlyCost(luna, { ...article, inputTokensPerRequest: 272_001 }, "standard"));
    expect(above.longContextApplied).toBe(true);
    expect(above.perDay).toBe("0.575"); // 1M × 0.20 + 0.5M × 0.75
  });

  it("refuses requests larger than the context window", () => {
    const r = monthlyCost(
      model("small", 0.1, 0.4, { contextWindow: 128_000 }),
      { ...article, inputTokensPerRequest: 200_000 },
      "standard",
    );
    expect(r).toMatchObject({ ok: false, reason: "exceeds-context" });
  });

  it("stays exact and finite at 10^12 tokens a month", () => {
    const huge = { ...article, inputTokensPerDay: 1e12 / 30, outputTokensPerDay: 1e12 / 30 };
    const r = ok(monthlyCost(model("m", 0.4, 1.6), huge, "standard"));
    expect(r.perMonth).not.toMatch(/e|NaN|Infinity/);
    expect(Number(r.perMonth)).toBeGreaterThan(0);
  });

  it("clamps garbage workloads instead of producing NaN", () => {
    const w = sanitizeWorkload({
      inputTokensPerDay: -5,
      outputTokensPerDay: NaN,
      reasoningTokensPerDay: Infinity,
      cachedPercent: 250,
      daysPerMonth: 0,
      inputTokensPerRequest: -1,
    });
    expect(w).toEqual({
      inputTokensPerDay: 0,
      outputTokensPerDay: 0,
      reasoningTokensPerDay: 0,
      cachedPercent: 100,
      daysPerMonth: 1,
      inputTokensPerRequest: null,
    });
  });
});

describe("monthlyCost properties", () => {
  const tokens = fc.integer({ min: 0, max: 1_000_000_000_000 });
  const workload = fc.record({
    inputTokensPerDay: tokens,
    outputTokensPerDay: tokens,
    reasoningTokensPerDay: tokens,
    cachedPercent: fc.integer({ min: 0, max: 100 }),
    daysPerMonth: fc.integer({ min: 1, max: 31 }),
    inputTokensPerRequest: fc.constant(null),
  });
  const m = model("m", 0.4, 1.6, { reasoning: true });

  it("never goes negative", () => {
    fc.assert(fc.property(workload, (w) => new Decimal(ok(monthlyCost(m, w, "standard")).perMonth).gte(0)));
  });
  it("grows with volume", () => {
    fc.assert(
      fc.property(workload, fc.integer({ min: 1, max: 1_000_000 }), (w, extra) => {
        const a = ok(monthlyCost(m, w, "standard")).perMonth;
        const b = ok(monthlyCost(m, { ...w, outputTokensPerDay: w.outputTokensPerDay + extra }, "standard")).perMonth;
        return new Decimal(b).gt(a);
      }),
    );
  });
  it("only gets cheaper with more caching", () => {
    fc.assert(
      fc.property(workload, fc.integer({ min: 0, max: 100 }), (w, more) => {
        const lo = Math.min(w.cachedPercent, more);
        const hi = Math.max(w.cachedPercent, more);
        const a = ok(monthlyCost(m, { ...w, cachedPercent: lo }, "standard")).perMonth;
        const b = ok(monthlyCost(m, { ...w, cachedPercent: hi }, "standard")).perMonth;
        return new Decimal(b).lte(a);
      }),
    );
  });
});

describe("monthlyCost: each billing dimension on its own", () => {
  const luna = model("luna", 0.1, 0.5, {
    tiers: {
      standard: { input: 0.1, cachedInput: 0.01, output: 0.5 },
      batch: { input: 0.05, cachedInput: null, output: 0.25 },
      flex: { input: 0.05, cachedInput: null, output: 0.25 },
      fast: { input: 0.2, cachedInput: 0.02, output: 1 },
    },
    longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 },
    contextWindow: 1_050_000,
    maxInput: 922_000,
    maxOutput: 128_000,
    reasoning: true,
  });

  it("days per month: the month is the day times the days, the year twelve months", () => {
    const r = ok(monthlyCost(luna, { ...article, daysPerMonth: 31 }, "standard"));
    expect(r).toMatchObject({ perDay: "0.35", perMonth: "10.85", perYear: "130.2" });
  });

  it("service tier: each tier's own prices, and the tier is reported", () => {
    expect(ok(monthlyCost(luna, article, "batch"))).toMatchObject({ perDay: "0.175", tier: "batch" });
    expect(ok(monthlyCost(luna, article, "flex")).perDay).toBe("0.175");
    expect(ok(monthlyCost(luna, article, "fast")).perDay).toBe("0.7");
  });

  it("a tier object with unpublished prices is refused, not guessed", () => {
    const m = model("m", 0.15, 0.6, {
      tiers: {
        standard: { input: 0.15, cachedInput: 0.075, output: 0.6 },
        batch: { input: null, cachedInput: null, output: null },
        flex: null,
        fast: null,
      },
    });
    expect(monthlyCost(m, article, "batch")).toMatchObject({ ok: false, reason: "no-price" });
  });

  it("cache share: cached tokens at the cached rate, as their own line", () => {
    const r = ok(monthlyCost(luna, { ...article, cachedPercent: 90 }, "standard"));
    // 100K × 0.10 + 900K × 0.01 + 500K × 0.50 = 0.01 + 0.009 + 0.25
    expect(r.perDay).toBe("0.269");
    expect(r.lines.find((l) => l.kind === "cachedInput")).toMatchObject({
      tokensPerDay: "900000",
      ratePer1M: "0.01",
      amountPerDay: "0.009",
    });
  });

  it("reasoning: billed at the output rate on its own line", () => {
    const r = ok(monthlyCost(luna, { ...article, reasoningTokensPerDay: 2_000_000 }, "standard"));
    expect(r.lines.find((l) => l.kind === "reasoning")).toMatchObject({
      tokensPerDay: "2000000",
      ratePer1M: "0.5",
      amountPerDay: "1",
    });
    expect(r.perDay).toBe("1.35");
  });

  it("long context: the surcharge is its own lines, (multiplier − 1) × the base rate", () => {
    const w: Workload = {
      ...article,
      cachedPercent: 50,
      reasoningTokensPerDay: 100_000,
      inputTokensPerRequest: 300_000,
      outputTokensPerRequest: 1_000,
      reasoningTokensPerRequest: 200,
    };
    const r = ok(monthlyCost(luna, w, "standard"));
    expect(r.longContextApplied).toBe(true);
    const byKind = Object.fromEntries(r.lines.map((l) => [l.kind, l]));
    expect(byKind.input).toMatchObject({ tokensPerDay: "500000", ratePer1M: "0.1", amountPerDay: "0.05" });
    expect(byKind.longContextInput).toMatchObject({ tokensPerDay: "500000", ratePer1M: "0.1", amountPerDay: "0.05" });
    expect(byKind.longContextCachedInput).toMatchObject({ tokensPerDay: "500000", ratePer1M: "0.01", amountPerDay: "0.005" });
    expect(byKind.longContextOutput).toMatchObject({ tokensPerDay: "600000", ratePer1M: "0.25", amountPerDay: "0.15" });
    // Base 0.05 + 0.005 + 0.25 + 0.05, surcharge 0.05 + 0.005 + 0.15.
    expect(r.perDay).toBe("0.56");
    const sum = r.lines.reduce((s, l) => s.add(l.amountPerDay), new Decimal(0));
    expect(sum.toFixed()).toBe(r.perDay);
  });

  it("long context is not applied at or below the threshold, nor when the request size is unknown", () => {
    expect(ok(monthlyCost(luna, { ...article, inputTokensPerRequest: 272_000 }, "standard")).lines.map((l) => l.kind)).toEqual([
      "input",
      "output",
    ]);
    const unknown = ok(monthlyCost(luna, article, "standard"));
    expect(unknown.longContextApplied).toBe(false);
    expect(unknown.notes.join(" ")).toMatch(/Request size unknown/);
  });

  it("limits: max input, max output (reasoning included) and input + output within the window", () => {
    expect(monthlyCost(luna, { ...article, inputTokensPerRequest: 922_001 }, "standard")).toMatchObject({
      ok: false,
      reason: "exceeds-context",
    });
    expect(
      monthlyCost(
        luna,
        { ...article, inputTokensPerRequest: 1000, outputTokensPerRequest: 100_000, reasoningTokensPerRequest: 28_001 },
        "standard",
      ),
    ).toMatchObject({ ok: false, reason: "exceeds-output" });
    expect(
      ok(
        monthlyCost(
          luna,
          { ...article, inputTokensPerRequest: 1000, outputTokensPerRequest: 100_000, reasoningTokensPerRequest: 28_000 },
          "standard",
        ),
      ).perDay,
    ).toBeDefined();
    const small = model("small", 0.15, 0.6, { contextWindow: 128_000, maxOutput: 16_384 });
    expect(
      monthlyCost(small, { ...article, inputTokensPerRequest: 120_000, outputTokensPerRequest: 10_000 }, "standard"),
    ).toMatchObject({ ok: false, reason: "exceeds-context" });
    // A non-reasoning model generates no reasoning tokens, so they do not count against its limits.
    expect(
      ok(
        monthlyCost(
          small,
          { ...article, inputTokensPerRequest: 100_000, outputTokensPerRequest: 10_000, reasoningTokensPerRequest: 50_000 },
          "standard",
        ),
      ).perDay,
    ).toBeDefined();
  });

  it("stays exact at 10^15 tokens a day (more digits than a double or decimal.js' default precision holds)", () => {
    const r = ok(
      monthlyCost(
        model("m", 0.075, 0.3),
        { ...article, inputTokensPerDay: 999_999_999_999_999, outputTokensPerDay: 999_999_999_999_999, daysPerMonth: 31 },
        "standard",
      ),
    );
    expect(r.perDay).toBe("374999999.999999625");
    expect(r.perYear).toBe("139499999999.9998605");
  });
});

describe("monthlyCost matches integer arithmetic exactly", () => {
  // Reference: prices in micro-dollars per 1M tokens (integers), costs in 1e-12 dollars (BigInt).
  const micro = fc.integer({ min: 0, max: 50_000_000 });
  it("for any volumes, cache share and prices", () => {
    fc.assert(
      fc.property(
        fc.record({ input: micro, cached: micro, output: micro }),
        fc.record({
          inputTokensPerDay: fc.integer({ min: 0, max: 1_000_000_000_000 }),
          outputTokensPerDay: fc.integer({ min: 0, max: 1_000_000_000_000 }),
          reasoningTokensPerDay: fc.integer({ min: 0, max: 1_000_000_000_000 }),
          cachedPercent: fc.integer({ min: 0, max: 100 }),
          daysPerMonth: fc.integer({ min: 1, max: 31 }),
          inputTokensPerRequest: fc.constant(null),
        }),
        (p, w) => {
          const m = model("m", 0, 0, {
            reasoning: true,
            tiers: {
              standard: { input: p.input / 1e6, cachedInput: p.cached / 1e6, output: p.output / 1e6 },
              batch: null,
              flex: null,
              fast: null,
            },
          });
          const r = ok(monthlyCost(m, w, "standard"));
          const cached = (BigInt(w.inputTokensPerDay) * BigInt(w.cachedPercent)) / 100n;
          const uncached = BigInt(w.inputTokensPerDay) - cached;
          const picoPerDay =
            uncached * BigInt(p.input) +
            cached * BigInt(p.cached) +
            (BigInt(w.outputTokensPerDay) + BigInt(w.reasoningTokensPerDay)) * BigInt(p.output);
          const picoPerMonth = picoPerDay * BigInt(w.daysPerMonth);
          const [int, frac = ""] = r.perMonth.split(".");
          return frac.length <= 12 && BigInt(int! + frac.padEnd(12, "0")) === picoPerMonth;
        },
      ),
    );
  });
});
