/**
 * "What does this workload cost today, and on what?": the cheapest small model you can build on
 * (the headline rule, lib/catalog/headline.ts), with a cheaper sooner-retiring one named second.
 * Aliases and un-versioned IDs only: a dated snapshot priced like its alias would repeat it.
 */
import { headlinePick, type Headline } from "@/lib/catalog/headline";
import type { CatalogEntry } from "@/lib/catalog/types";

import { Dec } from "./decimal";
import { monthlyCost } from "./price";
import { toPricedModel } from "./priced-model";
import type { ServiceTier, Workload } from "./types";

export type PricedEntry = { entry: CatalogEntry; perMonth: string };

export function cheapestLasting(
  catalog: readonly CatalogEntry[],
  workload: Workload,
  today: string,
  tier: ServiceTier = "standard",
): Headline<PricedEntry> {
  const priced: PricedEntry[] = [];
  for (const entry of catalog) {
    if (entry.size !== "small" || entry.kind === "snapshot") continue;
    const cost = monthlyCost(toPricedModel(entry), workload, tier);
    if (cost.ok) priced.push({ entry, perMonth: cost.perMonth });
  }
  return headlinePick(priced, {
    lifecycle: (p) => p.entry.lifecycle,
    better: (a, b) => new Dec(a.perMonth).comparedTo(b.perMonth),
    today,
  });
}
