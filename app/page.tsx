import { CatalogView } from "@/components/catalog/catalog-view";
import { TodaysAnswer } from "@/components/catalog/todays-answer";
import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { catalogShare } from "@/lib/share/views";
import { CATALOG_PATH } from "@/lib/url/catalog";
import { loadCatalogPage } from "@/lib/url/catalog-page";

import { viewRoute, type ViewProps } from "./_lib/view-route";

const route = viewRoute({ view: "catalog", path: CATALOG_PATH, load: loadCatalogPage, share: catalogShare, nameSite: true });

/** Title, description and share image describe the linked filters and sort. */
export const generateMetadata = route.generateMetadata;

export default async function CatalogPage({ searchParams }: ViewProps) {
  const page = await route.loadPage(searchParams);
  return (
    <div className="space-y-5">
      <PageHeader title="OpenAI small models: the catalog">
        Every model ID, alias and dated snapshot, with standard-tier prices per 1M tokens, limits, capabilities and lifecycle.
        Each figure links to its source on the model&apos;s page. Several models from the April 2025 comparisons are now shut down
        or retiring: the table lists the models you can call first, and their rows say where to go.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <TodaysAnswer answer={page.answer} />
      <CatalogView rows={page.rows} families={page.families} initial={page.state} />
    </div>
  );
}
