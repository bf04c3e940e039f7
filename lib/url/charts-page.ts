import "server-only";

/**
 * The charts page from its link: the sanitised state, the link report, and the chart models
 * and benchmarks the island draws from. Called once per request (see lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";

import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { listBenchmarks, type BenchmarkInfo } from "@/lib/charts/benchmarks";
import { toChartModels } from "@/lib/charts/models";
import type { ChartModel } from "@/lib/charts/types";

import { chartsLink, type ChartsState } from "./charts";
import { readLink, type ViewPage } from "./page";

export type ChartsPage = ViewPage<ChartsState> & { models: ChartModel[]; benchmarks: BenchmarkInfo[]; today: string };

export function loadChartsPage(searchParams: SearchParams): ChartsPage {
  const catalog = loadCatalog();
  const today = getToday();
  const models = toChartModels(catalog, today);
  const benchmarks = listBenchmarks(models);
  const known = {
    benchmarks: new Set(benchmarks.map((b) => b.slug)),
    models: new Set(models.filter((m) => m.kind !== "snapshot").map((m) => m.id)),
  };
  return {
    ...readLink(searchParams, chartsLink, known),
    verifiedOn: latestVerifiedOn(catalog),
    models,
    benchmarks,
    today,
  };
}
