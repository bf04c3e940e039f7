/**
 * From the export's `batch` and `service_tier` to the catalog's tiers. The Usage API writes
 * "default" for standard processing and "priority" for what OpenAI renamed "Fast mode"; Batch
 * is a flag of its own. A tier the catalog has no prices for keeps its name and stays unpriced.
 */
import { SERVICE_TIERS, TIER_LABEL } from "@/lib/cost/tiers";

import type { ServiceTier, UsageTier } from "./types";

const NAMES: Record<string, ServiceTier> = {
  default: "standard",
  auto: "standard",
  standard: "standard",
  flex: "flex",
  priority: "fast",
  fast: "fast",
  batch: "batch",
};

/** Longest raw tier name kept; longer text is cut (it only labels unpriced usage). */
const MAX_RAW_TIER = 32;

export function usageTier(batch: boolean | null, serviceTier: string | null): UsageTier {
  if (batch) return "batch";
  const raw = (serviceTier ?? "").trim().toLowerCase();
  if (raw === "") return "standard";
  const known = NAMES[raw];
  if (known) return known;
  const cleaned = raw.replace(/[^a-z0-9_-]+/g, "-").slice(0, MAX_RAW_TIER);
  return `other:${cleaned || "unnamed"}`;
}

export function isServiceTier(t: string): t is ServiceTier {
  return (SERVICE_TIERS as readonly string[]).includes(t);
}

export function tierLabel(t: UsageTier): string {
  return isServiceTier(t) ? TIER_LABEL[t] : `“${t.slice("other:".length)}” tier`;
}

/** Catalog tiers in picker order, then other tiers by name. */
export function compareTiers(a: UsageTier, b: UsageTier): number {
  const ia = isServiceTier(a) ? SERVICE_TIERS.indexOf(a) : SERVICE_TIERS.length;
  const ib = isServiceTier(b) ? SERVICE_TIERS.indexOf(b) : SERVICE_TIERS.length;
  return ia - ib || (a < b ? -1 : a > b ? 1 : 0);
}
