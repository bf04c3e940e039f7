import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { bucket, costResult, csv, DAY, DAY0, page, usageResult } from "./pages.test-helpers";
import { importUsageFiles, MAX_USAGE_FILE_BYTES, readUsageFile } from "./parse";
import type { ParseProgress } from "./types";

const USAGE_PAGE = page([
  bucket(0, [usageResult()]),
  bucket(1, [usageResult({ model: "gpt-5-mini-2025-08-07", service_tier: "priority" })]),
]);
const COSTS_PAGE = page([bucket(0, [costResult("0.000135", "gpt-4o-mini-2024-07-18, input")])]);
const USAGE_CSV = csv(
  ["start_time", "end_time", "input_tokens", "output_tokens", "num_model_requests", "model", "user_email"],
  [[DAY0 + 5 * DAY, DAY0 + 6 * DAY, 10, 20, 1, "gpt-4o-mini-2024-07-18", "dev@example.com"]],
);

/** No number anywhere in a result is NaN or infinite, and no string spells one. */
function assertFinite(v: unknown, path = "result"): void {
  if (typeof v === "number") expect(Number.isFinite(v), `${path} is ${v}`).toBe(true);
  else if (typeof v === "string") expect(/\b(NaN|Infinity)\b/.test(v), `${path} = ${v}`).toBe(false);
  else if (Array.isArray(v)) v.forEach((x, i) => assertFinite(x, `${path}[${i}]`));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) assertFinite(x, `${path}.${k}`);
}

/** Either parsed data or a readable problem: never a throw, never an internal error, never NaN. */
async function expectResultOrReadableError(content: string | Blob) {
  // Small chunks exercise the chunked path; a microtask yield keeps hundreds of runs fast.
  const r = await importUsageFiles([{ name: "input", content }], { chunkSize: 64, yieldToHost: () => Promise.resolve() });
  if (!r.ok) {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.code).not.toBe("internal");
      expect(p.message.length).toBeGreaterThan(10);
    }
  }
  assertFinite(r);
}

describe("importUsageFiles", () => {
  it("adds usage pages and CSV files up, and keeps costs apart", async () => {
    const r = await importUsageFiles([
      { name: "usage.json", content: JSON.stringify(USAGE_PAGE) },
      { name: "usage.csv", content: new Blob([USAGE_CSV]) },
      { name: "costs.json", content: JSON.stringify(COSTS_PAGE) },
    ]);
    if (!r.ok) throw new Error(r.problems[0]!.message);
    expect(r.files.map((f) => [f.name, f.format, f.records])).toEqual([
      ["usage.json", "usage-json", 2],
      ["usage.csv", "usage-csv", 1],
      ["costs.json", "costs-json", 1],
    ]);
    expect(r.usage?.aggregate.period).toEqual({ start: DAY0, end: DAY0 + 6 * DAY });
    expect(r.usage?.aggregate.cells.map((c) => [c.model, c.tier, c.output])).toEqual([
      ["gpt-4o-mini-2024-07-18", "standard", 520],
      ["gpt-5-mini-2025-08-07", "fast", 500],
    ]);
    expect(r.costs?.total).toBe("0.000135");
    expect(r.warnings).toEqual([]);
  });

  it("counts a page loaded twice once, and says how many were dropped", async () => {
    const r = await importUsageFiles([
      { name: "a.json", content: JSON.stringify([USAGE_PAGE, USAGE_PAGE]) },
      { name: "b.json", content: JSON.stringify(USAGE_PAGE) },
    ]);
    if (!r.ok) throw new Error("refused");
    expect(r.usage?.stats).toMatchObject({ pages: 3, buckets: 2, duplicateBuckets: 4, duplicatePages: 2 });
    expect(r.usage?.aggregate.cells.map((c) => c.output)).toEqual([500, 500]);
    expect(r.warnings).toEqual(["4 duplicate usage buckets (2 whole pages) had already been loaded and were counted once."]);
  });

  it("refuses the whole import when one file is bad, listing every problem", async () => {
    const r = await importUsageFiles([
      { name: "good.json", content: JSON.stringify(USAGE_PAGE) },
      { name: "cut.json", content: JSON.stringify(USAGE_PAGE).slice(0, 80) },
      { name: "page.html", content: "<html><body>Bad gateway</body></html>" },
    ]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.file, p.code])).toEqual([
      ["cut.json", "truncated-json"],
      ["page.html", "html"],
    ]);
    expect(r.files.map((f) => f.problem?.code ?? f.format)).toEqual(["usage-json", "truncated-json", "html"]);
  });

  it("refuses costs in two currencies across files", async () => {
    const eur = page([bucket(0, [{ ...costResult(1, "x, input"), amount: { value: 1, currency: "eur" } }])]);
    const r = await importUsageFiles([
      { name: "usd.json", content: JSON.stringify(COSTS_PAGE) },
      { name: "eur.json", content: JSON.stringify(eur) },
    ]);
    expect(r).toMatchObject({
      ok: false,
      problems: [{ code: "mixed-currency", message: expect.stringContaining("USD and EUR") }],
    });
  });

  it("reports progress per file and stops when cancelled", async () => {
    const seen: ParseProgress[] = [];
    await importUsageFiles(
      [
        { name: "a.json", content: JSON.stringify(USAGE_PAGE) },
        { name: "b.csv", content: USAGE_CSV },
      ],
      { onProgress: (p) => seen.push(p) },
    );
    expect(seen.filter((p) => p.phase === "done").map((p) => [p.file, p.fileIndex, p.fileCount])).toEqual([
      ["a.json", 0, 2],
      ["b.csv", 1, 2],
    ]);
    const controller = new AbortController();
    controller.abort();
    expect(
      await importUsageFiles([{ name: "a.json", content: JSON.stringify(USAGE_PAGE) }], { signal: controller.signal }),
    ).toMatchObject({
      ok: false,
      problems: [{ code: "cancelled" }],
    });
  });
});

