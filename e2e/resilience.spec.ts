/**
 * Resilience of every route, not of one view: security headers, no request to another origin,
 * content without JavaScript, friendly 404s, no sideways overflow at 375 px.
 * "Every route" is read from the build the tests run against (Playwright's webServer builds it
 * before any test starts), so a newly merged view is covered without editing this file; a new
 * dynamic route needs a sample URL in scripts/bench/sample-urls.json (shared with the bench).
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

import sampleUrls from "../scripts/bench/sample-urls.json";
import { expectNoSidewaysOverflow } from "./helpers";

type Route = { route: string; url: string; kind: "page" | "handler" };

/** Next's own entries that are not routes a user visits. */
const INTERNAL = new Set(["/_global-error", "/_not-found"]);

function builtRoutes(): Route[] {
  const manifestPath = path.join(process.cwd(), ".next/app-path-routes-manifest.json");
  const manifest: Record<string, string> = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const samples = sampleUrls as Record<string, string>;
  const routes: Route[] = [];
  // Public routes first, so a day copy sharing a public route's URL is the one left out.
  const entries = Object.entries(manifest).sort(([, a], [, b]) => Number(a.startsWith("/day/")) - Number(b.startsWith("/day/")));
  for (const [entry, route] of entries) {
    if (INTERNAL.has(route)) continue;
    const url = route.includes("[") ? samples[route] : route;
    expect(url, `a sample URL for ${route} in scripts/bench/sample-urls.json`).toBeTruthy();
    // Today's prerendered copies (/day/[day]/…) are reached through their public URL, often a route of its own: once.
    if (routes.some((r) => r.url === url)) continue;
    routes.push({ route, url: url!, kind: entry.endsWith("/page") ? "page" : "handler" });
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

const pages = () => builtRoutes().filter((r) => r.kind === "page");
const UNKNOWN = ["/no-such-page", "/models/gpt-9-imaginary"];

function expectSecurityHeaders(h: Record<string, string>, url: string) {
  expect(h["content-security-policy"], url).toContain("default-src 'self'");
  expect(h["content-security-policy"], url).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"], url).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"], url).toBe("nosniff");
  expect(h["x-frame-options"], url).toBe("DENY");
  expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], url).toContain("camera=()");
  expect(h["cross-origin-opener-policy"], url).toBe("same-origin");
  expect(h["x-powered-by"], url).toBeUndefined();
}

test("every route, the 404 page and static assets send the security headers", async ({ request, page }) => {
  const routes = builtRoutes();
  expect(routes.map((r) => r.route)).toContain("/");
  for (const { url } of routes) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expectSecurityHeaders(res.headers(), url);
  }
  for (const url of UNKNOWN) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expectSecurityHeaders(res.headers(), url);
  }
  // A script chunk, as the browser loads it.
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/_next/static/") && r.url().endsWith(".js")) scripts.push(r.url());
  });
  await page.goto("/");
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  const asset = await request.get(scripts[0]!);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset.headers(), scripts[0]!);
});

/** A little of what a visitor does: scroll, tab through controls, hover links (Next prefetches on hover). */
async function interact(page: Page) {
  await page.mouse.wheel(0, 4000);
  for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
  const links = page.locator("main a[href^='/']");
  const n = Math.min(await links.count(), 3);
  for (let i = 0; i < n; i++) await links.nth(i).hover();
  await page.getByRole("radio", { name: "Dark" }).check({ force: true });
  await page.waitForLoadState("networkidle");
}

test("no route requests another origin, and none throws", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const { url } of pages()) {
    const foreign: string[] = [];
    const errors: string[] = [];
    const onRequest = (r: { url(): string }) => {
      const u = new URL(r.url());
      if (u.protocol !== "data:" && u.protocol !== "blob:" && u.origin !== origin) foreign.push(r.url());
    };
    const onError = (e: Error) => errors.push(e.message);
    page.on("request", onRequest);
    page.on("pageerror", onError);
    await page.goto(url, { waitUntil: "networkidle" });
    await interact(page);
    page.off("request", onRequest);
    page.off("pageerror", onError);
    expect(foreign, `requests to another origin from ${url}`).toEqual([]);
    expect(errors, `uncaught errors on ${url}`).toEqual([]);
  }
});

