import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  clampInputs,
  DEFAULT_INPUTS,
  LIMITS,
  parseWholeNumber,
  switchMode,
  tokensPerMonth,
  toWorkload,
  type CalculatorInputs,
} from "./workload";

describe("toWorkload", () => {
  it("passes tokens-per-day volumes through, without a request size", () => {
    expect(toWorkload(DEFAULT_INPUTS)).toEqual({
      inputTokensPerDay: 1_000_000,
      outputTokensPerDay: 500_000,
      reasoningTokensPerDay: 0,
      cachedPercent: 0,
      daysPerMonth: 30,
      inputTokensPerRequest: null,
    });
  });

  it("multiplies requests by tokens per request and keeps the request shape", () => {
    const w = toWorkload({
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 500,
      inputPerRequest: 300_000,
      outputPerRequest: 1_000,
      reasoningPerRequest: 2_000,
    });
    expect(w).toMatchObject({
      inputTokensPerDay: 150_000_000,
      outputTokensPerDay: 500_000,
      reasoningTokensPerDay: 1_000_000,
      inputTokensPerRequest: 300_000,
      outputTokensPerRequest: 1_000,
      reasoningTokensPerRequest: 2_000,
    });
  });

  it("clamps garbage inputs instead of passing NaN on", () => {
    const bad = {
      ...DEFAULT_INPUTS,
      inputPerDay: Number.NaN,
      outputPerDay: -4,
      requestsPerDay: 1e20,
      cachedPercent: 300,
      daysPerMonth: 0,
    } as CalculatorInputs;
    expect(clampInputs(bad)).toMatchObject({
      inputPerDay: 0,
      outputPerDay: 0,
      requestsPerDay: LIMITS.requestsPerDay.max,
      cachedPercent: 100,
      daysPerMonth: 1,
    });
  });

  it("stays integral at the largest volumes", () => {
    const w = toWorkload({
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: LIMITS.requestsPerDay.max,
      inputPerRequest: LIMITS.inputPerRequest.max,
    });
    expect(w.inputTokensPerDay).toBe(1e15);
    expect(Number.isSafeInteger(w.inputTokensPerDay)).toBe(true);
  });
});

describe("switchMode", () => {
  it("keeps daily totals when switching to requests and back", () => {
    const req = switchMode({ ...DEFAULT_INPUTS, reasoningPerDay: 200_000 }, "request");
    expect(req).toMatchObject({
      mode: "request",
      requestsPerDay: 1_000,
      inputPerRequest: 1_000,
      outputPerRequest: 500,
      reasoningPerRequest: 200,
    });
    const day = switchMode(req, "day");
    expect(day).toMatchObject({ mode: "day", inputPerDay: 1_000_000, outputPerDay: 500_000, reasoningPerDay: 200_000 });
  });

  it("keeps totals within one request's rounding, for any volumes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LIMITS.tokensPerDay.max }),
        fc.integer({ min: 1, max: 100_000 }),
        (input, requests) => {
          const req = switchMode({ ...DEFAULT_INPUTS, inputPerDay: input, requestsPerDay: requests }, "request");
          const back = toWorkload(req).inputTokensPerDay;
          // Capped at the per-request maximum; otherwise off by at most half a token per request.
          const expected = Math.min(input, LIMITS.inputPerRequest.max * requests);
          return Math.abs(back - expected) <= requests / 2 + 1;
        },
      ),
    );
  });

  it("uses a default number of requests when none is set", () => {
    expect(switchMode({ ...DEFAULT_INPUTS, requestsPerDay: 0 }, "request").requestsPerDay).toBe(DEFAULT_INPUTS.requestsPerDay);
  });
});

describe("parseWholeNumber", () => {
  const opts = { min: 0, max: 100_000_000_000, unit: "tokens" };
  it("reads separators and K/M/B suffixes exactly", () => {
    expect(parseWholeNumber("1,000,000", opts)).toEqual({ ok: true, value: 1_000_000 });
    expect(parseWholeNumber(" 500 000 ", opts)).toEqual({ ok: true, value: 500_000 });
    expect(parseWholeNumber("1.1M", opts)).toEqual({ ok: true, value: 1_100_000 });
    expect(parseWholeNumber("250k", opts)).toEqual({ ok: true, value: 250_000 });
    expect(parseWholeNumber("2B", opts)).toEqual({ ok: true, value: 2_000_000_000 });
    expect(parseWholeNumber("1.5e6", opts)).toEqual({ ok: true, value: 1_500_000 });
  });
  it("refuses an ambiguous comma instead of reading 1,5 as 15", () => {
    expect(parseWholeNumber("1,5", opts)).toEqual({
      ok: false,
      message: "“1,5” is ambiguous: a comma only separates thousands (1,500,000); write a decimal with a point (1.5M).",
    });
  });
  it("refuses empty, negative, fractional and non-numbers with a message", () => {
    for (const t of ["", "-5", "1.5", "abc", "12abc", "NaN", "Infinity", "0x10"]) {
      const r = parseWholeNumber(t, opts);
      expect(r.ok, t).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/tokens/);
    }
  });
  it("clamps absurd values and says so", () => {
    const r = parseWholeNumber("999999999999999999999999", opts);
    expect(r).toMatchObject({ ok: true, value: 100_000_000_000 });
    expect(r.ok && r.message).toMatch(/Capped/);
    expect(parseWholeNumber("1e9999", opts)).toMatchObject({ ok: true, value: 100_000_000_000 });
    expect(parseWholeNumber("0", { min: 1, max: 31, unit: "days" })).toMatchObject({ ok: true, value: 1 });
  });
});

describe("tokensPerMonth", () => {
  it("is exact beyond a double's integers", () => {
    const w = toWorkload({
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 99_999_999,
      inputPerRequest: 9_999_999,
      outputPerRequest: 999_999,
      reasoningPerRequest: 999_999,
      daysPerMonth: 31,
    });
    // (9,999,999 + 999,999 + 999,999) × 99,999,999 × 31, by hand in BigInt.
    expect(tokensPerMonth(w)).toBe(((9_999_999n + 999_999n + 999_999n) * 99_999_999n * 31n).toString());
    expect(tokensPerMonth(toWorkload(DEFAULT_INPUTS))).toBe("45000000");
  });
});
