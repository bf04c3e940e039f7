import type { CatalogEntry, TierPrice } from "@/lib/catalog/types";

import type { PricedModel, TierRates } from "./types";

function rates(t: TierPrice | null): TierRates | null {
  if (!t) return null;
  return { input: t.input.value, cachedInput: t.cachedInput.value, output: t.output.value };
}

/** The pricing-relevant numbers of a catalog entry (server side; the result is serializable). */
export function toPricedModel(entry: CatalogEntry): PricedModel {
  const p = entry.pricing;
  return {
    id: entry.id,
    tiers: { standard: rates(p.standard), batch: rates(p.batch), flex: rates(p.flex), fast: rates(p.fast) },
    longContext: p.longContext
      ? {
          thresholdTokens: p.longContext.thresholdTokens,
          inputMultiplier: p.longContext.inputMultiplier,
          outputMultiplier: p.longContext.outputMultiplier,
        }
      : null,
    contextWindow: entry.limits.contextWindow.value,
    maxInput: entry.limits.maxInput.value,
    maxOutput: entry.limits.maxOutput.value,
    reasoning: entry.reasoning.supported.value === true,
    cacheWrite: p.cacheWrite?.value ?? null,
  };
}
