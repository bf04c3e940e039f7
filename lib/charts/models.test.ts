import { describe, expect, it } from "vitest";

import { fixtureCatalog as catalog, FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { toChartModels } from "./models";

describe("toChartModels (fixture catalog)", () => {
  const models = toChartModels(catalog, FIXTURE_TODAY);
  const byId = new Map(models.map((m) => [m.id, m]));

  it("has one item per model and no snapshot that only repeats its alias", () => {
    // Models first, in catalog order; then the snapshots whose status or prices differ from their alias's.
    expect(models.map((m) => m.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "zeta-old",
      "omega-2024-05-13",
    ]);
  });

  it("keeps a snapshot whose lifecycle or pricing differs, tied to its alias", () => {
    expect(byId.get("omega-2024-05-13")).toMatchObject({
      kind: "snapshot",
      aliasId: "omega",
      status: "shutdown",
      callable: false,
      shutdownDate: "2026-03-31",
    });
    expect(byId.get("omega-2024-05-13")?.tiers).toEqual({
      standard: { input: null, cachedInput: null, output: null },
      batch: null,
      flex: null,
      fast: { input: 5, cachedInput: null, output: 15 },
    });
  });

  it("computes lifecycle for today", () => {
    expect(byId.get("gamma-nano")).toMatchObject({ status: "shutdown", callable: false });
    expect(byId.get("gamma-mini")).toMatchObject({ status: "deprecated", callable: true, shutdownDate: "2027-01-14" });
    expect(byId.get("delta-nano")).toMatchObject({ status: "deprecated", callable: true, shutdownDate: "2026-12-11" });
    expect(byId.get("zeta-old")).toMatchObject({ status: "unknown", callable: false });
    expect(byId.get("beta-lite")).toMatchObject({ status: "active", callable: true, shutdownDate: null });
  });

  it("carries each score with its source title, URL and date", () => {
    const mmlu = byId.get("gamma-nano")?.scores.find((s) => s.slug === "mmlu");
    expect(mmlu).toEqual({
      slug: "mmlu",
      name: "MMLU",
      value: 80.1,
      unit: "%",
      setting: null,
      reportedBy: "self-reported",
      reporter: "Fixture Labs",
      sourceTitle: "Fixture page for gamma-nano (test data, not a real model)",
      sourceUrl: "https://example.com/fixture/gamma-nano",
      date: "2025-04-14",
    });
  });

  it("carries exact limits and per-tier prices", () => {
    expect(byId.get("gamma-mini")).toMatchObject({ contextWindow: 1_047_576, maxOutput: 32_768, size: "small" });
    expect(byId.get("gamma-mini")?.tiers.standard).toEqual({ input: 0.4, cachedInput: 0.1, output: 1 });
    expect(byId.get("gamma-mini")?.tiers.batch).toEqual({ input: null, cachedInput: null, output: null });
    expect(byId.get("omega")).toMatchObject({ size: "full-size", contextWindow: 128_000 });
    expect(byId.get("zeta-old")).toMatchObject({ contextWindow: null, maxOutput: null });
  });
});
