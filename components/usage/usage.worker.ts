/**
 * The "Your bill" Web Worker: reads the chosen files and prices them off the main thread, so
 * the page stays responsive while a 20 MB export is parsed. Nothing leaves the browser: the
 * files arrive as Blobs from the page and only the computed view goes back.
 */
import { expose } from "comlink";

import type { UsageCatalog } from "@/lib/usage/catalog";
import type { ParseProgress, UsageAggregate, UsageInput } from "@/lib/usage/types";
import { loadUsageView, reanalyzeView, usageView, type UsageView, type UsageViewOptions } from "@/lib/usage/view";

const api = {
  load(
    inputs: UsageInput[],
    catalog: UsageCatalog,
    options: UsageViewOptions & { previousUsage?: UsageInput[] },
    onProgress?: (p: ParseProgress) => void,
  ) {
    return loadUsageView(inputs, catalog, { ...options, onProgress: onProgress ? (p) => void onProgress(p) : undefined });
  },
  reanalyze(view: UsageView, catalog: UsageCatalog, options: UsageViewOptions) {
    return reanalyzeView(view, catalog, options);
  },
  summaryView(summary: UsageAggregate, catalog: UsageCatalog, options: UsageViewOptions) {
    return usageView(summary, catalog, { ...options, source: "link" });
  },
};

export type UsageWorkerApi = typeof api;

expose(api);
