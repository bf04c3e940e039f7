import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { ChartsView } from "@/components/charts/charts-view";
import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { linkProblems } from "@/lib/url/link-guard";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { listBenchmarks } from "@/lib/charts/benchmarks";
import { toChartModels } from "@/lib/charts/models";
import { ignoredChartsParams, chartsUrlKeys } from "@/lib/url/charts";
import { shareMetadata } from "@/lib/share/metadata";
import { siteOrigin } from "@/lib/share/origin";
import { chartsShare } from "@/lib/share/views";

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { title, description, query } = chartsShare(await searchParams);
  return shareMetadata({ view: "charts", path: "/charts", title, description, query, origin: await siteOrigin() });
}

/**
 * Dynamic: the page reads the link's choices so its first HTML already holds the chosen
 * headings, notes and table twins; the charts themselves load lazily in the browser.
 */
export default async function ChartsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const today = getToday();
  const catalog = loadCatalog();
  const models = toChartModels(catalog, today);
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
          dollar. Every figure comes from the catalog with its source; each chart has a table twin and CSV and JSON downloads
          with the same numbers.
        </p>
      </div>
      <IgnoredParamsNotice ignored={ignored} />
      <LinkProblemsNotice problems={linkProblems(params, Object.values(chartsUrlKeys))} />
      <ChartsView models={models} benchmarks={benchmarks} today={today} verifiedOn={latestVerifiedOn(catalog)} />
    </div>
  );
}
