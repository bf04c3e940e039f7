import { describe, expect, it } from "vitest";
import { loadCatalog } from "./load";

// These tests read the real data/ folder: a bad edit to a model file fails here with the
// file, model and field named (and also fails `next build`, which loads the same files).
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
});
