import "server-only";

/**
 * The catalog page (/) from its link: the sanitised state, the link report, and the rows the
 * island filters and sorts. Called once per request (see lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";

import { loadCatalog } from "@/lib/catalog/load";
import { toCatalogRow, type CatalogRow } from "@/lib/catalog/rows";
import { getToday } from "@/lib/catalog/today";
import { todaysAnswer, type TodaysAnswer } from "@/lib/catalog/todays-answer";
import { latestVerifiedOn } from "@/lib/catalog/verified";

import { catalogLink, serializeCatalog, type CatalogState } from "./catalog";
import { settleCatalogState } from "./catalog-settle";
import { readLink, type ViewPage } from "./page";

export type CatalogPage = ViewPage<CatalogState> & {
  /** Every model ID as a table row (snapshots included; the table groups them). */
  rows: CatalogRow[];
  /** Family names, sorted: the filter's choices. */
  families: string[];
  /** The panel above the table (and the default link's share text). */
  answer: TodaysAnswer;
};

/** The answer changes only with the day (the catalog is read once per process). */
let memo: TodaysAnswer | null = null;
function answerFor(catalog: Parameters<typeof todaysAnswer>[0], today: string): TodaysAnswer {
  if (memo?.today !== today) memo = todaysAnswer(catalog, today);
  return memo;
}

export function loadCatalogPage(searchParams: SearchParams): CatalogPage {
  const catalog = loadCatalog();
  const today = getToday();
  const ids = new Set(catalog.map((e) => e.id));
  const families = [...new Set(catalog.map((e) => e.family))].sort();
  const link = readLink(searchParams, catalogLink, { ids, families: new Set(families) });
  // A selection over compare's limit or contradicting filters: resolved, and said so.
  const settled = settleCatalogState(link.state);
  return {
    ...link,
    state: settled.state,
    problems: [...link.problems, ...settled.problems],
    query: serializeCatalog(settled.state),
    verifiedOn: latestVerifiedOn(catalog),
    rows: catalog.map((e) => toCatalogRow(e, today, ids)),
    families,
    answer: answerFor(catalog, today),
  };
}