describe("readUsageFile: size", () => {
  it("refuses a 50 MB file with a message naming both sizes", async () => {
    const fiftyMB = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    const r = await readUsageFile(fiftyMB, "huge.csv");
    expect(MAX_USAGE_FILE_BYTES).toBeLessThan(fiftyMB.size);
    expect(r).toEqual({
      ok: false,
      problem: {
        code: "too-large",
        file: "huge.csv",
        message:
          "The file is 50.0 MB; the largest file this page reads is 40.0 MB. Export a shorter period or fewer groupings, and load the parts one after the other.",
      },
    });
  });

  it("measures pasted text in characters", async () => {
    expect(await readUsageFile("é".repeat(12), "paste", { maxBytes: 11 })).toMatchObject({
      ok: false,
      problem: { code: "too-large" },
    });
    expect(await readUsageFile("é".repeat(11), "paste", { maxBytes: 11 })).toMatchObject({
      ok: false,
      problem: { code: "not-json-or-csv" },
    });
  });
});

/** Hundreds of runs each: generous on a shared machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe("parsers never throw, never give NaN (property tests)", { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const samples = [JSON.stringify(USAGE_PAGE), JSON.stringify(COSTS_PAGE), USAGE_CSV];

  it("any string", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300, unit: "binary" }), expectResultOrReadableError), {
      numRuns: 300,
    });
  });

  it("any byte sequence", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => expectResultOrReadableError(new Blob([bytes]))),
      { numRuns: 300 },
    );
  });

  it("any JSON value", async () => {
    await fc.assert(fc.asyncProperty(fc.json(), expectResultOrReadableError), { numRuns: 200 });
  });

  it("valid exports cut, spliced or with a character replaced", async () => {
    const mutated = fc
      .tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.string({ maxLength: 6 }))
      .map(([s, a, b, insert]) => {
        const i = a % (s.length + 1);
        const j = Math.min(s.length, i + (b % 8));
        return s.slice(0, i) + insert + s.slice(j);
      });
    await fc.assert(fc.asyncProperty(mutated, expectResultOrReadableError), { numRuns: 400 });
  });

  it("usage records with arbitrary field values", async () => {
    const anyValue = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string({ maxLength: 8 }),
      fc.constant(null),
      fc.boolean(),
      fc.constant(-1),
      fc.constant(2 ** 60),
    );
    const field = fc.constantFrom(
      "input_tokens",
      "output_tokens",
      "input_cached_tokens",
      "input_cache_write_tokens",
      "num_model_requests",
      "model",
      "batch",
      "service_tier",
      "start_time",
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, anyValue, { maxKeys: 4 }), async (overrides) => {
        const { start_time, ...rest } = overrides;
        const b = { ...bucket(0, [usageResult(rest)]), ...(start_time !== undefined ? { start_time } : {}) };
        await expectResultOrReadableError(JSON.stringify(page([b])));
      }),
      { numRuns: 300 },
    );
  });
});
