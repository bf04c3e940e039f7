import type { ServiceTier } from "@/lib/catalog/types";

/** Service tiers in the order the chooser lists them. */
export const SERVICE_TIERS = ["standard", "batch", "flex", "fast"] as const satisfies readonly ServiceTier[];

/**
 * Tier names as the calculator says them. Kept here (not imported from lib/cost/price) so the
 * charts' client code does not pull decimal.js into its bundle.
 */
export const TIER_NAME: Record<ServiceTier, string> = {
  standard: "Standard",
  batch: "Batch",
  flex: "Flex",
  fast: "Fast mode",
};
