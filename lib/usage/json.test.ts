import { describe, expect, it } from "vitest";

import { readJsonExport } from "./json";
import { bucket, costResult, DAY, DAY0, page, usageResult } from "./pages.test-helpers";

const read = (value: unknown) => readJsonExport(value, "usage.json", 0);

function ok(r: ReturnType<typeof read>) {
  if (!r.ok) throw new Error(r.problem.message);
  if (r.kind !== "usage") throw new Error("read as costs");
  return r;
}

describe("readJsonExport: usage", () => {
  it("reads one page into buckets of cells by model and tier", () => {
    const r = ok(
      read(
        page([
          bucket(0, [
            usageResult(),
            usageResult({ input_tokens: 10, input_cached_tokens: 0, output_tokens: 5, num_model_requests: 1, batch: true }),
            usageResult({ input_cache_write_tokens: 100, input_image_tokens: 30 }),
          ]),
          bucket(1, []),
        ]),
      ),
    );
    expect(r.kind).toBe("usage");
    expect(r.pages).toBe(1);
    expect(r.records).toBe(3);
    expect(r.reports).toEqual({ batch: true, serviceTier: true, cacheWrite: true, imageTokens: true });
    expect(r.buckets).toHaveLength(2);
    expect(r.buckets[0]).toMatchObject({ start: DAY0, end: DAY0 + DAY, page: "0#0" });
    // standard: 1000 + 1000 input (400 + 400 cached, 0 + 100 writes) → uncached 600 + 500
    expect(r.buckets[0]!.cells).toEqual([
      {
        model: "gpt-4o-mini-2024-07-18",
        tier: "standard",
        requests: 4,
        uncachedInput: 1100,
        cachedInput: 800,
        cacheWriteInput: 100,
        output: 1000,
        imageInput: 30,
      },
      {
        model: "gpt-4o-mini-2024-07-18",
        tier: "batch",
        requests: 1,
        uncachedInput: 10,
        cachedInput: 0,
        cacheWriteInput: 0,
        output: 5,
        imageInput: 0,
      },
    ]);
    expect(r.buckets[1]!.cells).toEqual([]);
  });

  it("reads a list of pages and a bare list of buckets", () => {
    expect(ok(read([page([bucket(0, [usageResult()])]), page([bucket(1, [usageResult()])])])).pages).toBe(2);
    expect(ok(read([bucket(0, [usageResult()]), bucket(1, [usageResult()])])).buckets).toHaveLength(2);
  });

  it("notes when the export was not grouped by batch or service tier", () => {
    const r = ok(read(page([bucket(0, [usageResult({ batch: null, service_tier: null })])])));
    expect(r.reports).toEqual({ batch: false, serviceTier: false, cacheWrite: false, imageTokens: false });
    expect(r.buckets[0]!.cells[0]!.tier).toBe("standard");
  });

  it("explains how to export with the model when no record names it", () => {
    const r = read(page([bucket(0, [usageResult({ model: null }), usageResult({ model: null })])]));
    expect(r).toMatchObject({ ok: false, problem: { code: "no-model", file: "usage.json" } });
    expect(!r.ok && r.problem.message).toContain("group_by=model");
  });

  it("keeps records without a model as their own unknown cell when others have one", () => {
    const r = ok(read(page([bucket(0, [usageResult(), usageResult({ model: null })])])));
    expect(r.buckets[0]!.cells.map((c) => c.model)).toEqual(["(model not given)", "gpt-4o-mini-2024-07-18"]);
  });

  it("names the page, bucket, day, result and field of a bad count", () => {
    const r = read([
      page([bucket(0, [usageResult()])]),
      page([bucket(0, [usageResult()]), bucket(2, [usageResult(), usageResult({ output_tokens: -3 })])]),
    ]);
    expect(r).toEqual({
      ok: false,
      problem: {
        code: "bad-value",
        file: "usage.json",
        where: "page 2, bucket 2 (2026-10-27), result 2",
        message: "page 2, bucket 2 (2026-10-27), result 2: output_tokens is -3, a count cannot be negative",
      },
    });
    expect(read(page([bucket(0, [usageResult({ num_model_requests: "many" })])]))).toMatchObject({
      ok: false,
      problem: { message: 'bucket 1 (2026-10-25), result 1: num_model_requests is "many", not a number' },
    });
  });

  it("refuses cached tokens beyond the input that includes them", () => {
    const r = read(
      page([bucket(0, [usageResult({ input_tokens: 100, input_cached_tokens: 90, input_cache_write_tokens: 20 })])]),
    );
    expect(!r.ok && r.problem.message).toContain("cached (90) plus cache-write (20) tokens exceed input_tokens (100)");
  });

  it("warns when input_uncached_tokens disagrees with the other counts", () => {
    const r = ok(read(page([bucket(0, [usageResult({ input_uncached_tokens: 7 })])])));
    expect(r.warnings).toEqual([
      "bucket 1 (2026-10-25), result 1: input_uncached_tokens (7) does not match input_tokens − cached − cache writes (600); the latter is used",
    ]);
    expect(ok(read(page([bucket(0, [usageResult({ input_uncached_tokens: 600 })])]))).warnings).toEqual([]);
  });

  it("says which endpoint a wrong usage export came from", () => {
    const r = read(
      page([bucket(0, [{ object: "organization.usage.embeddings.result", input_tokens: 1, num_model_requests: 1 }])]),
    );
    expect(r).toMatchObject({ ok: false, problem: { code: "wrong-endpoint" } });
    expect(!r.ok && r.problem.message).toContain("This is embeddings usage");
  });

  it("passes on an error the API returned", () => {
    const r = read({ error: { message: "Invalid value for 'group_by'", type: "invalid_request_error" } });
    expect(r).toMatchObject({
      ok: false,
      problem: { code: "api-error", message: expect.stringContaining("Invalid value for 'group_by'") },
    });
  });

  it("refuses JSON that is not a page", () => {
    for (const v of [42, "x", null, [], { data: "no" }, { object: "list", items: [] }, [1, 2]]) {
      expect(read(v)).toMatchObject({ ok: false, problem: { code: "not-an-export" } });
    }
    expect(read(page([{ start_time: DAY0, end_time: DAY0 - 1, results: [] }]))).toMatchObject({
      ok: false,
      problem: { code: "bad-value" },
    });
    expect(read(page([{ start_time: "soon", end_time: DAY0, results: [] }]))).toMatchObject({
      ok: false,
      problem: { code: "bad-value" },
    });
  });
});

