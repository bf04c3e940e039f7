import { describe, expect, it } from "vitest";

import { ARTICLE_WORKLOAD as article } from "@/lib/cost/article-workload";

import { monthlyCost, relativeTo, sanitizeWorkload } from "./price";
import type { PricedModel, Workload } from "./types";

// Every refusal and note of monthlyCost, word for word: the calculator shows them as they are.
const base: PricedModel = {
  id: "m",
  tiers: {
    standard: { input: 0.1, cachedInput: 0.025, output: 0.4 },
    batch: { input: 0.05, cachedInput: null, output: 0.2 },
    flex: { input: null, cachedInput: null, output: 0.2 },
    fast: null,
  },
  longContext: null,
  contextWindow: 128_000,
  maxInput: null,
  maxOutput: 16_000,
  reasoning: false,
};
const requests = (input: number, output: number, reasoning = 0): Workload => ({
  ...article,
  inputTokensPerRequest: input,
  outputTokensPerRequest: output,
  reasoningTokensPerRequest: reasoning,
});

describe("monthlyCost refusals, for every tier and limit", () => {
  it("a tier that is not offered, named in lower case; a tier without both prices", () => {
    expect(monthlyCost(base, article, "fast")).toEqual({
      ok: false,
      reason: "no-tier",
      message: "No fast mode tier published for m",
    });
    expect(monthlyCost({ ...base, tiers: { ...base.tiers, standard: null } }, article, "standard")).toEqual({
      ok: false,
      reason: "no-tier",
      message: "No standard tier published for m",
    });
    expect(monthlyCost(base, article, "flex")).toEqual({
      ok: false,
      reason: "no-price",
      message: "Flex input or output price not published for m",
    });
    const noOutput = { ...base, tiers: { ...base.tiers, batch: { input: 0.05, cachedInput: null, output: null } } };
    expect(monthlyCost(noOutput, article, "batch")).toMatchObject({ ok: false, reason: "no-price" });
  });

  it("input over the limit: max input when published, else the window; equal fits", () => {
    expect(monthlyCost(base, requests(128_001, 0), "standard")).toEqual({
      ok: false,
      reason: "exceeds-context",
      message: "m cannot take 128,001 input tokens per request (limit 128,000)",
    });
    expect(monthlyCost({ ...base, maxInput: 100_000 }, requests(100_001, 0), "standard")).toMatchObject({
      message: "m cannot take 100,001 input tokens per request (limit 100,000)",
    });
    expect(monthlyCost({ ...base, maxInput: 100_000 }, requests(100_000, 0), "standard").ok).toBe(true);
  });

  it("output over max output, reasoning counted only for a reasoning model; equal fits", () => {
    expect(monthlyCost(base, requests(1_000, 16_001), "standard")).toEqual({
      ok: false,
      reason: "exceeds-output",
      message: "m cannot write 16,001 output tokens per request (max output 16,000)",
    });
    expect(monthlyCost(base, requests(1_000, 16_000, 5_000), "standard").ok).toBe(true);
    expect(monthlyCost({ ...base, reasoning: true }, requests(1_000, 15_000, 1_001), "standard")).toEqual({
      ok: false,
      reason: "exceeds-output",
      message: "m cannot write 16,001 output + reasoning tokens per request (max output 16,000)",
    });
    expect(monthlyCost({ ...base, reasoning: true }, requests(1_000, 15_000, 1_000), "standard").ok).toBe(true);
  });

  it("input + output over the window; exactly the window fits", () => {
    // 120,000 + 8,001 = 128,001 > 128,000.
    expect(monthlyCost(base, requests(120_000, 8_001), "standard")).toEqual({
      ok: false,
      reason: "exceeds-context",
      message: "m cannot fit 128,001 tokens (input + output) in one request (context window 128,000)",
    });
    expect(monthlyCost(base, requests(120_000, 8_000), "standard").ok).toBe(true);
    // No window published: nothing to check against.
    expect(monthlyCost({ ...base, contextWindow: null }, requests(5_000_000, 8_000), "standard").ok).toBe(true);
  });
});

