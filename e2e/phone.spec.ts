import { expect, test } from "@playwright/test";

import { expectNoAxeViolations, expectNoSidewaysOverflow } from "./helpers";

const table = (page: import("@playwright/test").Page) => page.getByRole("table", { name: /OpenAI model IDs/ });

test("the sticky Model ID column paints an opaque background over the cells scrolling under it", async ({ browser }) => {
  // 800 px: wide enough for the table layout, too narrow for every column, so the table scrolls.
  for (const colorScheme of ["light", "dark"] as const) {
    const ctx = await browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme });
    const page = await ctx.newPage();
    // A selected row and an opened snapshot: every row tone is on screen.
    await page.goto("/?sel=gpt-4.1-mini&open=gpt-4o-mini");
    const scroller = table(page).locator("xpath=..");
    await scroller.evaluate((el) => (el.scrollLeft = 300));
    const backgrounds = await table(page)
      // Model rows (the lifecycle groups' header rows hold a th only).
      .locator("tbody tr:has(td)")
      .evaluateAll((rows) => {
        // The alpha a colour paints with, whatever syntax the browser reports it in (lab(), rgb()…).
        const canvas = document.createElement("canvas").getContext("2d")!;
        const alpha = (color: string) => {
          canvas.clearRect(0, 0, 1, 1);
          canvas.fillStyle = color;
          canvas.fillRect(0, 0, 1, 1);
          return canvas.getImageData(0, 0, 1, 1).data[3];
        };
        return rows.map((tr) => {
          const cell = [...tr.children].find((td) => getComputedStyle(td).position === "sticky")!;
          const color = getComputedStyle(cell).backgroundColor;
          return { color, alpha: alpha(color), row: getComputedStyle(tr).backgroundColor };
        });
      });
    expect(backgrounds.length).toBeGreaterThan(10);
    // Three tones at least: plain, selected (gpt-4.1-mini), a snapshot or a shut-down row.
    expect(new Set(backgrounds.map((b) => b.color)).size).toBeGreaterThanOrEqual(3);
    for (const { color, alpha, row } of backgrounds) {
      // A transparent cell (alpha 0) was the bug: the cells scrolling under it drew over the names.
      expect(alpha, `${colorScheme}: ${color}`).toBe(255);
      expect(color).toBe(row);
    }
    await ctx.close();
  }
});

test("at 375 px each model is a card: its prices show without swiping, labelled by column", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  await page.goto("/?q=gpt-4o-mini");
  await expectNoSidewaysOverflow(page, "catalog at 375 px");
  const row = table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "gpt-4o-mini", exact: true }) });
  // The card's cells carry their column's name: the header row is a strip of sort buttons.
  const input = row.getByRole("cell", { name: /^Input \$\/1M\s*\$0\.15$/ });
  const output = row.getByRole("cell", { name: /^Output \$\/1M\s*\$0\.60$/ });
  for (const cell of [input, output]) {
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  // Nothing in the body scrolls sideways: the price was not just pushed into a scroll box.
  const scroller = table(page).locator("xpath=..");
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // Selection still works from the card.
  await row.getByRole("checkbox", { name: "Select gpt-4o-mini for comparison" }).check();
  await expect(page).toHaveURL(/sel=gpt-4o-mini/);
  // And sorting, from the header strip.
  await page.getByRole("button", { name: /^Input \$\/1M/ }).click();
  await expect(page).toHaveURL(/sort=input/);
  await ctx.close();
});

test("the card layout has no accessibility violations", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: "dark" });
  const page = await ctx.newPage();
  await page.goto("/?sel=gpt-4.1-mini&open=gpt-4o-mini");
  await expectNoAxeViolations(page);
  await ctx.close();
});

