import { ChartsView } from "@/components/charts/charts-view";
import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { chartsShare } from "@/lib/share/views";
import { CHARTS_PATH } from "@/lib/url/charts";
import { loadChartsPage } from "@/lib/url/charts-page";

import { viewRoute, type ViewProps } from "../_lib/view-route";

const route = viewRoute({ view: "charts", path: CHARTS_PATH, load: loadChartsPage, share: chartsShare });

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export const generateMetadata = route.generateMetadata;

/**
 * Dynamic: the page reads the link's choices so its first HTML already holds the chosen
 * headings, notes and table twins; the charts themselves load lazily in the browser.
 */
export default async function ChartsPage({ searchParams }: ViewProps) {
  const page = await route.loadPage(searchParams);
  return (
    <div className="space-y-5">
      <PageHeader title="Charts: the catalog at a glance">
        Which model scores best, which is cheapest, which reads the longest documents, and which gives the most quality per
        dollar. Every figure comes from the catalog with its source; each chart has a table twin and CSV and JSON downloads with
        the same numbers.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <ChartsView
        models={page.models}
        benchmarks={page.benchmarks}
        today={page.today}
        verifiedOn={page.verifiedOn}
        initial={page.state}
      />
    </div>
  );
}
