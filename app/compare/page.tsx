import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { CompareView } from "@/components/compare/compare-view";
import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { loadComparePage } from "@/lib/compare/page-data";
import { shareMetadata } from "@/lib/share/metadata";
import { siteOrigin } from "@/lib/share/origin";
import { compareShare } from "@/lib/share/views";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { title, description, query } = compareShare(await searchParams);
  return shareMetadata({ view: "compare", path: "/compare", title, description, query, origin: await siteOrigin() });
}

export default async function ComparePage({ searchParams }: Props) {
  const data = loadComparePage(await searchParams);
  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Compare models</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Two to four model IDs side by side: prices per tier, limits, modalities, reasoning, features, benchmarks,
          speed and lifecycle. Rows that differ are marked, and so is the best value in each row.
        </p>
      </div>
      <IgnoredParamsNotice ignored={data.ignored} />
      <LinkProblemsNotice problems={data.problems} />
      <CompareView table={data.table} options={data.options} verifiedOn={data.verifiedOn} calculatorLink={data.calculatorLink} />
    </div>
  );
}
