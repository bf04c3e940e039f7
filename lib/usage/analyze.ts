/**
 * Everything the "Your bill" view shows for one usage aggregate, in one pure call: the period,
 * usage and cost per model, the totals and what they leave out, every model and tier repriced,
 * banners for retiring models, and the caveats the export's grouping implies.
 */
import { retirementBanners, type RetirementBanner } from "./banners";
import { CatalogIndex, type UsageCatalog } from "./catalog";
import { periodInfo, type PeriodInfo } from "./period";
import { repriceUsage, type Reprice, type RepriceOptions } from "./reprice";
import { totalsOf, usageByModel, type ModelUsage, type UsageTotals } from "./summary";
import type { UsageAggregate } from "./types";

export type UsageAnalysis = {
  period: PeriodInfo | null;
  models: ModelUsage[];
  totals: UsageTotals;
  reprice: Reprice;
  banners: RetirementBanner[];
  /** Caveats for the whole file, in the order to show them. */
  notes: string[];
};

export const NOTES = {
  noBatch:
    "The export does not say which requests ran through Batch (it was not grouped by batch): all usage is priced as not batched.",
  noTier:
    "The export does not say which service tier ran each request (it was not grouped by service_tier): all usage is priced at standard rates.",
  reasoning: "output_tokens include each model's reasoning tokens; the export cannot split them.",
  requestSize:
    "The export gives totals only: a model is ruled out only when the average request is beyond its limits; larger single requests cannot be checked.",
  noImages: "The export does not report image tokens, so models without image input are not ruled out on that ground.",
} as const;

export function analyzeUsage(
  aggregate: UsageAggregate,
  catalog: UsageCatalog | CatalogIndex,
  options: RepriceOptions,
): UsageAnalysis {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const period = aggregate.period ? periodInfo(aggregate.period) : null;
  const seconds = period?.seconds ?? null;
  const models = usageByModel(aggregate, index, options.today, seconds);
  const notes: string[] = [];
  if (aggregate.cells.length > 0) {
    if (!aggregate.reports.batch) notes.push(NOTES.noBatch);
    if (!aggregate.reports.serviceTier) notes.push(NOTES.noTier);
    if (aggregate.cells.some((c) => c.output > 0)) notes.push(NOTES.reasoning);
    notes.push(NOTES.requestSize);
    if (!aggregate.reports.imageTokens) notes.push(NOTES.noImages);
  }
  return {
    period,
    models,
    totals: totalsOf(models, seconds),
    reprice: repriceUsage(aggregate, index, options),
    banners: retirementBanners(aggregate, index, options),
    notes,
  };
}
