import { describe, expect, it } from "vitest";

import { readCsvExport, type CsvOptions } from "./csv";
import { csv, DAY, DAY0 } from "./pages.test-helpers";

const opts = (partial: Partial<CsvOptions> = {}): CsvOptions => ({
  chunkSize: 1 << 20,
  yieldToHost: () => Promise.resolve(),
  onProgress: () => {},
  ...partial,
});

const USAGE_HEADER = [
  "start_time",
  "end_time",
  "start_time_iso",
  "end_time_iso",
  "input_tokens",
  "output_tokens",
  "input_cached_tokens",
  "num_model_requests",
  "project_id",
  "model",
  "batch",
  "service_tier",
  "project_name",
  "user_email",
];
const row = (
  day: number,
  model: string,
  input: number,
  output: number,
  cached: number,
  requests: number,
  batch: boolean,
  tier: string,
  project = "Project Falcon",
) => [
  DAY0 + day * DAY,
  DAY0 + (day + 1) * DAY,
  new Date((DAY0 + day * DAY) * 1000).toISOString(),
  new Date((DAY0 + (day + 1) * DAY) * 1000).toISOString(),
  input,
  output,
  cached,
  requests,
  "proj_1",
  model,
  batch,
  tier,
  project,
  "dev@example.com",
];

const USAGE = csv(USAGE_HEADER, [
  row(0, "gpt-4o-mini-2024-07-18", 1000, 500, 400, 2, false, "default"),
  row(0, "gpt-4o-mini-2024-07-18", 3000, 100, 0, 1, false, "default", 'Project "Heron", EU\nsecond line'),
  row(1, "gpt-4.1-mini-2025-04-14", 200, 20, 0, 4, true, "default"),
]);

describe("readCsvExport: usage", () => {
  it("reads rows into buckets by day, model and tier; extra columns are ignored", async () => {
    const r = await readCsvExport(USAGE, "u.csv", 0, opts());
    expect(r).toMatchObject({ ok: true, kind: "usage", format: "usage-csv", records: 3, pages: 0 });
    if (!r.ok || r.kind !== "usage") throw new Error("not usage");
    expect(r.reports).toEqual({ batch: true, serviceTier: true, cacheWrite: false, imageTokens: false });
    expect(r.buckets.map((b) => [b.start, b.cells])).toEqual([
      [
        DAY0,
        [
          {
            model: "gpt-4o-mini-2024-07-18",
            tier: "standard",
            requests: 3,
            uncachedInput: 3600,
            cachedInput: 400,
            cacheWriteInput: 0,
            output: 600,
            imageInput: 0,
          },
        ],
      ],
      [
        DAY0 + DAY,
        [
          {
            model: "gpt-4.1-mini-2025-04-14",
            tier: "batch",
            requests: 4,
            uncachedInput: 200,
            cachedInput: 0,
            cacheWriteInput: 0,
            output: 20,
            imageInput: 0,
          },
        ],
      ],
    ]);
  });

  it("matches columns by name, not position, and accepts ISO times alone", async () => {
    const header = ["model", "num_model_requests", "output_tokens", "input_tokens", "end_time_iso", "start_time_iso"];
    const text = csv(header, [["gpt-5-mini", 1, 2, 3, "2026-10-26T00:00:00Z", "2026-10-25T00:00:00Z"]]);
    const r = await readCsvExport(text, "u.csv", 0, opts());
    expect(r.ok && r.kind === "usage" && r.buckets[0]).toMatchObject({
      start: DAY0,
      end: DAY0 + DAY,
      cells: [{ model: "gpt-5-mini", requests: 1, output: 2, uncachedInput: 3 }],
    });
  });

  it("gives the same result whatever the chunk size, with quoted newlines across chunks", async () => {
    const whole = await readCsvExport(USAGE, "u.csv", 0, opts());
    for (const chunkSize of [7, 64, 150]) {
      let chunks = 0;
      const r = await readCsvExport(USAGE, "u.csv", 0, opts({ chunkSize, onProgress: () => chunks++ }));
      expect(r).toEqual(whole);
      expect(chunks).toBeGreaterThan(1);
    }
  });

  it("names a missing column, and asks for the model when it is the one missing", async () => {
    const noOutput = csv(
      ["start_time", "end_time", "input_tokens", "num_model_requests", "model"],
      [[DAY0, DAY0 + DAY, 1, 1, "m"]],
    );
    const r = await readCsvExport(noOutput, "u.csv", 0, opts());
    expect(r).toMatchObject({
      ok: false,
      problem: { code: "missing-column", message: expect.stringContaining("no “output_tokens” column") },
    });
    const noTime = csv(["input_tokens", "output_tokens", "num_model_requests", "model", "end_time"], [[1, 1, 1, "m", DAY0]]);
    expect(await readCsvExport(noTime, "u.csv", 0, opts())).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining("“start_time (or start_time_iso)”") },
    });
    const noModel = csv(
      ["start_time", "end_time", "input_tokens", "output_tokens", "num_model_requests"],
      [[DAY0, DAY0 + DAY, 1, 1, 1]],
    );
    expect(await readCsvExport(noModel, "u.csv", 0, opts())).toMatchObject({
      ok: false,
      problem: { code: "no-model", message: expect.stringContaining("group by model") },
    });
  });

  it("names the row and column of a bad count (the header is row 1)", async () => {
    const text = USAGE.replace(",3000,100,", ",3000,-100,");
    expect(await readCsvExport(text, "u.csv", 0, opts())).toMatchObject({
      ok: false,
      problem: { code: "bad-value", where: "row 3", message: 'row 3: output_tokens is "-100", a count cannot be negative' },
    });
    // Rows count as a spreadsheet shows them: blank lines count, a quoted line break does not.
    const blankLines = USAGE.replace("\n", "\n\n\n").replace(",200,20,", ",200,lots,");
    expect(await readCsvExport(blankLines, "u.csv", 0, opts())).toMatchObject({ ok: false, problem: { where: "row 6" } });
  });

  it("refuses a CSV that is not an export, quoting its header", async () => {
    const r = await readCsvExport("name,email\nAda,ada@example.com\n", "x.csv", 0, opts());
    expect(r).toMatchObject({
      ok: false,
      problem: { code: "not-an-export", message: expect.stringContaining("“name”, “email”") },
    });
  });

  it("reports an unclosed quote as a syntax problem", async () => {
    const r = await readCsvExport(
      USAGE + `${DAY0},${DAY0 + DAY},,,1,1,0,1,p,"gpt-4o-mini,false,default,x,y\n`,
      "u.csv",
      0,
      opts(),
    );
    expect(r).toMatchObject({ ok: false, problem: { code: "csv-syntax" } });
  });

  it("stops between chunks when cancelled", async () => {
    const controller = new AbortController();
    const r = await readCsvExport(
      USAGE,
      "u.csv",
      0,
      opts({ chunkSize: 50, signal: controller.signal, onProgress: () => controller.abort() }),
    );
    expect(r).toMatchObject({ ok: false, problem: { code: "cancelled" } });
  });

  it("reports progress in characters up to the whole text", async () => {
    const seen: number[] = [];
    await readCsvExport(
      USAGE,
      "u.csv",
      0,
      opts({ chunkSize: 100, onProgress: (done, total) => (expect(total).toBe(USAGE.length), seen.push(done)) }),
    );
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(USAGE.length);
  });
});

