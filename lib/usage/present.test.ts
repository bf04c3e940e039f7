import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { retirementBanners } from "./banners";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";
import type { FileReport } from "./parse";
import { periodInfo } from "./period";
import {
  assumptionLabel,
  bannerText,
  describeFile,
  formatChange,
  formatShare,
  parseSharePercent,
  periodText,
  repriceTable,
} from "./present";
import { repriceUsage } from "./reprice";

const catalog = fixtureCatalog();
const today = FIXTURE_TODAY;
const DAY0 = 1_792_886_400;

describe("formatChange", () => {
  it("rounds to one decimal with a real minus sign, and says when there is nothing to compare", () => {
    expect(formatChange("-34.6667")).toBe("\u221234.7 %");
    expect(formatChange("12")).toBe("+12.0 %");
    expect(formatChange("0")).toBe("0.0 %");
    expect(formatChange("-0.04")).toBe("0.0 %");
    expect(formatChange(null)).toBe("–");
    expect(formatChange("NaN")).toBe("–");
  });
});

describe("bannerText", () => {
  const agg = aggregate([
    usageCell("gpt-4o-mini", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 }),
    usageCell("gpt-5-mini-2025-08-07", "standard", { requests: 100, uncachedInput: 100_000, output: 100_000 }),
  ]);
  const [gpt5, mini] = retirementBanners(agg, catalog, { today });

  it("prices the recommended replacement when it lasts", () => {
    // $0.45 on gpt-4o-mini, $0.35 on gpt-6-luna: −22.2 %.
    expect(bannerText(mini!)).toEqual({
      headline: "gpt-4o-mini shuts down on Jan 14, 2027.",
      cost: "Your 30 days would cost $0.35 on gpt-6-luna (\u221222.2 %), its recommended replacement.",
      replacementNote: null,
      sooner: null,
      assumption: "Output as in the file (reasoning share unchanged; the export cannot split reasoning from output).",
    });
  });

  it("falls back to the cheapest model that lasts, and says why", () => {
    // gpt-5-mini: $0.025 + $0.20 = $0.225; gpt-6-luna $0.01 + $0.05 = $0.06: −73.3 %.
    expect(bannerText(gpt5!)).toMatchObject({
      headline: "gpt-5-mini shuts down on Dec 11, 2026.",
      cost: "Your 30 days would cost $0.06 on gpt-6-luna (\u221273.3 %), the cheapest model that stays available.",
      replacementNote: "Recommended replacement: gpt-6.1-terra is not in the catalog yet, so it cannot be priced.",
    });
  });

  it("names a cheaper model that shuts down sooner second", () => {
    const b = { ...mini!, sooner: { item: mini!.suggestion!.row, shutdownDate: "2026-12-11", daysLeft: 16 } };
    expect(bannerText(b).sooner).toBe("gpt-6-luna is $0.35 but shuts down on Dec 11, 2026 (in 16 days).");
  });
});

describe("repriceTable", () => {
  const rows = repriceUsage(
    aggregate([usageCell("gpt-4o-mini", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 })]),
    catalog,
    { today },
  ).rows;

  it("keeps one tier's priced rows in the chosen order, and lists the models without that tier", () => {
    // Standard: gpt-6-luna $0.35, gpt-4o-mini $0.45, gpt-4.1-mini $1.20, gpt-5-mini $1.25.
    const std = repriceTable(rows, "standard", { column: "monthly", desc: false });
    expect(std.priced.map((r) => [r.targetId, r.monthly])).toEqual([
      ["gpt-6-luna", "0.35"],
      ["gpt-4o-mini", "0.45"],
      ["gpt-4.1-mini", "1.2"],
      ["gpt-5-mini", "1.25"],
    ]);
    expect(repriceTable(rows, "standard", { column: "model", desc: true }).priced.map((r) => r.targetId)).toEqual([
      "gpt-6-luna",
      "gpt-5-mini",
      "gpt-4o-mini",
      "gpt-4.1-mini",
    ]);
    expect(repriceTable(rows, "standard", { column: "difference", desc: true }).priced[0]!.targetId).toBe("gpt-5-mini");
    // Flex: only gpt-6-luna publishes it.
    const flex = repriceTable(rows, "flex", { column: "monthly", desc: false });
    expect(flex.priced.map((r) => r.targetId)).toEqual(["gpt-6-luna"]);
    expect(flex.unavailable.map((r) => [r.targetId, r.reason])).toEqual([
      ["gpt-4o-mini", "no-tier"],
      ["gpt-4.1-mini", "no-tier"],
      ["gpt-5-mini", "no-tier"],
    ]);
  });
});

describe("describing the input", () => {
  it("names each file with its format and size", () => {
    const f = (format: FileReport["format"], pages: number, records: number): FileReport => ({
      name: "x",
      format,
      pages,
      records,
      warnings: [],
      problem: null,
    });
    expect(describeFile(f("usage-csv", 0, 300))).toBe("x (usage CSV export, 300 rows)");
    expect(describeFile(f("usage-json", 5, 1))).toBe("x (Usage API JSON, 5 pages, 1 result)");
    expect(describeFile(f(null, 0, 0))).toBe("x");
  });

  it("gives the period's first and last day and its length", () => {
    expect(periodText(periodInfo({ start: DAY0, end: DAY0 + 30 * 86_400 }))).toBe("Oct 25, 2026 to Nov 23, 2026 (30 days)");
    expect(periodText(periodInfo({ start: DAY0, end: DAY0 + 86_400 }))).toBe("Oct 25, 2026 (1 day)");
    expect(periodText(periodInfo({ start: DAY0, end: DAY0 + 12 * 3_600 }))).toBe("Oct 25, 2026 (0.5 days)");
    expect(formatShare(0.5954526)).toBe("59.5 %");
  });
});

describe("assumptionLabel", () => {
  it("says in a few words what each total assumes about reasoning", () => {
    expect(assumptionLabel({ targetReasons: true }, null)).toBe("output as in the file");
    expect(assumptionLabel({ targetReasons: false }, { targetSharePercent: 30 })).toBe("no reasoning");
    expect(assumptionLabel({ targetReasons: null }, { targetSharePercent: 30, sourceSharePercent: 10 })).toBe("30 % reasoning");
    expect(assumptionLabel({ targetReasons: true }, { targetSharePercent: 120 })).toBe("95 % reasoning");
  });
});

describe("parseSharePercent", () => {
  it("reads a whole percent up to 95, empty as not stated, and nothing else", () => {
    expect(parseSharePercent("")).toEqual({ ok: true, value: null });
    expect(parseSharePercent(" 30 % ")).toEqual({ ok: true, value: 30 });
    expect(parseSharePercent("095")).toEqual({ ok: true, value: 95 });
    for (const bad of ["96", "-1", "2.5", "abc", "1e1", "100"]) expect(parseSharePercent(bad), bad).toEqual({ ok: false });
  });
});
