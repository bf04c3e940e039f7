import "server-only";

import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { cache } from "react";

import { shareMetadata, SITE_NAME, type ShareView } from "@/lib/share/metadata";
import { configuredOrigin, siteOrigin } from "@/lib/share/origin";
import { searchParamsFromKey, searchParamsKey, type ViewPage } from "@/lib/url/page";

import { redirectToCanonical } from "./canonical-redirect";

export type ViewProps = { searchParams: Promise<SearchParams> };

/**
 * The query of a view's prerendered default (app/day/[day]/…): empty, and known to have no
 * request behind it, so the metadata takes the configured origin instead of reading a Host.
 */
export const PRERENDERED_QUERY: Promise<SearchParams> = Promise.resolve({});

/**
 * A view's route: its page loader, run once per request (React's cache(), which generateMetadata
 * and the page share; keyed by the query, since the two receive different objects) and
 * redirecting a link in another spelling of a state to the canonical one, and the metadata that
 * describes the linked state with the share text of lib/share/views.ts.
 */
export function viewRoute<P extends Pick<ViewPage<unknown>, "ignored" | "problems" | "query">>({
  view,
  path,
  load,
  share,
  nameSite = false,
}: {
  view: ShareView;
  path: string;
  load: (searchParams: SearchParams) => P;
  share: (page: P) => { title: string; description: string };
  /** The layout's title template does not reach the root segment's own page: name the site in its title. */
  nameSite?: boolean;
}) {
  const loadByKey = cache((key: string) => load(searchParamsFromKey(key)));
  // Every request reads its link here (metadata and page alike), so a link in another spelling
  // of a state is redirected before anything renders.
  const loadPage = async (searchParams: Promise<SearchParams>) => {
    const params = await searchParams;
    const page = loadByKey(searchParamsKey(params));
    await redirectToCanonical(path, params, page);
    return page;
  };

  async function generateMetadata({ searchParams }: ViewProps): Promise<Metadata> {
    const page = await loadPage(searchParams);
    const { title, description } = share(page);
    return shareMetadata({
      view,
      path,
      title: nameSite ? `${title} · ${SITE_NAME}` : title,
      description,
      query: page.query,
      // A prerendered page has no request to read a host from (reading one would make it dynamic).
      origin: searchParams === PRERENDERED_QUERY ? configuredOrigin() : await siteOrigin(),
    });
  }

  return { loadPage, generateMetadata };
}
