/**
 * Prices through time. Each price figure of a model is a dated series: its superseded entries
 * (the file's `priceHistory`) and its current price, each in force from its `effectiveFrom` until
 * the next one. "The price on a day" is the entry in force that day; before the first entry a
 * figure has no price yet. Pure: the caller passes the day (lib/catalog/today.ts for "today").
 */
import { currentPrice, PRICE_FIGURES, type PriceFigure } from "./schema";
import type { CatalogEntry, Pricing, TierPrice } from "./types";

export type PricePoint = {
  /** First day in force; null when only "since the model existed" is known (no release date). */
  effectiveFrom: string | null;
  value: number | null;
  source: string;
  note?: string;
};

type Priced = Pick<CatalogEntry, "pricing" | "priceHistory" | "releaseDate">;

/** One figure's series, oldest first, the current price last; [] when the tier is not offered. */
export function priceSeries(entry: Priced, figure: PriceFigure): PricePoint[] {
  const history: PricePoint[] = entry.priceHistory
    .filter((h) => h.figure === figure)
    .map(({ effectiveFrom, value, source, note }) => ({ effectiveFrom, value, source, ...(note ? { note } : {}) }));
  const current = currentPrice(entry.pricing, figure);
  if (!current) return history;
  const { effectiveFrom, value, source, note } = current;
  return [...history, { effectiveFrom: effectiveFrom ?? entry.releaseDate.value, value, source, ...(note ? { note } : {}) }];
}

/** Every figure that has a series (tiers not offered have none). */
export function allPriceSeries(entry: Priced): Partial<Record<PriceFigure, PricePoint[]>> {
  const out: Partial<Record<PriceFigure, PricePoint[]>> = {};
  for (const figure of PRICE_FIGURES) {
    const series = priceSeries(entry, figure);
    if (series.length) out[figure] = series;
  }
  return out;
}

/** The entry of a series in force on `day`; null before the first one. */
export function pointOn(series: readonly PricePoint[], day: string): PricePoint | null {
  let found: PricePoint | null = null;
  for (const p of series) if (p.effectiveFrom === null || p.effectiveFrom <= day) found = p;
  return found;
}

/** A figure as it read on `day`, in the shape of a current price. */
function factOn(entry: Priced, figure: PriceFigure, day: string) {
  const series = priceSeries(entry, figure);
  const point = pointOn(series, day);
  if (point)
    return {
      value: point.value,
      source: point.source,
      ...(point.note ? { note: point.note } : {}),
      ...(point.effectiveFrom ? { effectiveFrom: point.effectiveFrom } : {}),
    };
  const first = series[0] as PricePoint;
  return {
    value: null,
    source: first.source,
    note: `not priced yet on ${day}: the first known price applies from ${first.effectiveFrom}`,
  };
}

function tierOn(entry: Priced, tier: "standard" | "batch" | "flex" | "fast", day: string): TierPrice | null {
  if (!entry.pricing[tier]) return null;
  return {
    input: factOn(entry, `${tier}.input`, day),
    cachedInput: factOn(entry, `${tier}.cachedInput`, day),
    output: factOn(entry, `${tier}.output`, day),
  };
}

/**
 * The pricing block in force on `day`: every figure replaced by its series' entry for that day.
 * Tiers not offered stay null, and the long-context rule is not dated (it has no history).
 */
export function pricingOn(entry: Priced, day: string): Pricing {
  return {
    standard: tierOn(entry, "standard", day) as TierPrice,
    ...(entry.pricing.cacheWrite ? { cacheWrite: factOn(entry, "cacheWrite", day) } : {}),
    batch: tierOn(entry, "batch", day),
    flex: tierOn(entry, "flex", day),
    fast: tierOn(entry, "fast", day),
    longContext: entry.pricing.longContext,
  };
}

/** Every entry of a catalog with its prices as they stood on `day`. */
export function catalogOn<E extends Priced>(entries: readonly E[], day: string): E[] {
  return entries.map((e) => ({ ...e, pricing: pricingOn(e, day) }));
}
