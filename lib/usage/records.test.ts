import { describe, expect, it } from "vitest";

import { readCostRecord, readUsageRecord } from "./records";

const get = (o: Record<string, unknown>) => (f: string) => o[f];

describe("readUsageRecord", () => {
  it("splits input into uncached, cached and cache writes", () => {
    const r = readUsageRecord(
      get({
        input_tokens: 1000,
        input_cached_tokens: 400,
        input_cache_write_tokens: 100,
        output_tokens: 500,
        num_model_requests: 2,
        model: "m",
        batch: false,
        service_tier: "priority",
      }),
    );
    expect(r).toEqual({
      ok: true,
      model: "m",
      tier: "fast",
      counts: { requests: 2, uncachedInput: 500, cachedInput: 400, cacheWriteInput: 100, output: 500, imageInput: 0 },
      has: { batch: true, serviceTier: true, cacheWrite: true, imageTokens: false },
      warning: null,
    });
  });

  it("accepts input_uncached_tokens that count cache writes as uncached", () => {
    const r = readUsageRecord(
      get({
        input_tokens: 1000,
        input_cached_tokens: 400,
        input_cache_write_tokens: 100,
        input_uncached_tokens: 600,
        output_tokens: 0,
        num_model_requests: 1,
      }),
    );
    expect(r.ok && r.warning).toBeNull();
  });

  it("names the field that is wrong", () => {
    expect(readUsageRecord(get({ output_tokens: 1, num_model_requests: 1 }))).toEqual({
      ok: false,
      field: "input_tokens",
      reason: "is empty, must be a whole number",
    });
    expect(readUsageRecord(get({ input_tokens: 1, output_tokens: 1, num_model_requests: 1, batch: "sometimes" }))).toEqual({
      ok: false,
      field: "batch",
      reason: 'is "sometimes", must be true or false',
    });
    expect(readUsageRecord(get({ input_tokens: 1, output_tokens: 1, num_model_requests: 1, model: 5 }))).toEqual({
      ok: false,
      field: "model",
      reason: "is 5, must be text",
    });
  });
});

describe("readCostRecord", () => {
  it("reads money exactly and the currency in lower case", () => {
    expect(
      readCostRecord(
        get({
          amount: "0.12345678901234567890123",
          currency: "USD",
          line_item: "m, input",
          quantity: "1000",
          quantity_unit: "tokens",
        }),
      ),
    ).toEqual({
      ok: true,
      amount: "0.12345678901234567890123",
      currency: "usd",
      lineItem: "m, input",
      quantity: "1000",
      quantityUnit: "tokens",
    });
  });

  it("needs an amount and a currency", () => {
    expect(readCostRecord(get({ currency: "usd" }))).toEqual({ ok: false, field: "amount", reason: "is missing" });
    expect(readCostRecord(get({ amount: 1 }))).toEqual({
      ok: false,
      field: "currency",
      reason: "is empty, must name the currency (e.g. usd)",
    });
    expect(readCostRecord(get({ amount: 1, currency: "usd", quantity: "lots" }))).toEqual({
      ok: false,
      field: "quantity",
      reason: 'is "lots", not a number',
    });
  });
});
