/**
 * The headline rule where the app names a winner: the pick is the best model that stays callable
 * for more than 90 days; a better one that shuts down sooner is named second with its date.
 *
 * The server pins NAVIGATOR_TODAY=2026-11-25 (playwright.config.ts). Figures from data/models, on
 * the article's workload (1M input + 500K output tokens a day, 30 days, Standard tier), a month:
 *   gpt-6-luna   ($0.10 + $0.50 / 2) × 30 = $10.50, active (the cheapest that lasts)
 *   gpt-5-nano   ($0.05 + $0.40 / 2) × 30 = $7.50, shuts down Dec 11, 2026: 16 days away
 *   gpt-4.1-nano ($0.10 + $0.40 / 2) × 30 = $9.00, shut down Oct 23, 2026
 *   gpt-4o-mini  ($0.15 + $0.60 / 2) × 30 = $13.50, shuts down Jan 14, 2027: 50 days away
 *   gpt-4.1-mini ($0.40 + $1.60 / 2) × 30 = $36.00, shuts down Jan 14, 2027
 */
import { expect, test, type Page } from "@playwright/test";

import { expectNoSidewaysOverflow } from "./helpers";

const SOONER = "gpt-5-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days).";
const meta = (page: Page, selector: string) => page.locator(`meta[${selector}]`).getAttribute("content");

