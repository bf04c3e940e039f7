/**
 * Benchmark chart data: one bar group per model for one benchmark, self-reported and
 * independent scores as separate series, and the models without a published score listed
 * apart (never drawn as zero).
 */
import { STANDING_ORDER } from "@/lib/catalog/headline";

import { pickLabel as label } from "./labels";
import type { ChartModel, ChartModelLabel, ChartScore } from "./types";

export type BenchmarkInfo = { slug: string; name: string; unit: ChartScore["unit"] };
export type BenchmarkOption = BenchmarkInfo & { count: number };

/** The article's measure: the default of the benchmark chart. */
export const DEFAULT_BENCHMARK = "mmlu";
/**
 * Default of the quality-against-price chart: more of today's callable small models publish
 * GPQA Diamond than MMLU, which newer models no longer report (it is near saturation).
 */
export const DEFAULT_QUALITY_BENCHMARK = "gpqa-diamond";

export type BenchmarkBar = ChartModelLabel & {
  /** Series values; null = no score of that kind (no bar, never zero). */
  selfReported: number | null;
  independent: number | null;
  self: ChartScore | null;
  indep: ChartScore | null;
};

/** One row of the table twin: a drawn score, or a model whose score is not published. */
export type BenchmarkTableRow = { key: string; model: ChartModelLabel; score: ChartScore | null };

export type BenchmarkChart = {
  benchmark: BenchmarkInfo;
  bars: BenchmarkBar[];
  notPublished: ChartModelLabel[];
  hasSelf: boolean;
  hasIndependent: boolean;
  rows: BenchmarkTableRow[];
};

/** Every benchmark in the catalog, the most widely published first. Snapshot items repeat their alias's scores and are skipped. */
export function listBenchmarks(models: readonly ChartModel[]): BenchmarkInfo[] {
  const found = new Map<string, BenchmarkInfo & { models: Set<string> }>();
  for (const m of models) {
    if (m.kind === "snapshot") continue;
    for (const s of m.scores) {
      const b = found.get(s.slug) ?? { slug: s.slug, name: s.name, unit: s.unit, models: new Set<string>() };
      b.models.add(m.id);
      found.set(s.slug, b);
    }
  }
  return [...found.values()]
    .sort((a, b) => b.models.size - a.models.size || a.name.localeCompare(b.name, "en"))
    .map(({ slug, name, unit }) => ({ slug, name, unit }));
}

/** The benchmarks with how many of the shown models publish a score, for the chooser. */
export function benchmarkOptions(all: readonly BenchmarkInfo[], shown: readonly ChartModel[]): BenchmarkOption[] {
  return all.map((b) => ({
    ...b,
    count: shown.filter((m) => m.kind !== "snapshot" && m.scores.some((s) => s.slug === b.slug)).length,
  }));
}

/** A known slug, else the fallback, else the first benchmark; null only when there is none. */
export function resolveBenchmark(all: readonly BenchmarkInfo[], slug: string, fallback: string): BenchmarkInfo | null {
  return all.find((b) => b.slug === slug) ?? all.find((b) => b.slug === fallback) ?? all[0] ?? null;
}

/** The first listed score of each kind (file order is the data author's primary reading). */
export function scoresFor(m: ChartModel, slug: string): { self: ChartScore | null; indep: ChartScore | null } {
  const of = (kind: ChartScore["reportedBy"]) => m.scores.find((s) => s.slug === slug && s.reportedBy === kind) ?? null;
  return { self: of("self-reported"), indep: of("independent") };
}

export function buildBenchmarkChart(shown: readonly ChartModel[], benchmark: BenchmarkInfo): BenchmarkChart {
  const bars: BenchmarkBar[] = [];
  const notPublished: ChartModelLabel[] = [];
  for (const m of shown) {
    if (m.kind === "snapshot") continue;
    const { self, indep } = scoresFor(m, benchmark.slug);
    if (!self && !indep) {
      notPublished.push(label(m));
      continue;
    }
    bars.push({ ...label(m), selfReported: self?.value ?? null, independent: indep?.value ?? null, self, indep });
  }
  const best = (b: BenchmarkBar) => Math.max(b.selfReported ?? -Infinity, b.independent ?? -Infinity);
  // The top bar reads as "the best": models that stay callable come first (headline.ts).
  bars.sort(
    (a, b) => STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing] || best(b) - best(a) || a.id.localeCompare(b.id, "en"),
  );
  const rows: BenchmarkTableRow[] = [];
  for (const b of bars) {
    const { self, indep } = b;
    const model = label(b);
    if (self) rows.push({ key: `${b.id}:self`, model, score: self });
    if (indep) rows.push({ key: `${b.id}:indep`, model, score: indep });
  }
  for (const m of notPublished) rows.push({ key: `${m.id}:none`, model: m, score: null });
  return {
    benchmark,
    bars,
    notPublished,
    hasSelf: bars.some((b) => b.self),
    hasIndependent: bars.some((b) => b.indep),
    rows,
  };
}
