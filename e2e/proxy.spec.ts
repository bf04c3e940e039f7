/**
 * The deployment of issue 14: nginx (deploy/nginx.conf) in front of two `next start` processes,
 * started here by scripts/proxy/stack.mjs exactly as `npm run serve:proxy` starts them, from the
 * build Playwright's webServer has just made (nothing is rebuilt), on ports of its own.
 *
 * The app's side of the contract: view pages answer ordinary GETs with
 * `Cache-Control: public, s-maxage=N, stale-while-revalidate=M` (N = NAVIGATOR_SHARED_CACHE_SECONDS,
 * capped at the next UTC midnight); requests with the `RSC` header (client navigations) are never
 * cached; other spellings of a state redirect (308) to its canonical link.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

import { ARTICLE_PATH } from "../lib/url/article";
import { DAY_VIEW_PATHS } from "../lib/url/day-path";
import { modelHref } from "../lib/url/model";
import type { ProxyStack } from "../scripts/proxy/stack.mjs";
import { trackErrors } from "./helpers";
import { DEFAULT_TODAY, PORT } from "./servers";

/** Clear of the e2e servers (PORT … PORT + 2) and of the bench's ports. */
const PROXY_PORT = PORT + 90;
const UPSTREAM_PORTS = [PORT + 91, PORT + 92];
const RUN_DIR = `${process.cwd()}/.next/proxy-e2e`;

/**
 * The view pages whose default view and links a shared cache may keep (the app's contract): the
 * views with URL state first (DAY_VIEW_PATHS; the junk links use those), then stateless pages.
 */
const VIEWS = [...DAY_VIEW_PATHS, ARTICLE_PATH, "/sources", modelHref("gpt-5.4-mini")];
/** Links to a state, as a user would paste them (redirected once to their canonical spelling if need be). */
const PERMALINKS = ["/?q=mini&sort=-context", "/calculator?retired=1&snap=1", "/compare?m=gpt-5.4-mini,gpt-5-mini"];

/** next.config.mjs's security headers: present once through the proxy, with the app's own values. */
const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
];

let stack: ProxyStack;
const proxied = (path: string) => stack.url + path;
/** The first `next start` itself, bypassing nginx (it listens on localhost: scripts/proxy/stack.mjs). */
const upstream = (path: string) => `http://localhost:${UPSTREAM_PORTS[0]}${path}`;
const cacheStatus = (res: APIResponse) => res.headers()["x-cache-status"] ?? "";

/**
 * A link as a user pastes it: its canonical path (the link itself, or where its 308 points: one
 * cache entry per state) and the first answer at that path.
 */
async function open(request: APIRequestContext, link: string): Promise<{ path: string; first: APIResponse }> {
  const res = await request.get(proxied(link), { maxRedirects: 0 });
  if (res.status() !== 308) return { path: link, first: res };
  const location = new URL(res.headers()["location"]!, stack.url);
  const path = location.pathname + location.search;
  return { path, first: await request.get(proxied(path), { maxRedirects: 0 }) };
}

/** The day the app rendered a calculator page for (its "as of" date input starts at today). */
function renderedDay(html: string): string | undefined {
  return /\\"today\\":\\"(\d{4}-\d{2}-\d{2})\\"/.exec(html)?.[1];
}

const sharedLifetime = (cacheControl: string) => ({
  sMaxAge: Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? NaN),
  swr: Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1] ?? 0),
});

/** Entries in nginx's cache directory (levels=1:2: two levels of folders, then one file per key). */
function cachedEntries(): number {
  const dir = path.join(RUN_DIR, "cache");
  let n = 0;
  for (const a of fs.readdirSync(dir)) {
    for (const b of fs.readdirSync(path.join(dir, a))) n += fs.readdirSync(path.join(dir, a, b)).length;
  }
  return n;
}

/** A small deterministic generator (mulberry32), so a failure names the same links on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * JUNK_LINKS links the views' loaders reject, none a state of its own: random bytes as keys and values,
 * values no enumerated parameter has, thousands of parameters, and links past the 64 KB limit.
 */
/** Enough for every kind of junk on every view many times over; more only lengthens `npm test`. */
const JUNK_LINKS = 400;

