import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { CatalogIndex } from "./catalog";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";
import { assumptionText, repriceUsage, targetOutput, type RepriceRow } from "./reprice";

const index = new CatalogIndex(fixtureCatalog());
const today = FIXTURE_TODAY;

/** gpt-4o-mini, standard: 1,000,000 input + 500,000 output over 30 days → $0.15 + $0.30 = $0.45. */
const MINI = aggregate([
  usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
]);

function row(rows: RepriceRow[], targetId: string, tier: RepriceRow["tier"]) {
  const r = rows.find((x) => x.targetId === targetId && x.tier === tier);
  if (!r) throw new Error(`no row ${targetId} ${tier}`);
  return r;
}
function priced(r: RepriceRow) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("repriceUsage", () => {
  const result = repriceUsage(MINI, index, { today });

  it("offers every callable alias or model, never snapshots or shut-down models", () => {
    expect([...new Set(result.rows.map((r) => r.targetId))]).toEqual(["gpt-4o-mini", "gpt-4.1-mini", "gpt-5-mini", "gpt-6-luna"]);
    const afterGpt5 = repriceUsage(MINI, index, { today: "2026-12-11" });
    expect(afterGpt5.rows.some((r) => r.targetId === "gpt-5-mini")).toBe(false);
  });

  it("states the current bill of the repriced usage", () => {
    expect(result.current).toEqual({ period: "0.45", monthly: "0.45", complete: true });
    expect(result.sources).toEqual(["gpt-4o-mini-2024-07-18"]);
  });

  it("prices the same tokens on another model and tier, with the difference", () => {
    // gpt-6-luna standard: 1,000,000 × $0.10 + 500,000 × $0.50 = $0.10 + $0.25 = $0.35 → −$0.10, −22.2222 %
    const luna = priced(row(result.rows, "gpt-6-luna", "standard"));
    expect([luna.period, luna.monthly, luna.complete]).toEqual(["0.35", "0.35", true]);
    expect(luna.comparison).toEqual({ current: "0.45", target: "0.35", difference: "-0.1", percent: "-22.2222", leftOut: [] });
    expect(luna.lifecycle.status).toBe("active");
    expect(luna.inFile).toBe(false);
    // gpt-4.1-mini Batch: 1,000,000 × $0.20 + 500,000 × $0.80 = $0.60
    expect(priced(row(result.rows, "gpt-4.1-mini", "batch")).monthly).toBe("0.6");
    // gpt-5-mini priority: 1,000,000 × $0.45 + 500,000 × $3.60 = $2.25
    expect(priced(row(result.rows, "gpt-5-mini", "fast")).monthly).toBe("2.25");
    // the file's own model, as run, costs what it cost
    expect(priced(row(result.rows, "gpt-4o-mini", "as-run"))).toMatchObject({
      monthly: "0.45",
      inFile: true,
      comparison: { difference: "0", percent: "0" },
    });
  });

  it("says which tiers a target does not have or has no prices for", () => {
    expect(row(result.rows, "gpt-5-mini", "batch")).toMatchObject({
      ok: false,
      reason: "no-tier",
      message: "No batch tier published for gpt-5-mini",
    });
    expect(row(result.rows, "gpt-4o-mini", "batch")).toMatchObject({
      ok: false,
      reason: "no-price",
      message: "Batch input or output price not published for gpt-4o-mini",
    });
  });

  it("normalises a 17-day file to 30 days exactly", () => {
    const r = priced(
      row(repriceUsage({ ...MINI, period: { start: 0, end: 17 * 86_400 } }, index, { today }).rows, "gpt-6-luna", "standard"),
    );
    // $0.35 over 17 days → $0.35 × 30 / 17 = $10.5 / 17
    expect(r.period).toBe("0.35");
    expect(r.monthly).toBe("0.617647058823529411764705882352941176470588235294117647058824");
  });

  it("keeps batch usage on Batch when repricing as run, and flags tiers a target lacks", () => {
    const agg = aggregate([
      usageCell("gpt-4.1-mini-2025-04-14", "batch", { requests: 100, uncachedInput: 1_000_000, output: 100_000 }),
    ]);
    const rows = repriceUsage(agg, index, { today, tiers: ["as-run"] }).rows;
    // gpt-6-luna Batch: 1,000,000 × $0.05 + 100,000 × $0.25 = $0.075
    expect(priced(row(rows, "gpt-6-luna", "as-run"))).toMatchObject({ monthly: "0.075", complete: true });
    const gpt5 = priced(row(rows, "gpt-5-mini", "as-run"));
    expect(gpt5).toMatchObject({ monthly: "0", complete: false });
    expect(gpt5.notes).toContain("No batch tier published for gpt-5-mini");
    expect(gpt5.comparison.leftOut).toEqual([
      "1,000,000 uncached input tokens of gpt-4.1-mini-2025-04-14 (no price on gpt-5-mini)",
      "100,000 output tokens of gpt-4.1-mini-2025-04-14 (no price on gpt-5-mini)",
    ]);
  });

  it("compares only tokens priced on both sides", () => {
    // 100 cache writes: no price on gpt-4o-mini, $0.125 per 1M on gpt-6-luna; left out of the comparison.
    const agg = aggregate([
      usageCell("gpt-4o-mini", "standard", { requests: 100, uncachedInput: 1_000_000, cacheWriteInput: 100 }),
    ]);
    const luna = priced(row(repriceUsage(agg, index, { today }).rows, "gpt-6-luna", "standard"));
    expect(luna.period).toBe("0.1000125");
    expect(luna.comparison).toMatchObject({
      current: "0.15",
      target: "0.1",
      leftOut: ["100 cache-write tokens of gpt-4o-mini (no price on gpt-4o-mini)"],
    });
  });

  it("leaves unknown models out by default, and names them", () => {
    const agg = aggregate([
      ...MINI.cells,
      usageCell("ft:gpt-4o-mini-2024-07-18:acme::x1", "standard", { requests: 1, uncachedInput: 10, output: 5 }),
    ]);
    const r = repriceUsage(agg, index, { today });
    expect(r.sources).toEqual(["gpt-4o-mini-2024-07-18"]);
    expect(r.excluded).toEqual([
      { model: "ft:gpt-4o-mini-2024-07-18:acme::x1", tokens: 15, reason: expect.stringContaining("fine-tuned") },
    ]);
    // asked for explicitly, it is priced on the targets but has nothing to compare with
    const only = repriceUsage(agg, index, { today, models: ["ft:gpt-4o-mini-2024-07-18:acme::x1"] });
    const luna = priced(row(only.rows, "gpt-6-luna", "standard"));
    expect(luna.period).toBe("0.0000035");
    expect(luna.comparison).toMatchObject({
      current: "0",
      percent: null,
      leftOut: ["15 tokens of ft:gpt-4o-mini-2024-07-18:acme::x1 (no price on ft:gpt-4o-mini-2024-07-18:acme::x1)"],
    });
  });

  it("rules out models that cannot take the usage, from what the totals prove", () => {
    const big = aggregate(
      [usageCell("gpt-4.1-mini", "standard", { requests: 10, uncachedInput: 2_000_000, output: 1000, imageInput: 5000 })],
      30,
      { imageTokens: true },
    );
    // gpt-3.5-turbo is shut down; a callable copy stands in for a text-only model.
    const catalog = fixtureCatalog();
    const turbo = catalog.models.find((m) => m.id === "gpt-3.5-turbo")!;
    turbo.lifecycle = { ...turbo.lifecycle, status: "active", shutdownDate: null };
    const r = repriceUsage(big, catalog, { today });
    // 200,000 input tokens a request on average: more than gpt-4o-mini's 128,000 window.
    expect(row(r.rows, "gpt-4o-mini", "standard")).toMatchObject({ ok: false, reason: "cannot-take" });
    expect(r.cannotTake).toEqual([
      {
        targetId: "gpt-4o-mini",
        displayName: "gpt-4o-mini",
        reasons: ["Requests to gpt-4.1-mini average 200,000 input tokens, more than gpt-4o-mini takes (128,000)."],
      },
      {
        targetId: "gpt-3.5-turbo",
        displayName: "gpt-3.5-turbo",
        reasons: [
          "The file has 5,000 image input tokens; gpt-3.5-turbo takes no image input.",
          "Requests to gpt-4.1-mini average 200,000 input tokens, more than gpt-3.5-turbo takes (16,385).",
        ],
      },
    ]);
    expect(priced(row(r.rows, "gpt-6-luna", "standard")).ok).toBe(true);
  });
});

