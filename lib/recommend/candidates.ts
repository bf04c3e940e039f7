/**
 * Catalog entry → ranking candidate (server side; the result is plain data for the client).
 *
 * Quality signal. The catalog's benchmarks are sparse and not comparable across suites, so the
 * wizard does not blend them into a score. It uses ONE benchmark per model, in this order of
 * preference: GPQA Diamond (published for most current small models), else MMLU (the older
 * models), else none ("quality unknown"). Within a benchmark the maker's own (self-reported)
 * figure wins over a third party's, because that is what exists for most models; the effort
 * setting is carried along and shown, since reasoning models report at high effort.
 * Models are only compared on the same benchmark (see rank.ts); no score is ever invented.
 *
 * Speed signal: measured output tokens per second (the first OpenAI-served measurement, else
 * the first one). Sparse too; unknown speed is said, never guessed.
 */
import type { Benchmark, CatalogEntry, Speed } from "@/lib/catalog/types";
import { toPricedModel } from "@/lib/cost/priced-model";

import type { Candidate, QualitySignal, SpeedSignal } from "./types";

/** Benchmarks usable as the quality signal, most preferred first. */
export const QUALITY_BENCHMARKS = ["GPQA Diamond", "MMLU"] as const;

function qualitySignal(benchmarks: readonly Benchmark[]): QualitySignal | null {
  for (const name of QUALITY_BENCHMARKS) {
    const scores = benchmarks.filter((b) => b.name === name && b.unit === "%");
    const best = scores.find((b) => b.reportedBy === "self-reported") ?? scores[0];
    if (best) return { benchmark: name, value: best.value, setting: best.setting ?? null, reporter: best.reporter };
  }
  return null;
}

function speedSignal(speed: readonly Speed[]): SpeedSignal | null {
  const tps = speed.filter((s) => s.metric === "outputTokensPerSecond");
  const pick = tps.find((s) => s.provider === "OpenAI") ?? tps[0];
  return pick ? { tokensPerSecond: pick.value, measuredBy: pick.measuredBy, provider: pick.provider } : null;
}

function toCandidate(entry: CatalogEntry): Candidate {
  return {
    id: entry.id,
    displayName: entry.displayName,
    kind: entry.kind,
    size: entry.size,
    lifecycle: entry.lifecycle,
    contextWindow: entry.limits.contextWindow.value,
    maxInput: entry.limits.maxInput.value,
    maxOutput: entry.limits.maxOutput.value,
    inputModalities: entry.modalities.input.value,
    quality: qualitySignal(entry.benchmarks),
    speed: speedSignal(entry.speed),
    priced: toPricedModel(entry),
    releaseDate: entry.releaseDate.value,
    reasoning: {
      supported: entry.reasoning.supported.value,
      efforts: entry.reasoning.efforts,
      defaultEffort: entry.reasoning.defaultEffort,
    },
  };
}

/**
 * The wizard ranks aliases and models, not dated snapshots: a snapshot duplicates its alias's
 * figures, and the alias is what new code should call.
 */
export function wizardCandidates(entries: readonly CatalogEntry[]): Candidate[] {
  return entries.filter((e) => e.kind !== "snapshot").map(toCandidate);
}