describe("readJsonExport: costs", () => {
  it("sums amounts exactly by line item", () => {
    const r = readJsonExport(
      page([
        bucket(0, [
          costResult("0.1000000000000000000001", "gpt-4o-mini-2024-07-18, input", { quantity: 1000, quantity_unit: "tokens" }),
          costResult(0.2, "gpt-4o-mini-2024-07-18, input", { quantity: "2000", quantity_unit: "tokens" }),
          costResult("0.05", "gpt-4o-mini-2024-07-18, output"),
        ]),
      ]),
      "costs.json",
      1,
    );
    expect(r).toMatchObject({ ok: true, kind: "costs", format: "costs-json", currency: "usd", records: 3 });
    expect(r.ok && r.kind === "costs" && r.buckets[0]!.lines).toEqual([
      { lineItem: "gpt-4o-mini-2024-07-18, input", amount: "0.3000000000000000000001", quantity: "3000", quantityUnit: "tokens" },
      { lineItem: "gpt-4o-mini-2024-07-18, output", amount: "0.05", quantity: null, quantityUnit: null },
    ]);
  });

  it("refuses mixed currencies, naming where the second one appears", () => {
    const r = read(
      page([bucket(0, [costResult(1, "a, input"), { ...costResult(1, "a, output"), amount: { value: 1, currency: "eur" } }])]),
    );
    expect(r).toMatchObject({ ok: false, problem: { code: "mixed-currency", where: "bucket 1 (2026-10-25), result 2" } });
    expect(!r.ok && r.problem.message).toContain("USD and EUR");
  });

  it("asks for line items when the costs were not grouped by them", () => {
    expect(read(page([bucket(0, [costResult(1, null)])]))).toMatchObject({ ok: false, problem: { code: "no-line-item" } });
  });

  it("names a bad amount by its JSON path", () => {
    expect(read(page([bucket(0, [costResult("ten", "a, input")])]))).toMatchObject({
      ok: false,
      problem: { message: 'bucket 1 (2026-10-25), result 1: amount.value is "ten", not a number' },
    });
  });

  it("refuses a file that mixes usage and costs", () => {
    expect(read(page([bucket(0, [usageResult(), costResult(1, "a, input")])]))).toMatchObject({
      ok: false,
      problem: { code: "mixed-kinds" },
    });
  });
});