describe("reasoning", () => {
  it("keeps the file's output by default and says when reasoning differs", () => {
    const r = repriceUsage(MINI, index, { today });
    expect(priced(row(r.rows, "gpt-6-luna", "standard")).notes).toEqual([
      "gpt-6-luna reasons and bills reasoning as output, on top of what gpt-4o-mini-2024-07-18 wrote: state the reasoning share you expect to include it.",
    ]);
    expect(row(r.rows, "gpt-6-luna", "standard").assumption).toBe(
      "Output as in the file (reasoning share unchanged; the export cannot split reasoning from output).",
    );
  });

  it("rescales output by the stated reasoning share", () => {
    // gpt-4o-mini does not reason: its 500,000 output tokens are all visible. At 50 % reasoning on
    // gpt-6-luna: 500,000 / (1 − 0.5) = 1,000,000 output → $0.10 + $0.50 = $0.60.
    const r = repriceUsage(MINI, index, { today, reasoning: { targetSharePercent: 50 } });
    const luna = priced(row(r.rows, "gpt-6-luna", "standard"));
    expect(luna.monthly).toBe("0.6");
    expect(luna.assumption).toBe(
      "Assumes 50 % of gpt-6-luna's output is reasoning (file: 0 % for models that do not reason, the same share for those that do).",
    );
    // gpt-4.1-mini does not reason: output unchanged at 500,000 → $0.40 + $0.80 = $1.20
    expect(priced(row(r.rows, "gpt-4.1-mini", "standard")).monthly).toBe("1.2");
  });

  it("computes the output a target would write", () => {
    const reasons = { id: "r", reasoning: true };
    const plain = { id: "p", reasoning: false };
    expect(targetOutput(1000, reasons, plain, { targetSharePercent: 30, sourceSharePercent: 40 })).toEqual({
      output: 600,
      note: null,
    });
    expect(targetOutput(1000, reasons, reasons, { targetSharePercent: 30 })).toEqual({ output: 1000, note: null });
    expect(targetOutput(1000, plain, reasons, { targetSharePercent: 99 })).toEqual({ output: 20_000, note: null });
    expect(targetOutput(1000, reasons, plain, null).note).toContain("an upper bound");
    expect(targetOutput(1000, plain, plain, null)).toEqual({ output: 1000, note: null });
    expect(assumptionText("p", false, { targetSharePercent: 30 })).toBe(
      "p does not reason: its output is the file's output without the reasoning share of the file's reasoning models.",
    );
  });
});
