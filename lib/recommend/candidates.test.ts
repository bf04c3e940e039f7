import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { wizardCandidates } from "./candidates";

describe("wizardCandidates (fixture catalog)", () => {
  const byId = new Map(wizardCandidates(fixtureCatalog).map((c) => [c.id, c]));

  it("ranks aliases and models, never dated snapshots", () => {
    expect([...byId.keys()]).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "zeta-old",
    ]);
  });

  it("takes GPQA Diamond before MMLU, the maker's own figure first, and invents nothing", () => {
    // gamma-mini publishes GPQA 65 and MMLU 87.5: GPQA is the signal.
    expect(byId.get("gamma-mini")!.quality).toEqual({
      benchmark: "GPQA Diamond",
      value: 65,
      setting: null,
      reporter: "Fixture Labs",
    });
    // gamma-nano: self-reported 50.3 wins over the independent 51.2.
    expect(byId.get("gamma-nano")!.quality).toMatchObject({ benchmark: "GPQA Diamond", value: 50.3 });
    expect(byId.get("omega")!.quality).toMatchObject({ benchmark: "MMLU", value: 88.7 });
    expect(byId.get("alpha-mini")!.quality).toMatchObject({ value: 88, setting: "high" });
    // beta-lite publishes only SWE-bench Verified: no quality signal.
    expect(byId.get("beta-lite")!.quality).toBeNull();
  });

  it("carries the measured speed, limits, price and lifecycle", () => {
    expect(byId.get("gamma-mini")!.speed).toEqual({
      tokensPerSecond: 77.2,
      measuredBy: "Fixture Bench",
      provider: "Fixture Cloud",
    });
    expect(byId.get("beta-lite")!.speed).toBeNull();
    expect(byId.get("beta-lite")).toMatchObject({ contextWindow: 1_050_000, maxInput: 922_000, releaseDate: "2026-06-01" });
    expect(byId.get("beta-lite")!.priced.longContext).toEqual({
      thresholdTokens: 272_000,
      inputMultiplier: 2,
      outputMultiplier: 1.5,
    });
    expect(byId.get("zeta-old")).toMatchObject({
      contextWindow: null,
      inputModalities: null,
      releaseDate: null,
      reasoning: { supported: null },
    });
    expect(byId.get("delta-nano")!.lifecycle.shutdownDate).toBe("2026-12-11");
  });
});