test("every page has its heading and content without JavaScript", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const { url } of pages()) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), url).toBeVisible();
    expect((await page.locator("main").innerText()).length, `text in <main> of ${url}`).toBeGreaterThan(100);
  }

  // The catalog: the full table, in the server's HTML.
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: /of \d+ models/ })).toContainText("15 of 15 models");
  const table = page.getByRole("table", { name: /OpenAI model IDs/ });
  await expect(table.getByRole("link", { name: "gpt-5.4-mini", exact: true })).toBeVisible();
  // Model rows only: the lifecycle groups add a header row each.
  expect(await table.locator("tbody tr:has(td)").count()).toBe(15);

  // A model page: figures with their sources.
  await page.goto((sampleUrls as Record<string, string>)["/day/[day]/models/[id]"]!);
  await expect(page.getByRole("heading", { level: 1, name: "gpt-5.4-mini" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Prices/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Source for Standard input price/ })).toBeVisible();
  await ctx.close();
});

test("unknown routes and model IDs get a friendly 404, with or without JavaScript", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const ctx = await browser.newContext({ javaScriptEnabled });
    const page = await ctx.newPage();
    for (const url of UNKNOWN) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" }), url).toBeVisible();
      await expect(page.getByRole("link", { name: "Browse the catalog" }), url).toHaveAttribute("href", "/");
      // The shell is there too: the visitor can go anywhere from a 404.
      await expect(page.getByRole("navigation").first(), url).toBeVisible();
    }
    await ctx.close();
  }
});

test("model IDs are case-insensitive, and an unknown ID's 404 suggests the nearest ones", async ({ page, request }) => {
  const redirect = await request.get("/models/GPT-4O-MINI", { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(new URL(redirect.headers().location!, "http://x").pathname).toBe("/models/gpt-4o-mini");
  const res = await page.goto("/models/GPT-4O-MINI");
  expect(res?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/models/gpt-4o-mini");
  await expect(page.getByRole("heading", { level: 1, name: "gpt-4o-mini" })).toBeVisible();

  // One letter missing: the 404 stays at the typed address and names the ID that was meant.
  const missing = await page.goto("/models/gpt-4o-mni");
  expect(missing?.status()).toBe(404);
  expect(new URL(page.url()).pathname).toBe("/models/gpt-4o-mni");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByText("There is no model ID “gpt-4o-mni” in this catalog.", { exact: false })).toBeVisible();
  const suggestions = page.getByRole("list").filter({ has: page.getByRole("link", { name: "gpt-4o-mini", exact: true }) });
  // gpt-4o-mini is one slip away; gpt-4o is what the typed ID extends.
  expect(await suggestions.getByRole("link").allInnerTexts()).toEqual(["gpt-4o-mini", "gpt-4o"]);
  await expect(page.getByRole("heading", { level: 2, name: "Did you mean" })).toBeVisible();
  await suggestions.getByRole("link", { name: "gpt-4o-mini", exact: true }).click();
  await expect(page).toHaveURL(/\/models\/gpt-4o-mini$/);
  await expect(page.getByRole("heading", { level: 1, name: "gpt-4o-mini" })).toBeVisible();
});

test("a 20 KB link gets the view with its notice, not Node's empty 431; past the documented 64 KB it is refused", async ({
  page,
  request,
}) => {
  // Node refuses more than 16 KB of headers by default with an empty 431: a blank page.
  // `npm start` raises the limit to 64 KB, so the link reaches the app, which says it is long.
  const res = await page.goto(`/calculator?note=${"x".repeat(20_000)}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Monthly cost calculator" })).toBeVisible();
  // "note" (4) + "=" and "&" (2) + 20,000 characters.
  await expect(page.getByText("This link is unusually long (20,006 characters)", { exact: false })).toBeVisible();
  expect((await request.get(`/calculator?note=${"x".repeat(70_000)}`)).status()).toBe(431);
});

test("no page scrolls sideways at 375 px, and every scroll box is positioned", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  for (const { url } of pages()) {
    await page.goto(url, { waitUntil: "networkidle" });
    await expectNoSidewaysOverflow(page, url);
    // An unpositioned scroll box lets absolutely positioned children (sr-only text) escape it
    // and widen the page: every overflow-x auto/scroll element must be a containing block.
    const unpositioned = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => {
          const s = getComputedStyle(el);
          return (s.overflowX === "auto" || s.overflowX === "scroll") && s.position === "static" && s.transform === "none";
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`),
    );
    expect(unpositioned, `scroll boxes without position on ${url}`).toEqual([]);
  }
  await ctx.close();
});