function junkLinks(): string[] {
  const next = random(14);
  const bytes = (n: number) =>
    Array.from(
      { length: n },
      () =>
        `%${Math.floor(next() * 256)
          .toString(16)
          .padStart(2, "0")}`,
    ).join("");
  const word = (n: number) => Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(next() * 26)]).join("");
  const links: string[] = [];
  for (let i = 0; i < JUNK_LINKS; i++) {
    const view = DAY_VIEW_PATHS[i % DAY_VIEW_PATHS.length]!; // the views with URL state
    switch (i % 5) {
      case 0:
        links.push(`${view}?${bytes(8)}=${bytes(16)}`);
        break;
      case 1:
        links.push(`/calculator?tier=${word(10)}`);
        break;
      case 2:
        links.push(`/?sort=${word(8)}`);
        break;
      case 3:
        links.push(`${view}?${Array.from({ length: 2000 }, (_, k) => `${word(2)}${k}=${bytes(1)}`).join("&")}`);
        break;
      default:
        links.push(`${view}?${word(3)}=${"x".repeat(100_000)}`);
    }
  }
  return links;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Loaded at run time: Playwright compiles specs to CommonJS, and this is an ES module.
  const { startProxyStack } = await import("../scripts/proxy/stack.mjs");
  stack = await startProxyStack({
    port: PROXY_PORT,
    host: "127.0.0.1",
    upstreamPorts: UPSTREAM_PORTS,
    runDir: RUN_DIR,
    env: { NAVIGATOR_TODAY: DEFAULT_TODAY },
  });
});

test.afterAll(async () => {
  await stack?.stop();
});

test("every view page: the second GET is answered from the proxy's cache", async ({ request }) => {
  test.setTimeout(90_000);
  for (const view of VIEWS) {
    const first = await request.get(proxied(view));
    expect(first.status(), view).toBe(200);
    expect(first.headers()["cache-control"], view).toMatch(/\bpublic\b.*\bs-maxage=\d+/);
    const second = await request.get(proxied(view));
    expect(cacheStatus(second), view).toBe("HIT");
    expect(await second.text(), view).toBe(await first.text());
  }
});

test("a permalink: MISS, then HIT, with the same body", async ({ request }) => {
  for (const link of PERMALINKS) {
    const { path, first } = await open(request, link);
    expect(path, link).toContain("?"); // still a state of its own, not the default view
    expect(first.status(), path).toBe(200);
    expect(cacheStatus(first), path).toBe("MISS");
    const second = await request.get(proxied(path));
    expect(cacheStatus(second), path).toBe("HIT");
    expect(await second.text(), path).toBe(await first.text());
  }
});

test("a request with the RSC header is never answered from the cache, nor given the cached HTML", async ({ request }) => {
  const { path } = await open(request, PERMALINKS[1]!);
  expect(cacheStatus(await request.get(proxied(path)))).toBe("HIT"); // the HTML is cached…
  for (let i = 0; i < 3; i++) {
    // …and an RSC request for the same URL (Next redirects a bare one to its `_rsc` form) is not.
    const rsc = await request.get(proxied(path), { headers: { RSC: "1" } });
    expect(cacheStatus(rsc)).toBe("BYPASS");
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    expect(await rsc.text()).not.toContain("<html");
  }
  // Nor did the RSC answers (or the 307 that sends a bare one to its `_rsc` URL) replace the page.
  const page = await request.get(proxied(path), { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(cacheStatus(page)).toBe("HIT");
  expect(page.headers()["content-type"]).toContain("text/html");
});

test("security headers pass through once, with the app's values", async ({ request }) => {
  for (const path of ["/", "/calculator", "/models/gpt-5.4-mini", "/no-such-page"]) {
    const direct = await request.get(upstream(path));
    const viaProxy = await request.get(proxied(path));
    for (const name of SECURITY_HEADERS) {
      const values = viaProxy.headersArray().filter((h) => h.name.toLowerCase() === name);
      expect(values.length, `${path} ${name}`).toBe(1);
      expect(values[0]!.value, `${path} ${name}`).toBe(direct.headers()[name]);
    }
    // The proxy names no version of itself.
    expect(viaProxy.headers()["server"], path).toBe("nginx");
  }
});

test("/_next/static/ files are immutable for a year and served from the proxy's cache", async ({ request }) => {
  const html = await (await request.get(proxied("/"))).text();
  const assets = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+\.(?:js|css)/g)].map((m) => m[0]))];
  expect(assets.length).toBeGreaterThan(2);
  for (const asset of assets.slice(0, 4)) {
    const first = await request.get(proxied(asset));
    expect(first.status(), asset).toBe(200);
    expect(first.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
    expect(cacheStatus(await request.get(proxied(asset))), asset).toBe("HIT");
  }
});

