import { NextResponse, type NextRequest } from "next/server";

import { modelProxy } from "@/app/_lib/model-proxy";
import { getToday } from "@/lib/catalog/today";
import { pageCacheControl, sharedCacheCap } from "@/lib/http/lifetime";
import { dayRewrite, isDayPath } from "@/lib/url/day-path";

/** The request headers Next's pages vary on (it sends the same list on the pages themselves). */
const ROUTER_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

/** Any path no route has: the app's not-found page answers it. */
const NOWHERE = "/day-pages-are-internal";

/**
 * Runs before the router on view pages, model pages and the internal /day/ pages:
 * - /day/…: internal (lib/url/day-path.ts), a 404 when asked for directly, so nobody can make
 *   the server render and keep pages for days of their choosing;
 * - /models/<id>: a wrong case or an unknown ID is answered here (app/_lib/model-proxy.ts);
 * - a page that depends only on the day is served from today's prerendered copy;
 * - every page may be kept by shared caches, never past the next UTC midnight
 *   (lib/http/lifetime.ts), with a Vary on the router's headers.
 *
 * Next hides its router headers (RSC, Next-Router-*) and `_rsc` from this function, so it cannot
 * tell a client navigation from a document request by them. The app's navigations are fetch()es
 * (Sec-Fetch-Dest: empty): they keep Next's private answer. Anything else that carries RSC (a
 * script, say) still gets `_rsc`-keyed URLs or the Vary below, so a cache never hands a document
 * request an RSC payload or the 307 that adds `_rsc`.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isDayPath(pathname)) return NextResponse.rewrite(new URL(NOWHERE, request.url), { status: 404 });
  const model = modelProxy(request);
  if (model) return model;
  const appFetch = request.headers.get("sec-fetch-dest") === "empty";
  const shared = (request.method === "GET" || request.method === "HEAD") && !appFetch;
  const headers = shared ? { "Cache-Control": pageCacheControl(new Date(), sharedCacheCap()), Vary: ROUTER_VARY } : undefined;
  const target = dayRewrite(pathname, search, getToday());
  if (!target) return NextResponse.next({ headers });
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url, { headers });
}

// A literal: Next reads the matcher statically at build time. Every path of DAY_VIEW_PATHS, the
// model pages, /sources and the internal /day/ paths.
export const config = {
  matcher: [
    "/",
    "/calculator",
    "/charts",
    "/wizard",
    "/compare",
    "/migrate",
    "/usage",
    "/changes",
    "/article",
    "/sources",
    "/models/:path*",
    "/day",
    "/day/:path*",
  ],
};
