/**
 * Bench harness, not a product page: the real catalog view and table fed a synthetic catalog
 * (scripts/bench/synthetic-catalog.ts) so `npm run bench` can time sorting 2,000 rows.
 * The `.bench.tsx` extension makes it a route only when NAVIGATOR_BENCH_HARNESS=1 adds that
 * extension to pageExtensions (next.config.mjs); production builds do not contain it.
 */
import type { SearchParams } from "nuqs/server";

import { CatalogView } from "@/components/catalog/catalog-view";
import { loadCatalogParams, sanitizeCatalogState } from "@/lib/url/catalog";
import { syntheticCatalog } from "@/scripts/bench/synthetic-catalog";

/** The size the issue asks the table to sort within budget. */
const DEFAULT_ROWS = 2000;
const MAX_ROWS = 20_000;

export default async function SyntheticCatalogHarness({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams; // dynamic like the real catalog page: nuqs reads the URL on the server
  const n = Math.min(MAX_ROWS, Math.max(1, Number(params.rows) || DEFAULT_ROWS));
  const { rows, families } = syntheticCatalog(n);
  // The real page's loader reads the real catalog; the harness sanitises against its synthetic one.
  const initial = sanitizeCatalogState(loadCatalogParams(params), {
    ids: new Set(rows.map((r) => r.id)),
    families: new Set(families),
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Bench harness: {n} synthetic models</h1>
      <CatalogView rows={rows} families={families} initial={initial} />
    </div>
  );
}
