import fc from "fast-check";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { monthlyCost, relativeTo, sanitizeWorkload } from "./price";
import type { PricedModel, Workload } from "./types";

const model = (id: string, input: number, output: number, extra: Partial<PricedModel> = {}): PricedModel => ({
  id,
  tiers: { standard: { input, cachedInput: input / 4, output }, batch: { input: input / 2, cachedInput: null, output: output / 2 }, flex: null, fast: null },
  longContext: null,
  contextWindow: 1_047_576,
  maxInput: null,
  reasoning: false,
  ...extra,
});

// The source article's scenario: 1M input + 500K output tokens a day, 30-day month, Standard.
const article: Workload = {
  inputTokensPerDay: 1_000_000,
  outputTokensPerDay: 500_000,
  reasoningTokensPerDay: 0,
  cachedPercent: 0,
  daysPerMonth: 30,
  inputTokensPerRequest: null,
};

function ok(r: ReturnType<typeof monthlyCost>) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("monthlyCost", () => {
  it("reproduces the article's table to the cent", () => {
    expect(ok(monthlyCost(model("gpt-4.1-nano", 0.1, 0.4), article, "standard"))).toMatchObject({ perDay: "0.3", perMonth: "9" });
    expect(ok(monthlyCost(model("gpt-4o-mini", 0.15, 0.6), article, "standard"))).toMatchObject({ perDay: "0.45", perMonth: "13.5" });
    expect(ok(monthlyCost(model("gpt-4.1-mini", 0.4, 1.6), article, "standard"))).toMatchObject({ perDay: "1.2", perMonth: "36" });
    expect(relativeTo("9", "13.5")).toBe("1.5");
    expect(relativeTo("9", "36")).toBe("4");
  });

  it("has no float artefacts", () => {
    const r = ok(monthlyCost(model("m", 0.1, 0.2), { ...article, inputTokensPerDay: 1_000_000, outputTokensPerDay: 1_000_000 }, "standard"));
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
    const luna = model("gpt-6-luna", 0.1, 0.5, { longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 }, contextWindow: 1_050_000 });
    const below = ok(monthlyCost(luna, { ...article, inputTokensPerRequest: 272_000 }, "standard"));
    expect(below.perDay).toBe("0.35");
    const above = ok(monthlyCost(luna, { ...article, inputTokensPerRequest: 272_001 }, "standard"));
    expect(above.longContextApplied).toBe(true);
    expect(above.perDay).toBe("0.575"); // 1M × 0.20 + 0.5M × 0.75
  });

  it("refuses requests larger than the context window", () => {
    const r = monthlyCost(model("small", 0.1, 0.4, { contextWindow: 128_000 }), { ...article, inputTokensPerRequest: 200_000 }, "standard");
    expect(r).toMatchObject({ ok: false, reason: "exceeds-context" });
  });

  it("stays exact and finite at 10^12 tokens a month", () => {
    const huge = { ...article, inputTokensPerDay: 1e12 / 30, outputTokensPerDay: 1e12 / 30 };
    const r = ok(monthlyCost(model("m", 0.4, 1.6), huge, "standard"));
    expect(r.perMonth).not.toMatch(/e|NaN|Infinity/);
    expect(Number(r.perMonth)).toBeGreaterThan(0);
  });

  it("clamps garbage workloads instead of producing NaN", () => {
    const w = sanitizeWorkload({ inputTokensPerDay: -5, outputTokensPerDay: NaN, reasoningTokensPerDay: Infinity, cachedPercent: 250, daysPerMonth: 0, inputTokensPerRequest: -1 });
    expect(w).toEqual({ inputTokensPerDay: 0, outputTokensPerDay: 0, reasoningTokensPerDay: 0, cachedPercent: 100, daysPerMonth: 1, inputTokensPerRequest: null });
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