test.describe("Today's answer above the catalog", () => {
  test("names the cheapest lasting small model, the retiring cheaper one second, the best scorer and the next shutdowns", async ({
    page,
  }) => {
    await page.goto("/");
    const panel = page.getByRole("region", { name: /^Today's answer/ });
    await expect(panel).toContainText("as of Nov 25, 2026");
    await expect(panel).toContainText(
      "gpt-6-luna: $10.50 a month for the article's workload (1,000,000 input + 500,000 output tokens a day).",
    );
    await expect(panel).toContainText(SOONER);
    // GPQA Diamond is published by 5 of the 8 callable small models (gpt-4.1-mini, gpt-4o-mini, gpt-5-mini,
    // gpt-5.4-mini, gpt-5.4-nano); of those that last, gpt-5.4-mini scores best (88% at xhigh, vs 82.8%).
    await expect(panel).toContainText("Best on GPQA Diamond");
    await expect(panel).toContainText("gpt-5.4-mini: 88% (xhigh), the best score of any small model that stays callable.");
    await expect(panel).toContainText("5 of the 8 callable ones");
    // Dec 11, 2026 is 16 days away; Jan 14, 2027 is 50 (5 + 31 + 14).
    await expect(panel).toContainText("Dec 11, 2026 (in 16 days): gpt-5-mini migration plan, gpt-5-nano migration plan");
    await expect(panel).toContainText(
      "Jan 14, 2027 (in 50 days): gpt-4.1 migration plan, gpt-4.1-mini migration plan, gpt-4o migration plan, gpt-4o-mini migration plan",
    );

    // Each line links to the view that shows why.
    await expect(panel.getByRole("link", { name: "gpt-5-nano migration plan" })).toHaveAttribute(
      "href",
      "/migrate?from=gpt-5-nano",
    );
    await expect(panel.getByRole("link", { name: "gpt-4o-mini migration plan" })).toHaveAttribute(
      "href",
      "/migrate?from=gpt-4o-mini",
    );
    await expect(panel.getByRole("link", { name: "Every model's cost" })).toHaveAttribute("href", "/calculator");
    await expect(panel.getByRole("link", { name: "The article's three models" })).toHaveAttribute(
      "href",
      "/calculator?preset=article&m=gpt-4.1-nano,gpt-4o-mini,gpt-4.1-mini&retired=1",
    );
    await expect(panel.getByRole("link", { name: "Scores and price" })).toHaveAttribute("href", "/charts?b=gpqa-diamond");
    await expect(panel.getByRole("link", { name: "The April 2025 article, claim by claim" })).toHaveAttribute("href", "/article");
    await expect(panel.getByRole("link", { name: "gpt-6-luna", exact: true })).toHaveAttribute("href", "/models/gpt-6-luna");
  });

  test("is in the server's HTML (no layout shift), above the table, and fits a phone", async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await ctx.newPage();
    await page.goto("/");
    const panel = page.getByRole("region", { name: /^Today's answer/ });
    await expect(panel).toContainText(SOONER);
    const panelBox = (await panel.boundingBox())!;
    const tableBox = (await page.getByRole("table", { name: /OpenAI model IDs/ }).boundingBox())!;
    expect(panelBox.y + panelBox.height).toBeLessThan(tableBox.y);
    await expectNoSidewaysOverflow(page, "/");
    await ctx.close();
  });

  test("the catalog's share text leads with today's answer, and its card with callable models", async ({ page }) => {
    await page.goto("/");
    const description =
      "Today's cheapest small model that stays callable: gpt-6-luna, $10.50 a month for the article's workload. " +
      `${SOONER} All 15 models with sourced prices, limits, benchmarks and lifecycle.`;
    expect(await meta(page, 'name="description"')).toBe(description);
    expect(await meta(page, 'property="og:description"')).toBe(description);
    expect(await meta(page, 'property="og:title"')).toBe("OpenAI small models: the catalog · Small Model Navigator");
  });
});

test.describe("the calculator's headline", () => {
  const bar = (page: Page) => page.getByRole("region", { name: "Cost summary" });

  test("by default: gpt-6-luna is the cheapest that stays callable, gpt-5-nano is named second with its date", async ({
    page,
  }) => {
    await page.goto("/calculator");
    await expect(bar(page).getByRole("status")).toHaveText(
      `Cheapest model that stays callable: gpt-6-luna at $10.50 a month.${SOONER}`,
    );
    // The table marks the same two rows.
    const table = page.getByRole("table", { name: /Cost of the workload/ });
    await expect(table.getByRole("row", { name: /^gpt-6-luna/ })).toContainText("cheapest that stays callable");
    await expect(table.getByRole("row", { name: /^gpt-5-nano/ })).toContainText("cheaper, retiring soon");

    await expect(page).toHaveTitle("Monthly cost: gpt-6-luna from $10.50 · Small Model Navigator");
    expect(await meta(page, 'property="og:description"')).toBe(
      `1,000,000 input + 500,000 output tokens a day, Standard tier. Cheapest model that stays callable: gpt-6-luna at $10.50 a month. ${SOONER}`,
    );
  });

  test("the article's preset: none of its models lasts, so today's cheapest lasting model is named, not gpt-4o-mini", async ({
    page,
  }) => {
    await page.goto("/calculator");
    await page.getByRole("button", { name: /The article's scenario/ }).click();
    await expect(page).toHaveURL(/preset=article/);
    await expect(bar(page).getByRole("status")).toHaveText(
      "None of the models shown stays callable past 90 days. Cheapest that does: gpt-6-luna at $10.50 a month (not shown)." +
        "gpt-4.1-nano would be $9.00 a month but was shut down on Oct 23, 2026.",
    );
    // The focused models' totals stay in the bar, in the preset's order.
    await expect(bar(page).getByRole("list", { name: "Focused models" }).getByRole("listitem")).toHaveText([
      "gpt-4.1-nano $9.00",
      "gpt-4o-mini $13.50",
      "gpt-4.1-mini $36.00",
    ]);

    await page.goto("/calculator?preset=article&m=gpt-4.1-nano,gpt-4o-mini,gpt-4.1-mini&retired=1");
    await expect(page).toHaveTitle("Monthly cost: gpt-6-luna from $10.50 · Small Model Navigator");
    expect(await meta(page, 'property="og:description"')).toBe(
      "1,000,000 input + 500,000 output tokens a day, Standard tier. None of the models shown stays callable past 90 days. " +
        "Cheapest that does: gpt-6-luna at $10.50 a month (not shown). gpt-4.1-nano would be $9.00 a month but was shut down on Oct 23, 2026.",
    );
  });

  test("the summary bar stays on screen next to the sliders, on a phone too", async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await ctx.newPage();
    await page.goto("/calculator?m=gpt-6-luna,gpt-4o");
    const slider = page.getByRole("slider", { name: "Output tokens per day" });
    await slider.scrollIntoViewIfNeeded();
    await expect(bar(page)).toBeInViewport();
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    // One step up from 500,000 output tokens a day changes the bar's totals at once.
    await expect(bar(page).getByRole("listitem").first()).not.toHaveText("gpt-6-luna $10.50");
    await expect(bar(page)).toBeInViewport();
    await expectNoSidewaysOverflow(page);
    await ctx.close();
  });
});

test("compare: the monthly cost comes first, 'best' goes to the model that stays callable", async ({ page }) => {
  await page.goto("/compare?m=gpt-4o-mini,gpt-6-luna");
  const table = page.getByRole("table", { name: /Comparison of/ });
  await expect(table.getByRole("rowheader").first()).toHaveText(/^Monthly cost, Standard tier/);
  const cost = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Monthly cost/ }) });
  expect((await cost.getByRole("cell").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
    "$13.50",
    "$10.50 best",
  ]);
  // gpt-4o-mini publishes benchmarks gpt-6-luna does not: a lone figure is never "best", so nothing is marked there.
  await expect(table.getByText(/^retiring /)).toHaveCount(0);
});

test("wizard: a cheaper retiring model is named second with its date, never ranked first", async ({ page }) => {
  await page.goto("/wizard?s=result&p=cost&tl=8000&img=no&in=1000000&out=500000");
  const first = page.getByRole("list", { name: "Shortlist, best first" }).getByRole("article").first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(/gpt-6-luna$/);
  await expect(first).toContainText("gpt-5-nano would be cheaper ($7.50/month) but shuts down on Dec 11, 2026 (in 16 days).");
  await expect(page).toHaveTitle(/^Shortlist: gpt-6-luna, /);
});