const COST_HEADER = [
  "start_time",
  "end_time",
  "start_time_iso",
  "end_time_iso",
  "amount_value",
  "amount_currency",
  "quantity",
  "quantity_unit",
  "line_item",
  "user_id",
  "api_key_id",
  "project_id",
  "organization_id",
  "project_name",
  "organization_name",
  "user_email",
  "api_source",
];
const costRow = (day: number, value: string, currency: string, lineItem: string) => [
  DAY0 + day * DAY,
  DAY0 + (day + 1) * DAY,
  "",
  "",
  value,
  currency,
  1000,
  "tokens",
  lineItem,
  "",
  "",
  "proj_1",
  "org_1",
  "Project Falcon",
  "Example Org",
  "dev@example.com",
  "api",
];

describe("readCsvExport: costs", () => {
  it("sums exact amounts by day and line item", async () => {
    const text = csv(COST_HEADER, [
      costRow(0, "0.000075000000000000", "usd", "gpt-4o-mini-2024-07-18, input"),
      costRow(0, "0.000025", "usd", "gpt-4o-mini-2024-07-18, input"),
    ]);
    const r = await readCsvExport(text, "c.csv", 0, opts());
    expect(r).toMatchObject({ ok: true, kind: "costs", format: "costs-csv", currency: "usd" });
    expect(r.ok && r.kind === "costs" && r.buckets[0]!.lines).toEqual([
      { lineItem: "gpt-4o-mini-2024-07-18, input", amount: "0.0001", quantity: "2000", quantityUnit: "tokens" },
    ]);
  });

  it("refuses mixed currencies and names the row", async () => {
    const text = csv(COST_HEADER, [costRow(0, "1", "usd", "a, input"), costRow(0, "1", "EUR", "a, output")]);
    expect(await readCsvExport(text, "c.csv", 0, opts())).toMatchObject({
      ok: false,
      problem: { code: "mixed-currency", where: "row 3" },
    });
  });

  it("names a missing cost column", async () => {
    const text = csv(["start_time", "end_time", "amount_value", "amount_currency"], [[DAY0, DAY0 + DAY, "1", "usd"]]);
    expect(await readCsvExport(text, "c.csv", 0, opts())).toMatchObject({
      ok: false,
      problem: { code: "missing-column", message: expect.stringContaining("no “line_item” column") },
    });
  });
});