describe("monthlyCost notes", () => {
  const lc = { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 };
  const wide = { ...base, contextWindow: 1_000_000, longContext: lc };

  it("says when the surcharge applies, and when it cannot tell", () => {
    expect(monthlyCost(wide, requests(300_000, 1_000), "standard")).toMatchObject({
      notes: [
        "Long-context pricing: requests over 272,000 input tokens are billed at 2× input and 1.5× output for the whole request.",
      ],
    });
    expect(monthlyCost(wide, article, "standard")).toMatchObject({
      notes: [
        "Request size unknown: the long-context surcharge (requests over 272,000 input tokens) is assumed not to apply; describe requests to check.",
      ],
    });
    // Known and below the threshold: no note at all.
    expect(monthlyCost(wide, requests(272_000, 1_000), "standard")).toMatchObject({ notes: [], longContextApplied: false });
  });

  it("reasoning on a model that does not reason; a missing cached price, on the note and the line", () => {
    expect(monthlyCost(base, { ...article, reasoningTokensPerDay: 1 }, "standard")).toMatchObject({
      notes: ["m does not reason: reasoning tokens are not billed."],
    });
    const r = monthlyCost(base, { ...article, cachedPercent: 50 }, "batch");
    if (!r.ok) throw new Error(r.message);
    expect(r.notes).toEqual(["Cached-input price not published for m: cached tokens are priced as uncached."]);
    expect(r.lines.find((l) => l.kind === "cachedInput")).toEqual({
      kind: "cachedInput",
      label: "Cached input",
      tokensPerDay: "500000",
      ratePer1M: "0.05",
      amountPerDay: "0.025",
      note: "cached price not published: billed at the full input price (upper bound)",
    });
    // Nothing cached: no note, no cached line.
    expect(monthlyCost(base, article, "batch")).toMatchObject({ notes: [] });
  });

  it("labels every line, the surcharge lines with their multipliers", () => {
    // 1M input a day, 50% cached; 500K output; 100K reasoning (a reasoning model).
    const w = { ...requests(300_000, 1_000, 100), cachedPercent: 50, reasoningTokensPerDay: 100_000 };
    const r = monthlyCost({ ...wide, reasoning: true }, w, "standard");
    if (!r.ok) throw new Error(r.message);
    expect(r.lines.map((l) => l.label)).toEqual([
      "Uncached input",
      "Cached input",
      "Output",
      "Reasoning (billed as output)",
      "Long-context surcharge on uncached input (2×)",
      "Long-context surcharge on cached input (2×)",
      "Long-context surcharge on output and reasoning (1.5×)",
    ]);
    // No reasoning: the output surcharge line says output only; a 1× multiplier adds no line.
    const plain = monthlyCost({ ...wide, longContext: { ...lc, inputMultiplier: 1 } }, requests(300_000, 1_000), "standard");
    if (!plain.ok) throw new Error(plain.message);
    expect(plain.lines.map((l) => l.label)).toEqual(["Uncached input", "Output", "Long-context surcharge on output (1.5×)"]);
  });
});

describe("sanitizeWorkload at its edges", () => {
  it("floors token counts, rounds and clamps days, clamps the cache share", () => {
    expect(
      sanitizeWorkload({
        inputTokensPerDay: 2.9,
        outputTokensPerDay: 0,
        reasoningTokensPerDay: 1,
        cachedPercent: -5,
        daysPerMonth: 30.5,
        inputTokensPerRequest: 1.9,
        outputTokensPerRequest: 2.9,
        reasoningTokensPerRequest: -1,
      }),
    ).toEqual({
      inputTokensPerDay: 2,
      outputTokensPerDay: 0,
      reasoningTokensPerDay: 1,
      cachedPercent: 0,
      daysPerMonth: 31,
      inputTokensPerRequest: 1,
      outputTokensPerRequest: 2,
      reasoningTokensPerRequest: null,
    });
    const odd = sanitizeWorkload({ ...article, cachedPercent: Number.NaN, daysPerMonth: 45, inputTokensPerRequest: 0 });
    expect(odd).toMatchObject({ cachedPercent: 0, daysPerMonth: 31, inputTokensPerRequest: null });
    expect(sanitizeWorkload({ ...article, daysPerMonth: Number.NaN }).daysPerMonth).toBe(30);
    expect(sanitizeWorkload({ ...article, cachedPercent: 37.5 }).cachedPercent).toBe(37.5);
    // A per-request size of zero is a size; null, infinite or absent is not.
    expect(sanitizeWorkload({ ...article, outputTokensPerRequest: 0, reasoningTokensPerRequest: null })).toMatchObject({
      outputTokensPerRequest: 0,
      reasoningTokensPerRequest: null,
    });
    expect(sanitizeWorkload({ ...article, outputTokensPerRequest: Number.POSITIVE_INFINITY }).outputTokensPerRequest).toBeNull();
    expect(sanitizeWorkload(article)).not.toHaveProperty("outputTokensPerRequest");
  });
});

describe("relativeTo", () => {
  it("two decimals, half to even; no ratio against a free model", () => {
    // 10 / 3 = 3.333… → 3.33; 9.125 / 1 → 9.12 (half to even); 0 base → null.
    expect(relativeTo("3", "10")).toBe("3.33");
    expect(relativeTo("1", "9.125")).toBe("9.12");
    expect(relativeTo("0", "5")).toBeNull();
  });
});
