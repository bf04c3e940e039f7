/**
 * Price chart data: input, cached input and output per 1M tokens on one service tier.
 * A tier the model does not offer and a price that is not published are listed, never drawn.
 */
import { STANDING_ORDER } from "@/lib/catalog/headline";

import { pickLabel } from "./labels";
import { sameRates } from "./models";
import type { ChartModel, ChartModelLabel, ServiceTier } from "./types";

export const PRICE_KEYS = ["input", "cachedInput", "output"] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

export type PriceBar = ChartModelLabel & Record<PriceKey, number | null>;

export type PriceChart = {
  tier: ServiceTier;
  /** Models with at least one published price on the tier: those that stay callable first, then retiring, then gone; cheapest input first in each. */
  bars: PriceBar[];
  /** The model publishes no price on this tier at all. */
  notOffered: ChartModelLabel[];
  /** The tier is listed for the model but its prices are not published. */
  notPublished: ChartModelLabel[];
  /** Drawn models missing one of the three prices, e.g. "cached input: o3-mini". */
  gaps: { key: PriceKey; models: string[] }[];
};

const byNullsLast = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

export function buildPriceChart(shown: readonly ChartModel[], tier: ServiceTier): PriceChart {
  const byId = new Map(shown.map((m) => [m.id, m]));
  const bars: PriceBar[] = [];
  const notOffered: ChartModelLabel[] = [];
  const notPublished: ChartModelLabel[] = [];
  for (const m of shown) {
    const r = m.tiers[tier];
    const published = r !== null && PRICE_KEYS.some((k) => r[k] !== null);
    if (m.kind === "snapshot") {
      // A snapshot is drawn only where it says something its alias does not.
      const alias = m.aliasId ? byId.get(m.aliasId) : undefined;
      if (!published || (alias && sameRates(alias.tiers[tier], r))) continue;
    }
    if (r === null) notOffered.push(pickLabel(m));
    else if (!published) notPublished.push(pickLabel(m));
    else bars.push({ ...pickLabel(m), input: r.input, cachedInput: r.cachedInput, output: r.output });
  }
  // The top bar reads as "the cheapest": models that stay callable come first (headline.ts).
  bars.sort(
    (a, b) =>
      STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing] ||
      byNullsLast(a.input, b.input) ||
      byNullsLast(a.output, b.output) ||
      a.id.localeCompare(b.id, "en"),
  );
  const gaps = PRICE_KEYS.map((key) => ({ key, models: bars.filter((b) => b[key] === null).map((b) => b.id) })).filter(
    (g) => g.models.length > 0,
  );
  return { tier, bars, notOffered, notPublished, gaps };
}
