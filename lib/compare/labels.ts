/**
 * Labels and the row filter the compare view's client code needs, in a module that imports
 * nothing heavy: the browser bundle must not pull lib/cost/price.ts (and decimal.js with it).
 * Tier names come from lib/cost/tiers.ts for the same reason.
 */
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

/** The rows the view shows: all, or only those whose values differ. */
export function visibleRows(rows: CompareRow[], diffOnly: boolean): CompareRow[] {
  return diffOnly ? rows.filter((r) => r.differs) : rows;
}
