import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { ChartsView } from "@/components/charts/charts-view";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { listBenchmarks } from "@/lib/charts/benchmarks";
import { toChartModels } from "@/lib/charts/models";
import { ignoredChartsParams } from "@/lib/url/charts";

export const metadata: Metadata = {
  title: "Charts",
  description: "Benchmark scores, prices, context windows and quality against price of OpenAI's small models, drawn from the sourced catalog.",
};

/**
 * Dynamic: the page reads the link's choices so its first HTML already holds the chosen
 * headings, notes and table twins; the charts themselves load lazily in the browser.
 */
export default async function ChartsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const today = getToday();
  const models = toChartModels(loadCatalog(), today);
  const benchmarks = listBenchmarks(models);
  const ignored = ignoredChartsParams(params, {
    benchmarks: new Set(benchmarks.map((b) => b.slug)),
    models: new Set(models.filter((m) => m.kind !== "snapshot").map((m) => m.id)),
  });

  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Charts: the catalog at a glance</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Which model scores best, which is cheapest, which reads the longest documents, and which gives the most quality per
          dollar. Every figure comes from the catalog with its source; each chart has a table twin and a CSV download with the
          same numbers.
        </p>
      </div>
      <IgnoredParamsNotice ignored={ignored} />
      <ChartsView models={models} benchmarks={benchmarks} today={today} />
    </div>
  );
}