test("the wizard's first pick and its monthly cost are on the first screen at 375 px; answers follow it", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  await page.goto("/wizard?s=result&p=cost&ti=10000&tl=300000&img=yes&in=1000000&out=500000");
  const first = page.getByRole("list", { name: "Shortlist, best first" }).getByRole("article").first();
  await expect(first.getByRole("heading", { name: "Pick 1: gpt-6-luna" })).toBeInViewport();
  await expect(first.getByTestId("monthly-cost")).toBeInViewport();
  await expect(first.getByTestId("monthly-cost")).toHaveText("$10.50 per month");
  // Before: the answers, actions and notes came first and pushed the pick ~1,100 px down.
  const top = async (name: string) => (await page.getByRole("region", { name }).boundingBox())!.y;
  expect(await top("Your shortlist")).toBeLessThan(await top("Your answers"));
  const answers = page.getByRole("region", { name: "Your answers" });
  await expect(answers.getByRole("button", { name: "Copy link to this result" })).toBeVisible();
  await expect(answers.getByRole("button", { name: "Change priority" })).toBeVisible();
  await ctx.close();
});

/** Share of the chart's width its plot (the grid the bars grow in) takes, and where the plot starts. */
async function plotShare(figure: import("@playwright/test").Locator) {
  await figure.scrollIntoViewIfNeeded();
  const [chart, plot] = await Promise.all([
    figure.getByRole("application").boundingBox(),
    figure.getByTestId("plot").boundingBox(),
  ]);
  return { share: plot!.width / chart!.width, left: plot!.x - chart!.x };
}

test("bar charts at 375 px put model names above the bars, so the bars get most of the width", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  await page.goto("/charts");
  const prices = page.getByRole("figure", { name: "Bar chart: Standard prices per 1M tokens by model" });
  const context = page.getByRole("figure", { name: "Bar chart: context window and max output tokens by model" });
  // Before: a 132 px name gutter and the figures' margin left the bars about 35 % of the chart.
  for (const figure of [prices, context]) {
    const { share, left } = await plotShare(figure);
    expect(share).toBeGreaterThan(0.7);
    expect(left).toBeLessThan(10);
  }
  // Each name is drawn once, over its own bars, with its lifecycle.
  const name = prices.getByText("gpt-5.4-nano", { exact: true });
  await expect(name).toBeVisible();
  await expect(prices.getByText("gpt-5.4-nano · Active")).toHaveCount(1);
  const [nameBox, plotBox] = await Promise.all([name.boundingBox(), prices.getByTestId("plot").boundingBox()]);
  expect(nameBox!.x - plotBox!.x).toBeLessThan(2);
  await ctx.close();
});

test("bar charts on a wide screen keep the name gutter", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/charts");
  const prices = page.getByRole("figure", { name: "Bar chart: Standard prices per 1M tokens by model" });
  const { left } = await plotShare(prices);
  expect(left).toBeGreaterThan(100);
  // The name ends where its bars begin.
  const [nameBox, plotBox] = await Promise.all([
    prices.getByText("gpt-5.4-nano", { exact: true }).boundingBox(),
    prices.getByTestId("plot").boundingBox(),
  ]);
  expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(plotBox!.x);
  expect(nameBox!.x + nameBox!.width).toBeGreaterThan(plotBox!.x - 12);
});

test("a model page's code samples scroll sideways at 375 px and a keyboard can reach and scroll them", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  await page.goto("/models/gpt-5.4-mini");
  const node = page.getByRole("region", { name: "Node.js (official openai package) code sample" });
  const python = page.getByRole("region", { name: "Python (official openai package) code sample" });
  await expect(node).toContainText('model: "gpt-5.4-mini"');
  // The samples are wider than a phone: without focus, a keyboard user could not read their ends.
  expect(await node.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(node).toHaveAttribute("tabindex", "0");
  await node.focus();
  await expect(node).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => node.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.keyboard.press("Tab");
  await expect(python).toBeFocused();
  await expectNoSidewaysOverflow(page, "model page");
  await ctx.close();
});
