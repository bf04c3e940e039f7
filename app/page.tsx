import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { CatalogView } from "@/components/catalog/catalog-view";
import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { linkProblems } from "@/lib/url/link-guard";
import { loadCatalog } from "@/lib/catalog/load";
import { toCatalogRow } from "@/lib/catalog/rows";
import { getToday } from "@/lib/catalog/today";
import { shareMetadata, SITE_NAME } from "@/lib/share/metadata";
import { siteOrigin } from "@/lib/share/origin";
import { catalogShare } from "@/lib/share/views";
import { ignoredCatalogParams, catalogUrlKeys } from "@/lib/url/catalog";

/** Title, description and share image describe the linked filters and sort. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { title, description, query } = catalogShare(await searchParams);
  // The layout's title template does not reach its own segment's page: name the site here.
  return shareMetadata({ view: "catalog", path: "/", title: `${title} · ${SITE_NAME}`, description, query, origin: await siteOrigin() });
}

export default async function CatalogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const catalog = loadCatalog();
  const today = getToday();
  const ids = new Set(catalog.map((e) => e.id));
  const rows = catalog.map((e) => toCatalogRow(e, today, ids));
  const families = [...new Set(catalog.map((e) => e.family))].sort();
  const ignored = ignoredCatalogParams(params, { ids, families: new Set(families) });

  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">OpenAI small models: the catalog</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Every model ID, alias and dated snapshot, with standard-tier prices per 1M tokens, limits, capabilities and
          lifecycle. Each figure links to its source on the model&apos;s page. Several models from the April 2025
          comparisons are now shut down or retiring; their rows say where to go.
        </p>
      </div>
      <IgnoredParamsNotice ignored={ignored} />
      <LinkProblemsNotice problems={linkProblems(params, Object.values(catalogUrlKeys))} />
      <CatalogView rows={rows} families={families} />
    </div>
  );
}
