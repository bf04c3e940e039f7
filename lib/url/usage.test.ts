import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "@/lib/usage/aggregate.test-helpers";
import { encodeLinkForm } from "@/lib/usage/permalink";

import {
  DEFAULT_USAGE_SORT,
  ignoredUsageParams,
  loadUsageParams,
  parseAsUsageSort,
  parseAsUsageSummary,
  sanitizeUsageState,
  serializeUsage,
  usageHref,
  usageReasoning,
} from "./usage";

const AGG = aggregate([usageCell("gpt-4o-mini", "standard", { requests: 3, uncachedInput: 300, output: 60 })], 17);
const encoded = encodeLinkForm(AGG);
const S = encoded.ok ? encoded.value : "";

describe("the usage view's URL contract", () => {
  it("reads and writes the summary as the permalink codec does, and nothing else", () => {
    expect(S.length).toBeGreaterThan(0);
    expect(parseAsUsageSummary.parse(S)).toEqual(AGG);
    expect(parseAsUsageSummary.serialize(AGG)).toBe(S);
    expect(parseAsUsageSummary.parse("not-a-summary")).toBeNull();
    expect(parseAsUsageSummary.parse(S.slice(0, -3))).toBeNull();
    // Equal aggregates in different objects are the same URL value.
    expect(parseAsUsageSummary.eq!(AGG, structuredClone(AGG))).toBe(true);
  });

  it("sorts by a known column, either way", () => {
    expect(parseAsUsageSort.parse("-difference")).toEqual({ column: "difference", desc: true });
    expect(parseAsUsageSort.parse("model")).toEqual({ column: "model", desc: false });
    expect(parseAsUsageSort.parse("price")).toBeNull();
    expect(parseAsUsageSort.serialize({ column: "monthly", desc: true })).toBe("-monthly");
  });

  it("round-trips a state through its canonical link, defaults left out", () => {
    const state = { ...loadUsageParams({}), summary: AGG, reasoning: 30, fileReasoning: 20, tier: "batch" as const };
    const href = usageHref(state);
    expect(href).toBe(`/usage?sum=${S}&rs=30&rsf=20&tier=batch`);
    const back = loadUsageParams(new URL(href, "https://x.test").searchParams);
    expect(back).toEqual({ ...state, sort: DEFAULT_USAGE_SORT });
    expect(serializeUsage({ sort: { column: "model", desc: true } })).toBe("?sort=-model");
  });

  it("names unreadable settings but leaves the summary to the page's own message", () => {
    expect(ignoredUsageParams({ sum: "garbage", rs: "96", tier: "scale", sort: "x" }).map((p) => p.key)).toEqual([
      "rs",
      "tier",
      "sort",
    ]);
    // The file's share alone says nothing: ignored, and dropped from the state.
    expect(ignoredUsageParams({ rsf: "20" }).map((p) => p.key)).toEqual(["rsf"]);
    expect(sanitizeUsageState(loadUsageParams({ rsf: "20" })).fileReasoning).toBeNull();
    expect(ignoredUsageParams({ rs: "0", rsf: "20" })).toEqual([]);
  });

  it("turns the shares into the repricing's reasoning assumption", () => {
    expect(usageReasoning({ reasoning: null, fileReasoning: null })).toBeNull();
    expect(usageReasoning({ reasoning: 40, fileReasoning: null })).toEqual({ targetSharePercent: 40, sourceSharePercent: null });
    expect(usageReasoning({ reasoning: 40, fileReasoning: 10 })).toEqual({ targetSharePercent: 40, sourceSharePercent: 10 });
  });
});
