/**
 * Labels the compare view's client code needs, in a module that imports nothing heavy: the
 * browser bundle must not pull lib/cost/price.ts (and decimal.js with it) just for names.
 */
import type { ServiceTier } from "@/lib/catalog/types";
import type { CompareRow, SectionId } from "./types";

export const SECTION_LABEL: Record<SectionId, string> = {
  model: "Model",
  lifecycle: "Lifecycle",
  cost: "Monthly cost",
  pricing: "Prices per 1M tokens",
  limits: "Limits",
  modalities: "Modalities",
  reasoning: "Reasoning",
  features: "Features",
  benchmarks: "Benchmarks",
  speed: "Speed",
};

/** Same names as lib/cost/price.ts TIER_LABEL (a unit test keeps them equal). */
export const TIER_NAME: Record<ServiceTier, string> = {
  standard: "Standard",
  batch: "Batch",
  flex: "Flex",
  fast: "Fast mode",
};

/** The rows the view shows: all, or only those whose values differ. */
export function visibleRows(rows: CompareRow[], diffOnly: boolean): CompareRow[] {
  return diffOnly ? rows.filter((r) => r.differs) : rows;
}
