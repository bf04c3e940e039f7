import { CompareView } from "@/components/compare/compare-view";
import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { compareShare } from "@/lib/share/views";
import { COMPARE_PATH } from "@/lib/url/compare";
import { loadComparePage } from "@/lib/url/compare-page";

import { viewRoute, type ViewProps } from "../_lib/view-route";

const route = viewRoute({ view: "compare", path: COMPARE_PATH, load: loadComparePage, share: compareShare });

export const generateMetadata = route.generateMetadata;

export default async function ComparePage({ searchParams }: ViewProps) {
  const page = await route.loadPage(searchParams);
  return (
    <div className="space-y-5">
      <PageHeader title="Compare models">
        Two to four model IDs side by side: prices per tier, limits, modalities, reasoning, features, benchmarks, speed and
        lifecycle. Rows that differ are marked, and so is the best value in each row.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <CompareView
        table={page.table}
        options={page.options}
        verifiedOn={page.verifiedOn}
        calculatorLink={page.calculatorLink}
        initial={page.state}
        today={page.today}
      />
    </div>
  );
}
