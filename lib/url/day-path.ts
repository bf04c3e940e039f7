/**
 * Pages that depend only on the day (each view with no query string, every model page, the
 * article) are prerendered once per day under /day/<YYYY-MM-DD>/<path>: the proxy (proxy.ts)
 * rewrites the public URL to today's copy, so the day is part of the framework's cache key.
 * A copy is never served on another day, and nothing expires it by a timer. The /day/ paths
 * themselves are internal: the proxy answers them with a 404 when asked for directly.
 */
import { ARTICLE_PATH } from "./article";
import { MODELS_PATH } from "./model";

export const DAY_PREFIX = "/day";

/** The views whose default state (no query string) is prerendered per day. */
export const DAY_VIEW_PATHS: readonly string[] = [
  "/",
  "/calculator",
  "/charts",
  "/wizard",
  "/compare",
  "/migrate",
  "/usage",
  "/changes",
];

/** Pages with no URL state at all: always today's copy, whatever query a link adds (utm_…). */
const STATELESS_PREFIXES: readonly string[] = [`${MODELS_PATH}/`];
const STATELESS_PATHS: readonly string[] = [ARTICLE_PATH];

/** "/calculator" on 2026-12-02 → "/day/2026-12-02/calculator"; "/" → "/day/2026-12-02". */
export function dayPath(day: string, path: string): string {
  return `${DAY_PREFIX}/${day}${path === "/" ? "" : path}`;
}

export function isDayPath(pathname: string): boolean {
  return pathname === DAY_PREFIX || pathname.startsWith(`${DAY_PREFIX}/`);
}

/**
 * Where today's copy of a public path lives, or null when the path is rendered per request (a
 * view with a query string reads its link; anything else is not a day page). `search` is the
 * raw query string ("" or "?…"); Next's own `_rsc` (a client navigation's cache-buster) is no
 * part of the state.
 */
export function dayRewrite(pathname: string, search: string, day: string): string | null {
  if (STATELESS_PATHS.includes(pathname) || STATELESS_PREFIXES.some((p) => pathname.startsWith(p))) {
    return dayPath(day, pathname);
  }
  const params = new URLSearchParams(search);
  params.delete("_rsc");
  if ([...params.keys()].length > 0) return null;
  return DAY_VIEW_PATHS.includes(pathname) ? dayPath(day, pathname) : null;
}
