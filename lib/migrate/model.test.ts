import { describe, expect, it } from "vitest";

import { fixtureEntry } from "@/lib/catalog/fixture.test-helpers";

import { toMigrationModel } from "./model";

describe("toMigrationModel", () => {
  it("keeps the planner's figures and only the sources the lifecycle cites", () => {
    const m = toMigrationModel(fixtureEntry("beta-lite"));
    expect(m).toMatchObject({
      id: "beta-lite",
      kind: "alias",
      aliasId: null,
      size: "small",
      contextWindow: 1_050_000,
      maxInput: 922_000,
      maxOutput: 128_000,
      inputModalities: ["text", "image"],
      reasoning: { supported: true, efforts: ["none", "low", "medium", "high", "xhigh"], defaultEffort: "medium" },
      fineTuning: false,
      knowledgeCutoff: "2026-01",
    });
    expect(m.priced.tiers.standard).toEqual({ input: 0.1, cachedInput: 0.01, output: 0.5 });
    expect(m.priced.longContext).toEqual({ thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 });
    expect(Object.keys(m.sources)).toEqual(["page"]);
    expect(m.notes).toEqual({ functionCalling: null, reasoning: null });
  });

  it("takes a snapshot's own lifecycle and prices, and leaves unknowns null", () => {
    const snap = toMigrationModel(fixtureEntry("omega-2024-05-13"));
    expect(snap).toMatchObject({ kind: "snapshot", aliasId: "omega", size: "full-size" });
    expect(snap.lifecycle.replacements.map((r) => r.id)).toEqual(["omega-next"]);
    expect(snap.priced.tiers.standard).toEqual({ input: null, cachedInput: null, output: null });
    const zeta = toMigrationModel(fixtureEntry("zeta-old"));
    expect([
      zeta.contextWindow,
      zeta.inputModalities,
      zeta.reasoning.supported,
      zeta.functionCalling,
      zeta.knowledgeCutoff,
    ]).toEqual([null, null, null, null, null]);
    // Notes travel with the figures they qualify.
    expect(zeta.notes).toEqual({ functionCalling: "not published", reasoning: "not published" });
  });
});
