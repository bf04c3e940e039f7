import { describe, expect, it } from "vitest";

import { CatalogIndex, toUsageCatalog } from "./catalog";
import { fixtureCatalog, fixtureEntries } from "./fixtures.test-helpers";

const index = new CatalogIndex(fixtureCatalog());

describe("toUsageCatalog", () => {
  it("keeps what repricing needs, per model ID", () => {
    const luna = toUsageCatalog(fixtureEntries()).models.find((m) => m.id === "gpt-6-luna")!;
    expect(luna).toMatchObject({ kind: "model", aliasId: null, imageInput: true, reasoning: true, cacheWriteNote: null });
    expect(luna.priced).toMatchObject({
      id: "gpt-6-luna",
      cacheWrite: 0.125,
      tiers: { flex: { input: 0.05, cachedInput: null, output: 0.25 } },
    });
    expect(index.get("gpt-3.5-turbo")).toMatchObject({ imageInput: false, reasoning: false });
  });
});

describe("CatalogIndex", () => {
  it("resolves a snapshot to its alias family", () => {
    const r = index.resolve("gpt-4o-mini-2024-07-18");
    expect(r.known && [r.model.id, r.family.id]).toEqual(["gpt-4o-mini-2024-07-18", "gpt-4o-mini"]);
    const alias = index.resolve("GPT-4o-mini");
    expect(alias.known && alias.family.id).toBe("gpt-4o-mini");
  });

  it("names fine-tuned models by their base and unknown IDs plainly", () => {
    expect(index.resolve("ft:gpt-4o-mini-2024-07-18:acme:support:AbC123")).toMatchObject({
      known: false,
      reason: "fine-tuned",
      base: "gpt-4o-mini-2024-07-18",
    });
    expect(index.resolve("gpt-7-preview")).toEqual({
      known: false,
      reason: "not-in-catalog",
      base: null,
      message: "gpt-7-preview is not in the catalog, so its usage cannot be priced.",
    });
    expect(index.resolve("(model not given)")).toMatchObject({ known: false, reason: "no-model" });
  });

  it("treats an alias and the snapshot it points to as the same model", () => {
    expect(index.same("gpt-4o-mini", "gpt-4o-mini-2024-07-18")).toBe(true);
    expect(index.same("gpt-4o-mini-2024-07-18", "gpt-4o-mini")).toBe(true);
    expect(index.same("gpt-4o-mini", "gpt-4.1-mini")).toBe(false);
    expect(index.same("x", "x")).toBe(true);
    expect(index.same("x", "y")).toBe(false);
  });
});
