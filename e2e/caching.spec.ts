/**
 * What shared caches may keep, and one URL per state (proxy.ts, lib/http/lifetime.ts,
 * lib/url/canonical.ts, lib/url/day-path.ts). The e2e server runs without
 * NAVIGATOR_SHARED_CACHE_SECONDS, so lifetimes are the 10-minute cap or the time to midnight.
 */
import { expect, test, type APIResponse } from "@playwright/test";

import { trackErrors } from "./helpers";

/** s-maxage and stale-while-revalidate of a page response, checked against the contract. */
function sharedLifetime(res: APIResponse, path: string) {
  const cc = res.headers()["cache-control"] ?? "";
  expect(cc, path).toMatch(/^public, max-age=0, s-maxage=\d+(, stale-while-revalidate=\d+)?$/);
  const sMax = Number(/s-maxage=(\d+)/.exec(cc)![1]);
  const stale = Number(/stale-while-revalidate=(\d+)/.exec(cc)?.[1] ?? 0);
  const now = Date.now();
  const toMidnight = Math.ceil((Math.floor(now / 86_400_000) * 86_400_000 + 86_400_000 - now) / 1000);
  // Never past the next UTC midnight (a second of slack for the request's own time), never over 10 minutes.
  expect(sMax + stale, path).toBeLessThanOrEqual(toMidnight + 1);
  expect(sMax, path).toBeLessThanOrEqual(600);
  expect(sMax, path).toBeGreaterThan(0);
  return { sMax, stale };
}

test("every page may be kept by shared caches until midnight at most, with the router's Vary and the security headers", async ({
  request,
}) => {
  for (const path of [
    "/",
    "/calculator",
    "/compare?m=gpt-4o-mini,gpt-6-luna",
    "/wizard?p=cost",
    "/models/gpt-4o-mini",
    "/article",
    "/sources",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    sharedLifetime(res, path);
    expect(res.headers()["vary"], path).toContain("rsc, next-router-state-tree");
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  // The app's own navigations (fetch: Sec-Fetch-Dest empty) keep Next's private answer.
  const nav = await request.get("/compare?m=gpt-4o-mini,gpt-6-luna", {
    headers: { rsc: "1", "sec-fetch-dest": "empty" },
    maxRedirects: 0,
  });
  expect(nav.headers()["cache-control"] ?? "").not.toMatch(/public|s-maxage/);
  // Data documents keep their ETag and a lifetime capped the same way.
  const api = await request.get("/api/v1/catalog");
  expect(api.headers()["cache-control"]).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
  expect(Number(/s-maxage=(\d+)/.exec(api.headers()["cache-control"]!)![1])).toBeLessThanOrEqual(600);
  expect(api.headers()["etag"]).toMatch(/^"[\w-]+"$/);
});

test("default views and model pages come prerendered for the day, with the whole content in the first HTML", async ({
  request,
}) => {
  const catalog = await request.get("/");
  const html = await catalog.text();
  expect(html).toContain("Today&#x27;s answer");
  // The table's rows are in the HTML (no JavaScript needed to read them).
  expect(html).toMatch(/<table[\s\S]*gpt-6-luna[\s\S]*<\/table>/);
  const model = await request.get("/models/gpt-4o-mini");
  expect(await model.text()).toContain("gpt-4o-mini");
  // The prerendered copies live under /day/<day>/…, which is internal: asked for directly, a 404.
  for (const path of ["/day/2026-11-25", "/day/2026-11-25/calculator", "/day/2020-01-01/models/gpt-4o-mini", "/day"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("a link in another spelling of a state is redirected (308) to the canonical one, which opens the same view", async ({
  page,
  request,
}) => {
  const res = await request.get("/compare?tier=batch&m=gpt-4o-mini,gpt-6-luna", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toBe("/compare?m=gpt-4o-mini,gpt-6-luna&tier=batch");
  // A default spelled out and an old key's alias (the catalog's reasoning filter was `rsn`).
  const spelled = await request.get("/?live=false&rsn=yes", { maxRedirects: 0 });
  expect([spelled.status(), spelled.headers()["location"]]).toEqual([308, "/?rf=yes"]);
  // The canonical link is left alone.
  expect((await request.get("/compare?m=gpt-4o-mini,gpt-6-luna&tier=batch", { maxRedirects: 0 })).status()).toBe(200);

  const errors = trackErrors(page);
  await page.goto("/compare?tier=batch&m=gpt-4o-mini,gpt-6-luna");
  await expect(page).toHaveURL(/\/compare\?m=gpt-4o-mini,gpt-6-luna&tier=batch$/);
  await expect(page.getByRole("columnheader", { name: /^gpt-6-luna/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a link the page reports on stays as opened, with its notice", async ({ page, request }) => {
  // `in=abc` cannot be read: the page says so at the URL the reader opened, no redirect.
  const res = await request.get("/compare?tier=batch&in=abc&m=gpt-4o-mini,gpt-6-luna", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  await page.goto("/compare?tier=batch&in=abc&m=gpt-4o-mini,gpt-6-luna");
  await expect(page).toHaveURL(/\/compare\?tier=batch&in=abc&m=gpt-4o-mini,gpt-6-luna$/);
  await expect(page.getByText(/abc/).first()).toBeVisible();
});
