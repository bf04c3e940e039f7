/**
 * Service tiers and their names. A module of its own, free of decimal.js, so client views that
 * only need the names (charts, pickers) do not pull the money library into their bundle.
 */
import type { ServiceTier } from "@/lib/catalog/types";

/** In the order pickers list them. */
export const SERVICE_TIERS = ["standard", "batch", "flex", "fast"] as const satisfies readonly ServiceTier[];

export const TIER_LABEL: Record<ServiceTier, string> = {
  standard: "Standard",
  batch: "Batch",
  flex: "Flex",
  fast: "Fast mode",
};
