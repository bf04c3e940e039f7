/**
 * "Today's answer", the panel above the catalog: the cheapest small model that stays callable and
 * what the article's workload costs on it, the best-scoring such model on the benchmark most
 * callable small models publish, and the next shutdowns with their countdowns. Every winner is
 * named by the headline rule (headline.ts), so a cheaper or better model that shuts down sooner
 * is named second with its date, never first. Pure: the caller passes the catalog and today.
 */
import { ARTICLE_WORKLOAD } from "@/lib/cost/article-workload";
import { Dec } from "@/lib/cost/decimal";
import { monthlyCost } from "@/lib/cost/price";
import { toPricedModel } from "@/lib/cost/priced-model";

import { headlinePick, standing, type Headline } from "./headline";
import { daysUntilShutdown } from "./lifecycle";
import type { Benchmark, CatalogEntry } from "./types";

/** Shutdown dates the panel lists (each with every model it takes down). */
export const SHUTDOWN_DATES_SHOWN = 2;

export type PricedPick = { id: string; perMonth: string };
export type ScorePick = { id: string; value: number; unit: Benchmark["unit"]; setting: string | null };
export type ShutdownDay = { date: string; daysLeft: number; ids: string[] };
export type MostPublished = { name: string; models: number; of: number };

export type TodaysAnswer = {
  today: string;
  /** Cheapest on the article's workload (Standard tier, a month). */
  cheapest: Headline<PricedPick>;
  /** The benchmark most callable small models publish, and who scores best on it. */
  benchmark: MostPublished | null;
  best: Headline<ScorePick>;
  shutdowns: ShutdownDay[];
};

/** The models a small-model answer picks from: one per model (no dated snapshots), small ones. */
const smallModels = (catalog: readonly CatalogEntry[]) => catalog.filter((e) => e.kind !== "snapshot" && e.size === "small");

/**
 * The benchmark published by the most small models that can still be called (lasting or leaving),
 * counting a model once however many settings it reports; ties go to the name that sorts first.
 */
export function mostPublishedBenchmark(catalog: readonly CatalogEntry[], today: string): MostPublished | null {
  const callable = smallModels(catalog).filter((e) => standing(e.lifecycle, today) !== "gone");
  const counts = new Map<string, number>();
  for (const e of callable)
    for (const name of new Set(e.benchmarks.map((b) => b.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [top] = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en"));
  return top ? { name: top[0], models: top[1], of: callable.length } : null;
}

/** A model's highest published score on a benchmark (any reporter or setting); null without one. */
function bestScore(e: CatalogEntry, name: string): ScorePick | null {
  const scores = e.benchmarks.filter((b) => b.name === name).sort((a, b) => b.value - a.value);
  const top = scores[0];
  return top ? { id: e.id, value: top.value, unit: top.unit, setting: top.setting ?? null } : null;
}

/**
 * Callable models with a shutdown date ahead, by date: the aliases and models, and a dated
 * snapshot only when it shuts down on a day of its own.
 */
export function nextShutdowns(catalog: readonly CatalogEntry[], today: string, dates = SHUTDOWN_DATES_SHOWN): ShutdownDay[] {
  const aliasDate = new Map(catalog.filter((e) => e.kind !== "snapshot").map((e) => [e.id, e.lifecycle.shutdownDate]));
  const byDate = new Map<string, ShutdownDay>();
  for (const e of catalog) {
    const date = e.lifecycle.shutdownDate;
    const daysLeft = daysUntilShutdown(e.lifecycle, today);
    if (!date || daysLeft === null || standing(e.lifecycle, today) === "gone") continue;
    if (e.kind === "snapshot" && e.aliasId && aliasDate.get(e.aliasId) === date) continue;
    const day = byDate.get(date) ?? { date, daysLeft, ids: [] };
    day.ids.push(e.id);
    byDate.set(date, day);
  }
  return [...byDate.values()]
    .sort((a, b) => a.daysLeft - b.daysLeft)
    .slice(0, dates)
    .map((d) => ({ ...d, ids: d.ids.sort((a, b) => a.localeCompare(b, "en", { numeric: true })) }));
}

export function todaysAnswer(catalog: readonly CatalogEntry[], today: string): TodaysAnswer {
  const small = smallModels(catalog);
  const lifecycleOf = new Map(small.map((e) => [e.id, e.lifecycle]));
  const lifecycle = (p: { id: string }) => lifecycleOf.get(p.id)!;

  const priced = small.flatMap((e): PricedPick[] => {
    const r = monthlyCost(toPricedModel(e), ARTICLE_WORKLOAD, "standard");
    return r.ok ? [{ id: e.id, perMonth: r.perMonth }] : [];
  });
  const cheapest = headlinePick(priced, { lifecycle, today, better: (a, b) => new Dec(a.perMonth).comparedTo(b.perMonth) });

  const benchmark = mostPublishedBenchmark(catalog, today);
  const scored = benchmark ? small.flatMap((e) => bestScore(e, benchmark.name) ?? []) : [];
  const best = headlinePick(scored, { lifecycle, today, better: (a, b) => b.value - a.value });

  return { today, cheapest, benchmark, best, shutdowns: nextShutdowns(catalog, today) };
}
