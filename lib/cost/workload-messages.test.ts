import { describe, expect, it } from "vitest";

import { isBudgetString, parseBudget } from "./budget";
import { clampInputs, DEFAULT_INPUTS, LIMITS, parseWholeNumber, switchMode, toWorkload } from "./workload";

// What a user reads after typing a number: every message word for word, and the edges of each range.
describe("parseWholeNumber messages and edges", () => {
  const tokens = { min: 0, max: 100_000_000_000, unit: "tokens" };
  const days = { min: 1, max: 31, unit: "days" };

  it("names the unit in every refusal, and quotes at most 20 characters of the text", () => {
    expect(parseWholeNumber("  ", tokens)).toEqual({ ok: false, message: "Enter a number of tokens." });
    expect(parseWholeNumber("-5", tokens)).toEqual({ ok: false, message: "The number of tokens cannot be negative." });
    expect(parseWholeNumber(" abc ", tokens)).toEqual({
      ok: false,
      message: "“abc” is not a number of tokens: try 1500000, 1,500,000, 1.5M or 1.5e6.",
    });
    expect(parseWholeNumber("abcdefghijklmnopqrstuvwxyz", tokens)).toMatchObject({
      message: "“abcdefghijklmnopqrst” is not a number of tokens: try 1500000, 1,500,000, 1.5M or 1.5e6.",
    });
    expect(parseWholeNumber("1.5", tokens)).toEqual({ ok: false, message: "Enter a whole number of tokens." });
  });

  it("takes the range's ends as they are and clamps beyond them, saying so", () => {
    expect(parseWholeNumber("31", days)).toEqual({ ok: true, value: 31 });
    expect(parseWholeNumber("1", days)).toEqual({ ok: true, value: 1 });
    expect(parseWholeNumber("32", days)).toEqual({
      ok: true,
      value: 31,
      message: "Capped at 31 days, the most this calculator takes.",
    });
    expect(parseWholeNumber("0", days)).toEqual({
      ok: true,
      value: 1,
      message: "Raised to 1 days, the least this calculator takes.",
    });
    expect(parseWholeNumber("1t", tokens)).toEqual({
      ok: true,
      value: 100_000_000_000,
      message: "Capped at 100,000,000,000 tokens, the most this calculator takes.",
    });
    // A leading point and a suffix: .5k = 500.
    expect(parseWholeNumber(".5k", tokens)).toEqual({ ok: true, value: 500 });
  });
});

describe("parseBudget messages and edges", () => {
  it("word for word", () => {
    expect(parseBudget(" ")).toEqual({ ok: false, message: "Enter a monthly budget in dollars." });
    expect(parseBudget("-$5")).toEqual({ ok: false, message: "A budget cannot be negative." });
    expect(parseBudget("ten")).toEqual({ ok: false, message: "“ten” is not an amount in dollars (try 250 or 1.5k)." });
    expect(parseBudget("1.234")).toEqual({ ok: false, message: "Enter the budget in dollars and cents (at most two decimals)." });
    expect(parseBudget("0.00")).toEqual({ ok: false, message: "Enter a budget above $0." });
    expect(parseBudget("2m")).toEqual({ ok: true, value: "2000000" });
    expect(parseBudget("5b")).toEqual({ ok: false, message: "“5b” is not an amount in dollars (try 250 or 1.5k)." });
    expect(parseBudget("1000000001")).toEqual({ ok: true, value: "1000000000", message: "Capped at $1,000,000,000 a month." });
    expect(parseBudget("1000000000")).toEqual({ ok: true, value: "1000000000" });
    expect(parseBudget("USD 250")).toEqual({ ok: true, value: "250" });
    expect(parseBudget("0.01")).toEqual({ ok: true, value: "0.01" });
  });

  it("a URL budget: a cent up to a billion dollars", () => {
    expect(isBudgetString("0.01")).toBe(true);
    expect(isBudgetString("1000000000")).toBe(true);
    expect(isBudgetString("1000000000.01")).toBe(false);
    expect(isBudgetString("0.00")).toBe(false);
  });
});

describe("calculator inputs at their edges", () => {
  it("an unknown mode is tokens-per-day; every field rounds and clamps into its range", () => {
    const c = clampInputs({
      ...DEFAULT_INPUTS,
      mode: "hourly" as "day",
      inputPerDay: 1e12,
      outputPerDay: -1,
      reasoningPerDay: 2.5,
      requestsPerDay: 1e9,
      inputPerRequest: 1e8,
      outputPerRequest: 2e6,
      reasoningPerRequest: Number.NaN,
      cachedPercent: 101,
      daysPerMonth: 0,
    });
    expect(c).toEqual({
      mode: "day",
      inputPerDay: LIMITS.tokensPerDay.max,
      outputPerDay: 0,
      reasoningPerDay: 3,
      requestsPerDay: LIMITS.requestsPerDay.max,
      inputPerRequest: LIMITS.inputPerRequest.max,
      outputPerRequest: LIMITS.outputPerRequest.max,
      reasoningPerRequest: 0,
      cachedPercent: 100,
      daysPerMonth: 1,
    });
  });

  it("a request of zero input tokens has no known size", () => {
    expect(toWorkload({ ...DEFAULT_INPUTS, mode: "request", inputPerRequest: 0 }).inputTokensPerRequest).toBeNull();
    expect(toWorkload({ ...DEFAULT_INPUTS, mode: "request", inputPerRequest: 1 }).inputTokensPerRequest).toBe(1);
  });

  it("switching to the mode already set changes nothing; to requests, per-request sizes round and cap", () => {
    expect(switchMode(DEFAULT_INPUTS, "day")).toEqual(DEFAULT_INPUTS);
    // 1,505 input / 10 requests = 150.5 → 151; 10^11 output / 10 requests = 10^10 → capped at 10^6.
    const r = switchMode({ ...DEFAULT_INPUTS, inputPerDay: 1_505, outputPerDay: 100_000_000_000, requestsPerDay: 10 }, "request");
    expect(r).toMatchObject({ mode: "request", requestsPerDay: 10, inputPerRequest: 151, outputPerRequest: 1_000_000 });
  });
});
