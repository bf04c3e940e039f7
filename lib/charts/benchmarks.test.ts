import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { benchmarkOptions, buildBenchmarkChart, listBenchmarks, resolveBenchmark } from "./benchmarks";
import { model, score } from "./fixtures.test-helpers";
import { toChartModels } from "./models";
import { visibleModels } from "./selection";

const mmlu = { slug: "mmlu", name: "MMLU", unit: "%" as const };

describe("buildBenchmarkChart", () => {
  const hi = model("hi", { scores: [score({ name: "MMLU", value: 90 })] });
  const lo = model("lo", { scores: [score({ name: "MMLU", value: 80 }), score({ name: "GPQA Diamond", value: 50 })] });
  const both = model("both", {
    scores: [
      score({ name: "MMLU", value: 82 }),
      score({ name: "MMLU", value: 85, reportedBy: "independent", reporter: "Lab" }),
      score({ name: "MMLU", value: 99, reporter: "second self-reported reading" }),
    ],
  });
  const none = model("none", { scores: [score({ name: "GPQA Diamond", value: 70 })] });
  const snap = model("hi-2025", { kind: "snapshot", aliasId: "hi", scores: hi.scores });

  it("draws one bar group per model, best first, self-reported and independent apart", () => {
    const c = buildBenchmarkChart([lo, hi, both, none, snap], mmlu);
    expect(c.bars.map((b) => [b.id, b.selfReported, b.independent])).toEqual([
      ["hi", 90, null],
      ["both", 82, 85],
      ["lo", 80, null],
    ]);
    expect(c.hasSelf && c.hasIndependent).toBe(true);
  });

  it("puts models that stay callable first: a retiring model's higher score comes after them", () => {
    const leaving = model("leaving", { status: "deprecated", standing: "leaving", scores: [score({ name: "MMLU", value: 95 })] });
    const gone = model("gone", { status: "shutdown", standing: "gone", scores: [score({ name: "MMLU", value: 97 })] });
    expect(buildBenchmarkChart([gone, leaving, lo, hi], mmlu).bars.map((b) => b.id)).toEqual(["hi", "lo", "leaving", "gone"]);
  });

  it("lists models without a score as not published, never as zero", () => {
    const c = buildBenchmarkChart([lo, none], mmlu);
    expect(c.notPublished.map((m) => m.id)).toEqual(["none"]);
    expect(c.bars.some((b) => b.id === "none")).toBe(false);
    expect(c.rows.at(-1)).toMatchObject({ key: "none:none", score: null });
  });

  it("uses the first listed score of a kind, and gives the table one row per drawn score", () => {
    const c = buildBenchmarkChart([both], mmlu);
    expect(c.bars[0]?.self?.value).toBe(82);
    expect(c.rows.map((r) => [r.key, r.score?.value])).toEqual([
      ["both:self", 82],
      ["both:indep", 85],
    ]);
  });

  it("skips snapshot items (they repeat their alias's scores)", () => {
    expect(buildBenchmarkChart([snap], mmlu).bars).toEqual([]);
  });
});

describe("benchmark lists (fixture catalog)", () => {
  const models = toChartModels(fixtureCatalog, FIXTURE_TODAY);
  const all = listBenchmarks(models);

  it("lists every benchmark once, most widely published first", () => {
    // GPQA Diamond: alpha-mini, alpha-nano, delta-nano, gamma-mini, gamma-nano (5 models);
    // MMLU: gamma-mini, gamma-nano, omega (3); SWE-bench Verified: alpha-mini, beta-lite (2).
    expect(all).toEqual([
      { slug: "gpqa-diamond", name: "GPQA Diamond", unit: "%" },
      { slug: "mmlu", name: "MMLU", unit: "%" },
      { slug: "swe-bench-verified", name: "SWE-bench Verified", unit: "%" },
    ]);
  });

  it("counts the shown models with a score", () => {
    const shown = visibleModels(models, { models: [], includeRetired: false });
    // gamma-nano is shut down: not shown, so MMLU counts gamma-mini and omega only.
    expect(benchmarkOptions(all, shown).map((o) => [o.slug, o.count])).toEqual([
      ["gpqa-diamond", 4],
      ["mmlu", 2],
      ["swe-bench-verified", 2],
    ]);
  });

  it("draws MMLU for the chosen models, best first", () => {
    const shown = visibleModels(models, { models: ["gamma-mini", "gamma-nano", "omega"], includeRetired: true });
    const c = buildBenchmarkChart(shown, resolveBenchmark(all, "mmlu", "mmlu")!);
    expect(c.bars.map((b) => [b.id, b.selfReported])).toEqual([
      ["omega", 88.7],
      ["gamma-mini", 87.5],
      ["gamma-nano", 80.1],
    ]);
  });

  it("GPQA Diamond shows gamma-nano's self-reported and independent scores side by side", () => {
    const c = buildBenchmarkChart(models, resolveBenchmark(all, "gpqa-diamond", "mmlu")!);
    expect(c.bars.find((b) => b.id === "gamma-nano")).toMatchObject({ selfReported: 50.3, independent: 51.2 });
    expect(c.notPublished.map((m) => m.id)).toEqual(["beta-lite", "omega", "zeta-old"]);
  });

  it("resolves an unknown slug to the fallback", () => {
    expect(resolveBenchmark(all, "nope", "mmlu")?.slug).toBe("mmlu");
    expect(resolveBenchmark(all, "nope", "also-nope")?.slug).toBe("gpqa-diamond");
    expect(resolveBenchmark([], "mmlu", "mmlu")).toBeNull();
  });
});
