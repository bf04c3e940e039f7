import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
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

describe("benchmark lists (real catalog)", () => {
  const models = toChartModels(loadCatalog(), "2026-11-25");
  const all = listBenchmarks(models);

  it("holds MMLU, GPQA Diamond and SWE-bench, most widely published first", () => {
    const slugs = all.map((b) => b.slug);
    expect(slugs).toEqual(expect.arrayContaining(["mmlu", "gpqa-diamond", "swe-bench-verified", "swe-bench-pro"]));
    expect(slugs[0]).toBe("gpqa-diamond");
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("counts the shown models with a score", () => {
    const shown = visibleModels(models, { models: [], includeRetired: false });
    const opts = benchmarkOptions(all, shown);
    expect(opts.find((o) => o.slug === "mmlu")?.count).toBe(4); // 4.1-mini, 4o-mini, gpt-4.1, gpt-4o
  });

  it("MMLU matches the article: 87.5 / 80.1 / 82 for the article's three", () => {
    const shown = visibleModels(models, { models: ["gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o-mini"], includeRetired: true });
    const c = buildBenchmarkChart(shown, resolveBenchmark(all, "mmlu", "mmlu")!);
    expect(c.bars.map((b) => [b.id, b.selfReported])).toEqual([
      ["gpt-4.1-mini", 87.5],
      ["gpt-4o-mini", 82],
      ["gpt-4.1-nano", 80.1],
    ]);
  });

  it("GPQA Diamond shows nano's self-reported and independent scores side by side", () => {
    const c = buildBenchmarkChart(models, resolveBenchmark(all, "gpqa-diamond", "mmlu")!);
    expect(c.bars.find((b) => b.id === "gpt-4.1-nano")).toMatchObject({ selfReported: 50.3, independent: 51.2 });
  });

  it("resolves an unknown slug to the fallback", () => {
    expect(resolveBenchmark(all, "nope", "mmlu")?.slug).toBe("mmlu");
    expect(resolveBenchmark([], "mmlu", "mmlu")).toBeNull();
  });
});