test("HTML is gzipped for clients that accept it, and plain for those that do not", async ({ request }) => {
  const { path } = await open(request, PERMALINKS[0]!);
  const gz = await request.get(proxied(path), { headers: { "Accept-Encoding": "gzip" } });
  expect(gz.headers()["content-encoding"]).toBe("gzip");
  expect(await gz.text()).toContain("</html>"); // Playwright decodes it
  // The same cached entry, uncompressed for a client without gzip.
  const plain = await request.get(proxied(path), { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(cacheStatus(plain)).toBe("HIT");
});

test("a link of up to 64 KB reaches the app through the proxy", async ({ request }) => {
  const long = `/?q=${"m".repeat(40_000)}`;
  const res = await request.get(proxied(long), { maxRedirects: 0 });
  expect(res.status()).toBeLessThan(500);
  expect(res.status()).not.toBe(414);
  expect(res.status()).not.toBe(431);
});

test("RSC navigation through the proxy: a nav link changes the page without a full reload", async ({ page }) => {
  const errors = trackErrors(page);
  const rscStatuses: string[] = [];
  page.on("response", async (res) => {
    if (res.request().headers()["rsc"] && res.url().startsWith(stack.url)) {
      rscStatuses.push((await res.headerValue("x-cache-status")) ?? "");
    }
  });
  await page.goto(proxied("/"));
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Calculator" }).click();
  await expect(page).toHaveURL(new RegExp(`^${stack.url}/calculator(\\?|$)`));
  await expect(nav.getByRole("link", { name: "Calculator" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Charts" }).click();
  await expect(page).toHaveURL(new RegExp(`^${stack.url}/charts(\\?|$)`));
  await expect(nav.getByRole("link", { name: "Charts" })).toHaveAttribute("aria-current", "page");
  // Still the document the first page loaded: the router fetched RSC payloads, not new pages.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(rscStatuses.length).toBeGreaterThan(0);
  expect(rscStatuses.filter((s) => s === "HIT")).toEqual([]);
  expect(errors).toEqual([]);
});

test("400 junk links: never a 5xx; redirects and refusals are never kept, pages with a notice are kept like any state", async ({
  request,
}) => {
  // A rejected link should cost the app no render (issue 14); on an idle machine this takes seconds.
  test.setTimeout(300_000);
  const links = junkLinks();
  expect(new Set(links).size).toBe(JUNK_LINKS);
  const before = cachedEntries();
  const statuses = new Map<number, number>();
  for (let i = 0; i < links.length; i += 20) {
    const batch = await Promise.all(links.slice(i, i + 20).map((l) => request.get(proxied(l), { maxRedirects: 0 })));
    for (const res of batch) statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
  }
  const summary = JSON.stringify(Object.fromEntries(statuses));
  expect(
    [...statuses.keys()].filter((s) => s >= 500),
    summary,
  ).toEqual([]);
  // A page that shows a notice is a page like any other linked state: kept until its lifetime
  // ends, within the cache's bounds (max_size, inactive), as valid states are (`in=1`, `in=2`, …
  // are as many). What is never kept: the 308s and the refusals (414 past 64 KB).
  expect(statuses.get(308) ?? 0, summary).toBeGreaterThan(0);
  expect(cachedEntries() - before, summary).toBeLessThanOrEqual(statuses.get(200) ?? 0);
});

test("content that changed upstream is not served past its lifetime", async ({ request }) => {
  test.setTimeout(120_000);
  const NEXT_DAY = "2026-11-26";
  // Short lifetimes for this test only; a link no earlier test has cached.
  await stack.restartUpstreams({ NAVIGATOR_TODAY: DEFAULT_TODAY, NAVIGATOR_SHARED_CACHE_SECONDS: "2" });
  const { path, first } = await open(request, "/calculator?retired=1");
  expect(renderedDay(await first.text())).toBe(DEFAULT_TODAY);
  const { sMaxAge, swr } = sharedLifetime(first.headers()["cache-control"] ?? "");
  expect(sMaxAge).toBe(2);
  const cachedAt = Date.now();
  expect(cacheStatus(await request.get(proxied(path)))).toBe("HIT");

  // New content upstream (another day), nginx and its cache untouched.
  await stack.restartUpstreams({ NAVIGATOR_TODAY: NEXT_DAY, NAVIGATOR_SHARED_CACHE_SECONDS: "2" });
  // nginx keeps its clock in whole seconds (and updates it once per event-loop turn): a second
  // and a half of slack past s-maxage, or a copy stored late in a second can still be fresh.
  await sleep(Math.max(0, cachedAt + sMaxAge * 1000 + 1_500 - Date.now()));
  // Past s-maxage the old copy may only be served as STALE/UPDATING (within stale-while-revalidate,
  // while one request renders the new one); the new day arrives within that window.
  const seen: string[] = [];
  for (;;) {
    const res = await request.get(proxied(path));
    const day = renderedDay(await res.text());
    seen.push(`${cacheStatus(res)} ${day}`);
    if (day === NEXT_DAY) break;
    expect(day, seen.join(", ")).toBe(DEFAULT_TODAY);
    expect(["STALE", "UPDATING"], seen.join(", ")).toContain(cacheStatus(res));
    expect(Date.now() - cachedAt, seen.join(", ")).toBeLessThan((sMaxAge + swr) * 1000 + 2_000);
    await sleep(250);
  }
  // And it is the new day that is cached now.
  const after = await request.get(proxied(path));
  expect(renderedDay(await after.text())).toBe(NEXT_DAY);
});
