import "server-only";

/**
 * "Your bill" from its link: the state, the link report, the catalog facts the browser's
 * Web Worker prices with, and, when the link carries a usage summary, the whole view of it
 * (so a shared link shows the same figures in its first HTML, marked "from a shared summary").
 * Called once per request (see lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";

import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { toUsageCatalog, type UsageCatalog } from "@/lib/usage/catalog";
import { decodeUsageSummary } from "@/lib/usage/permalink";
import { usageView, type UsageView } from "@/lib/usage/view";

import { readLink, type ViewPage } from "./page";
import { usageLink, usageReasoning, usageUrlKeys, type UsageState } from "./usage";

export type UsagePage = ViewPage<UsageState> & {
  catalog: UsageCatalog;
  today: string;
  /** The shared summary's view; null without one (or with one that cannot be read: see problems). */
  view: UsageView | null;
};

let usageCatalog: { entries: ReturnType<typeof loadCatalog>; catalog: UsageCatalog } | null = null;

/** Built once per loaded catalog (the loader caches the catalog for the process). */
function catalogFacts(): UsageCatalog {
  const entries = loadCatalog();
  if (usageCatalog?.entries !== entries) usageCatalog = { entries, catalog: toUsageCatalog(entries) };
  return usageCatalog.catalog;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function loadUsagePage(searchParams: SearchParams): UsagePage {
  const catalog = catalogFacts();
  const today = getToday();
  const link = readLink(searchParams, usageLink, null);
  const problems = [...link.problems];
  const raw = first(searchParams[usageUrlKeys.summary]);
  if (raw !== undefined && link.state.summary === null) {
    const decoded = decodeUsageSummary(raw);
    if (!decoded.ok) problems.push({ key: usageUrlKeys.summary, message: decoded.message });
  }
  const view = link.state.summary
    ? usageView(link.state.summary, catalog, { today, source: "link", reasoning: usageReasoning(link.state) })
    : null;
  return { ...link, problems, verifiedOn: latestVerifiedOn(loadCatalog()), catalog, today, view };
}
