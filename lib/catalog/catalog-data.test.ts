import { describe, expect, it } from "vitest";

import { ARTICLE_MODELS } from "@/lib/cost/presets";

import { loadCatalog } from "./load";

// These tests read the real data/ folder: a bad edit to a model file fails here with the
// file, model and field named (and also fails `next build`, which loads the same files).
// Every other unit test reads the fixture catalog (tests/fixtures/catalog/), except the
// article's cost table (lib/cost/article-table.test.ts).
describe("data/models", () => {
  const catalog = loadCatalog();
  const byId = new Map(catalog.map((e) => [e.id, e]));

  it("parses every file", () => {
    expect(catalog.length).toBeGreaterThan(0);
  });

  it("covers the source article's six IDs, aliases linked to their snapshots", () => {
    for (const [alias, snap] of [
      ["gpt-4.1-mini", "gpt-4.1-mini-2025-04-14"],
      ["gpt-4.1-nano", "gpt-4.1-nano-2025-04-14"],
      ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"],
    ] as const) {
      expect(byId.get(alias)?.resolvesTo).toBe(snap);
      expect(byId.get(snap)?.aliasId).toBe(alias);
    }
  });

  it("holds the figures the article compared for its three models: Standard prices and MMLU", () => {
    const figures = (id: string) => {
      const e = byId.get(id)!;
      const mmlu = e.benchmarks.find((b) => b.name === "MMLU" && b.reportedBy === "self-reported");
      return [id, e.pricing.standard.input.value, e.pricing.standard.output.value, mmlu?.value];
    };
    expect(ARTICLE_MODELS.map(figures)).toEqual([
      ["gpt-4.1-nano", 0.1, 0.4, 80.1],
      ["gpt-4o-mini", 0.15, 0.6, 82],
      ["gpt-4.1-mini", 0.4, 1.6, 87.5],
    ]);
  });

  it("finds the Luna models under the tier word they replace, each from an official OpenAI page", () => {
    // Issue 12: searching "nano" found neither Luna model. The words come from data (aka), sourced.
    const nano = catalog.filter((e) => e.aka.some((a) => a.term === "nano")).map((e) => e.id);
    expect(nano.sort()).toEqual(["gpt-5.6-luna", "gpt-6-luna"]);
    for (const e of catalog)
      for (const a of e.aka) {
        expect(e.sources[a.source]?.official, `${e.id} aka ${a.term}`).toBe(true);
        expect(a.note, `${e.id} aka ${a.term} quotes its source`).toMatch(/"/);
      }
  });
});
