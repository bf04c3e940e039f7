// The routes to measure, read from the build (so a newly merged view is measured without
// editing the bench) plus a concrete URL for each dynamic segment and a few linked states.
import fs from "node:fs";
import path from "node:path";

/** A concrete URL for each dynamic route (shared with e2e/resilience.spec.ts). */
export const SAMPLE_URLS = JSON.parse(fs.readFileSync(new URL("./sample-urls.json", import.meta.url), "utf8"));

/** Linked states worth measuring beside the default view (the catalog renders them on the server). */
export const EXTRA_URLS = [{ route: "/", url: "/?q=mini&sort=-context&live=true", label: "/ (linked state)" }];

/** Linked states measured through the proxy (scripts/bench/proxy.mjs) besides EXTRA_URLS: the calculator's heaviest table. */
export const PROXY_PERMALINKS = [
  { route: "/calculator", url: "/calculator?retired=1&snap=1", label: "/calculator (linked state)" },
];

/** Next's own routes and files that are not product pages. */
const SKIP = new Set(["/_global-error", "/_not-found"]);

/**
 * @returns {{ pages: {route: string, url: string, label: string}[], handlers: {route: string, url: string, label: string}[],
 *   missing: string[] }}
 */
export function discoverRoutes(projectDir, distDir = ".next") {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectDir, distDir, "app-path-routes-manifest.json"), "utf8"));
  const pages = [];
  const handlers = [];
  const missing = [];
  // Public routes first, so a day copy sharing a public route's URL is the one left out.
  const entries = Object.entries(manifest).sort(([, a], [, b]) => Number(a.startsWith("/day/")) - Number(b.startsWith("/day/")));
  for (const [entry, route] of entries) {
    if (SKIP.has(route)) continue;
    const isPage = entry.endsWith("/page");
    const dynamic = route.includes("[");
    const url = dynamic ? SAMPLE_URLS[route] : route;
    if (!url) {
      missing.push(route);
      continue;
    }
    // A day route's sample URL is its public path, often a route of its own: measure it once.
    const list = isPage ? pages : handlers;
    if (list.some((r) => r.url === url)) continue;
    const label = route === url || route.startsWith("/day/") ? url : `${route} (${url})`;
    list.push({ route, url, label });
  }
  const byRoute = (a, b) => a.route.localeCompare(b.route);
  pages.sort(byRoute);
  handlers.sort(byRoute);
  for (const extra of EXTRA_URLS) if (pages.some((p) => p.route === extra.route)) pages.push(extra);
  return { pages, handlers, missing };
}
