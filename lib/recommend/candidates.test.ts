import { describe, expect, it } from "vitest";

import { fixtureCatalog, fixtureEntry } from "@/lib/catalog/fixture.test-helpers";
import type { CatalogEntry } from "@/lib/catalog/types";

import { wizardCandidates } from "./candidates";

describe("wizardCandidates (fixture catalog)", () => {
  // Built inside each test, not when the file is collected: mutation testing switches a mutant on
  // per test, so code run at collection time would never meet one.
  const candidates = () => new Map(wizardCandidates(fixtureCatalog).map((c) => [c.id, c]));

  it("ranks aliases and models, never dated snapshots", () => {
    const byId = candidates();
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
    const byId = candidates();
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
    const byId = candidates();
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

describe("the quality and speed signals, on variants of a fixture model", () => {
  // gamma-mini's own figures, rearranged so each preference decides: GPQA 65 self-reported, 77.2 tok/s.
  const base = fixtureEntry("gamma-mini");
  const gpqa = base.benchmarks.find((b) => b.name === "GPQA Diamond")!;
  const mmlu = base.benchmarks.find((b) => b.name === "MMLU")!;
  const tps = base.speed[0]!;
  const signals = (over: Partial<CatalogEntry>) => wizardCandidates([{ ...base, ...over }])[0]!;

  it("the maker's own figure wins even when a third party's is listed first; a score not in % is not one", () => {
    const independent = { ...gpqa, value: 70, reportedBy: "independent" as const, reporter: "Other Lab" };
    expect(signals({ benchmarks: [independent, gpqa] }).quality).toEqual({
      benchmark: "GPQA Diamond",
      value: 65,
      setting: null,
      reporter: "Fixture Labs",
    });
    // Only a third party's figure: it is used, with its effort setting.
    expect(signals({ benchmarks: [{ ...independent, setting: "high" }] }).quality).toEqual({
      benchmark: "GPQA Diamond",
      value: 70,
      setting: "high",
      reporter: "Other Lab",
    });
    // A GPQA figure in another unit is skipped: MMLU is the signal.
    expect(signals({ benchmarks: [{ ...gpqa, unit: "score" as const }, mmlu] }).quality).toMatchObject({
      benchmark: "MMLU",
      value: 87.5,
    });
    expect(signals({ benchmarks: [] }).quality).toBeNull();
  });

  it("speed: output tokens per second only, OpenAI's measurement first", () => {
    const openai = { ...tps, value: 90, provider: "OpenAI", measuredBy: "OpenAI" };
    const latency = { ...tps, metric: "timeToFirstTokenSeconds" as const, value: 0.5 };
    expect(signals({ speed: [latency, tps, openai] }).speed).toEqual({
      tokensPerSecond: 90,
      measuredBy: "OpenAI",
      provider: "OpenAI",
    });
    expect(signals({ speed: [latency, tps] }).speed).toEqual({
      tokensPerSecond: 77.2,
      measuredBy: "Fixture Bench",
      provider: "Fixture Cloud",
    });
    expect(signals({ speed: [latency] }).speed).toBeNull();
  });

  it("carries the reasoning settings", () => {
    const alpha = wizardCandidates([fixtureEntry("alpha-mini")])[0]!;
    expect(alpha.reasoning).toEqual({
      supported: true,
      efforts: fixtureEntry("alpha-mini").reasoning.efforts,
      defaultEffort: fixtureEntry("alpha-mini").reasoning.defaultEffort,
    });
    expect(alpha.reasoning.efforts.length).toBeGreaterThan(0);
  });
});
