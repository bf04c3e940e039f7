import { expect, test, type Page } from "@playwright/test";

// Internal links prefetch their page when the reader shows intent (pointer, touch, focus), never
// just because they are on screen (components/ui/intent-link.tsx; docs/performance.md, fourth pass).

/** The paths the router prefetched (requests marked `Next-Router-Prefetch`), in order. */
function trackPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (req) => {
    if (req.headers()["next-router-prefetch"]) paths.push(new URL(req.url()).pathname);
  });
  return paths;
}

/** Loaded, hydrated and quiet: when on-sight prefetching would long have sent its requests. */
async function settle(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("a page load prefetches nothing; a hover or keyboard focus prefetches that one page", async ({ page }) => {
  const prefetched = trackPrefetches(page);
  await settle(page, "/");
  // Before this change, the seven navigation links alone sent 14 prefetch requests here.
  expect(prefetched).toEqual([]);

  const charts = mainNav(page).getByRole("link", { name: "Charts" });
  // Hover again until the link has hydrated (a hover before hydration has no handler to run).
  await expect(async () => {
    await page.mouse.move(0, 0);
    await charts.hover();
    expect(prefetched).toContain("/charts");
  }).toPass({ timeout: 15_000 });
  expect(new Set(prefetched)).toEqual(new Set(["/charts"]));

  await mainNav(page).getByRole("link", { name: "Calculator" }).focus();
  await expect.poll(() => new Set(prefetched)).toEqual(new Set(["/charts", "/calculator"]));

  // And the prefetched page opens as a client navigation.
  await charts.click();
  await expect(page).toHaveURL(/\/charts$/);
  await expect(charts).toHaveAttribute("aria-current", "page");
});

test("a touch prefetches the page before the tap lands", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  const prefetched = trackPrefetches(page);
  await settle(page, "/sources");
  expect(prefetched).toEqual([]);
  const wizard = mainNav(page).getByRole("link", { name: "Wizard" });
  await expect(async () => {
    await wizard.dispatchEvent("touchstart");
    expect(prefetched).toContain("/wizard");
  }).toPass({ timeout: 15_000 });
  // A touch alone does not navigate.
  await expect(page).toHaveURL(/\/sources$/);
  await ctx.close();
});

test("links in dense tables never prefetch, not even on hover", async ({ page }) => {
  const prefetched = trackPrefetches(page);
  await settle(page, "/calculator");
  const table = page.getByRole("table", { name: /Cost of the workload on each model/ });
  const firstModel = table.getByRole("rowheader").first().getByRole("link");
  const modelPath = new URL((await firstModel.getAttribute("href"))!, "http://x").pathname;
  // The navigation's links do prefetch on hover, so hydration is done once one of them has.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await mainNav(page).getByRole("link", { name: "Compare" }).hover();
    expect(prefetched).toContain("/compare");
  }).toPass({ timeout: 15_000 });
  await firstModel.hover();
  await firstModel.focus();
  await page.waitForTimeout(500);
  expect(prefetched.filter((p) => p.startsWith("/models/") || p === modelPath)).toEqual([]);
});
