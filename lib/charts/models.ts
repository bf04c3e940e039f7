/**
 * Catalog entries → chart models (server side; the result is plain data for the client).
 *
 * One item per model: the alias, or the only ID of a model without dated snapshots. Dated
 * snapshots share their alias's benchmarks and limits, so drawing them would repeat the alias's
 * bars. A snapshot becomes an item of its own only when its own lifecycle or pricing differs
 * from its alias's (gpt-4o-2024-05-13: shut down earlier, priced differently); the price chart
 * then draws it only on a tier where it has a published price that differs (prices.ts).
 */
import { standing } from "@/lib/catalog/headline";
import { effectiveStatus, isCallable } from "@/lib/catalog/lifecycle";
import type { CatalogEntry, Pricing, ServiceTier, TierPrice } from "@/lib/catalog/types";
import { SERVICE_TIERS } from "@/lib/cost/tiers";

import { benchmarkSlug } from "./slug";
import type { ChartModel, ChartScore, TierRates } from "./types";

function rates(t: TierPrice | null): TierRates | null {
  return t ? { input: t.input.value, cachedInput: t.cachedInput.value, output: t.output.value } : null;
}

function tierRates(p: Pricing): Record<ServiceTier, TierRates | null> {
  return { standard: rates(p.standard), batch: rates(p.batch), flex: rates(p.flex), fast: rates(p.fast) };
}

export function sameRates(a: TierRates | null, b: TierRates | null): boolean {
  if (a === null || b === null) return a === b;
  return a.input === b.input && a.cachedInput === b.cachedInput && a.output === b.output;
}

function samePricing(a: Record<ServiceTier, TierRates | null>, b: Record<ServiceTier, TierRates | null>): boolean {
  return SERVICE_TIERS.every((t) => sameRates(a[t], b[t]));
}

function scores(entry: CatalogEntry): ChartScore[] {
  return entry.benchmarks.map((b) => {
    const source = entry.sources[b.source];
    return {
      name: b.name,
      slug: benchmarkSlug(b.name),
      value: b.value,
      unit: b.unit,
      setting: b.setting ?? null,
      reportedBy: b.reportedBy,
      reporter: b.reporter,
      sourceTitle: source?.title ?? b.source,
      sourceUrl: source?.url ?? "",
      date: b.date,
    };
  });
}

function toChartModel(entry: CatalogEntry, today: string): ChartModel {
  return {
    id: entry.id,
    displayName: entry.displayName,
    kind: entry.kind,
    aliasId: entry.aliasId,
    size: entry.size,
    status: effectiveStatus(entry.lifecycle, today),
    shutdownDate: entry.lifecycle.shutdownDate,
    callable: isCallable(entry.lifecycle, today),
    standing: standing(entry.lifecycle, today),
    scores: scores(entry),
    tiers: tierRates(entry.pricing),
    contextWindow: entry.limits.contextWindow.value,
    maxOutput: entry.limits.maxOutput.value,
  };
}

export function toChartModels(entries: CatalogEntry[], today: string): ChartModel[] {
  const out: ChartModel[] = [];
  const byId = new Map<string, ChartModel>();
  for (const e of entries) {
    if (e.kind === "snapshot") continue;
    const m = toChartModel(e, today);
    out.push(m);
    byId.set(m.id, m);
  }
  for (const e of entries) {
    if (e.kind !== "snapshot" || !e.aliasId) continue;
    const alias = byId.get(e.aliasId);
    if (!alias) continue;
    const snap = toChartModel(e, today);
    if (snap.status !== alias.status || !samePricing(snap.tiers, alias.tiers)) out.push(snap);
  }
  return out;
}
