/**
 * "What you used" and "What it cost": per model ID in the file, its counts, tier mix and batch
 * share, lifecycle as of `today`, and its usage priced at the catalog's prices for the tier it
 * ran on. An ID the catalog does not know keeps its tokens and has no cost (never $0); totals
 * say which tokens they leave out.
 */
import { daysUntilShutdown, effectiveStatus, isCallable, isRetiringSoon } from "@/lib/catalog/lifecycle";
import type { LifecycleStatus } from "@/lib/catalog/types";
import { Dec } from "@/lib/cost/decimal";
import { toPlain } from "@/lib/cost/price";

import { priceCounts, type CellCost } from "./bill";
import type { CatalogIndex } from "./catalog";
import { addCounts, countsOf, totalTokens, zeroCounts } from "./cells";
import { toMonthly } from "./period";
import { tierLabel } from "./tiers";
import type { TokenCounts, UsageAggregate, UsageTier } from "./types";

export type TierUsage = { tier: UsageTier; label: string; counts: TokenCounts; cost: CellCost | null };

export type ModelLifecycle = {
  status: LifecycleStatus;
  shutdownDate: string | null;
  daysUntilShutdown: number | null;
  callable: boolean;
  retiringSoon: boolean;
  /** The catalog's first recommended replacement, whether or not the catalog lists it. */
  replacementId: string | null;
};

export type ModelIdentity =
  | {
      known: true;
      catalogId: string;
      /** The alias a snapshot resolves to. */ familyId: string;
      displayName: string;
      reasoning: boolean | null;
    }
  | { known: false; reason: "no-model" | "fine-tuned" | "not-in-catalog"; base: string | null; message: string };

export type ModelCost = {
  /** Exact USD over the file's period, priced parts only. */
  amount: string;
  /** The same normalised to 30 days; null when the file has no period. */
  monthly: string | null;
  complete: boolean;
  lowerBound: boolean;
  /** Tokens the amount leaves out (no price for their kind or tier), and why. */
  unpricedTokens: number;
  unpricedReasons: string[];
  notes: string[];
};

export type ModelUsage = {
  /** The ID as the file writes it. */
  model: string;
  identity: ModelIdentity;
  counts: TokenCounts;
  tiers: TierUsage[];
  /** Shares of requests and of tokens that ran through Batch, 0–1. */
  batchShare: { requests: number; tokens: number };
  lifecycle: ModelLifecycle | null;
  /** null for a model the catalog does not know: its cost is unknown, not zero. */
  cost: ModelCost | null;
};

export type Exclusion = { model: string; tokens: number; reason: string };

export type UsageTotals = {
  counts: TokenCounts;
  amount: string;
  monthly: string | null;
  /** false when some tokens are left out (see `excluded`). */
  complete: boolean;
  lowerBound: boolean;
  excluded: Exclusion[];
};

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function lifecycleOf(l: Parameters<typeof effectiveStatus>[0], today: string): ModelLifecycle {
  return {
    status: effectiveStatus(l, today),
    shutdownDate: l.shutdownDate,
    daysUntilShutdown: daysUntilShutdown(l, today),
    callable: isCallable(l, today),
    retiringSoon: isRetiringSoon(l, today),
    replacementId: l.replacements[0]?.id ?? null,
  };
}

export function identityOf(index: CatalogIndex, model: string): ModelIdentity {
  const r = index.resolve(model);
  if (!r.known) return { known: false, reason: r.reason, base: r.base, message: r.message };
  return {
    known: true,
    catalogId: r.model.id,
    familyId: r.family.id,
    displayName: r.family.displayName,
    reasoning: r.model.reasoning,
  };
}

/** Per model ID, in the file's order of IDs (sorted), each with its tiers. */
export function usageByModel(
  aggregate: UsageAggregate,
  index: CatalogIndex,
  today: string,
  seconds: number | null,
): ModelUsage[] {
  const byModel = new Map<string, TierUsage[]>();
  for (const cell of aggregate.cells) {
    const { model, tier } = cell;
    const counts = countsOf(cell);
    const list = byModel.get(model) ?? [];
    const entry = index.get(model);
    list.push({ tier, label: tierLabel(tier), counts, cost: entry ? priceCounts(entry.priced, counts, tier) : null });
    byModel.set(model, list);
  }
  return [...byModel.entries()].map(([model, tiers]) => {
    const counts = zeroCounts();
    // Cells were summed exactly when parsed; their sum per model cannot be larger than the file's total.
    for (const t of tiers) addCounts(counts, t.counts);
    const batch = tiers.find((t) => t.tier === "batch")?.counts ?? zeroCounts();
    const entry = index.get(model);
    let cost: ModelCost | null = null;
    if (entry) {
      const costs = tiers.map((t) => t.cost!);
      const amount = toPlain(costs.reduce((s, c) => s.add(c.amount), new Dec(0)));
      const unpriced = costs.flatMap((c) => c.parts.filter((p) => p.amount === null));
      cost = {
        amount,
        monthly: seconds ? toMonthly(amount, seconds) : null,
        complete: costs.every((c) => c.complete),
        lowerBound: costs.some((c) => c.lowerBound),
        unpricedTokens: unpriced.reduce((n, p) => n + p.tokens, 0),
        unpricedReasons: [...new Set(unpriced.map((p) => p.note ?? "no price"))],
        notes: [...new Set(costs.flatMap((c) => c.notes))],
      };
    }
    return {
      model,
      identity: identityOf(index, model),
      counts,
      tiers,
      batchShare: { requests: share(batch.requests, counts.requests), tokens: share(totalTokens(batch), totalTokens(counts)) },
      lifecycle: entry ? lifecycleOf(entry.lifecycle, today) : null,
      cost,
    };
  });
}

/** The file's bill at catalog prices: priced parts summed, and what is left out named. */
export function totalsOf(models: readonly ModelUsage[], seconds: number | null): UsageTotals {
  const counts = zeroCounts();
  for (const m of models) addCounts(counts, m.counts);
  const amount = toPlain(models.reduce((s, m) => (m.cost ? s.add(m.cost.amount) : s), new Dec(0)));
  const excluded: Exclusion[] = [];
  for (const m of models) {
    if (!m.identity.known) excluded.push({ model: m.model, tokens: totalTokens(m.counts), reason: m.identity.message });
    else if (m.cost && m.cost.unpricedTokens > 0) {
      excluded.push({ model: m.model, tokens: m.cost.unpricedTokens, reason: m.cost.unpricedReasons.join(" ") });
    }
  }
  return {
    counts,
    amount,
    monthly: seconds ? toMonthly(amount, seconds) : null,
    complete: excluded.length === 0,
    lowerBound: models.some((m) => m.cost?.lowerBound),
    excluded,
  };
}
