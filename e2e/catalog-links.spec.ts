import { expect, test, type Page } from "@playwright/test";

import { expectNoSidewaysOverflow, params } from "./helpers";

// Smaller catalog defects of issue 12 §5, each with the test that would have caught it.

const count = (page: Page) => page.getByRole("status").filter({ hasText: /of \d+ models/ });
/** A filter disclosure's summary (a <summary> has no ARIA role Playwright can query). */
const toggle = (page: Page, name: string) => page.getByRole("search").locator("summary").filter({ hasText: name });
const box = (page: Page, id: string) => page.getByRole("checkbox", { name: `Select ${id} for comparison` });

test("row selection stops at four models (compare's limit) and says why", async ({ page }) => {
  await page.goto("/");
  for (const id of ["gpt-6-luna", "gpt-5.6-luna", "gpt-5.4-nano", "gpt-5.4-mini"]) await box(page, id).check();
  await expect.poll(() => params(page).get("sel")?.split(",").length).toBe(4);
  await expect(page.getByRole("status").filter({ hasText: "4 selected" })).toContainText(
    "Compare shows at most 4 models: clear one to choose another.",
  );
  const fifth = box(page, "gpt-4o-mini");
  await expect(fifth).toBeDisabled();
  await expect(fifth).toHaveAccessibleDescription("Compare shows at most 4 models: clear one to choose another.");
  // Clearing one frees a place.
  await box(page, "gpt-5.4-mini").uncheck();
  await expect(fifth).toBeEnabled();
  await fifth.check();
  await expect(page.getByRole("link", { name: "Compare selected" })).toHaveAttribute(
    "href",
    "/compare?m=gpt-6-luna,gpt-5.6-luna,gpt-5.4-nano,gpt-4o-mini",
  );
});

test("a link selecting five models keeps the first four and says which it left out", async ({ page }) => {
  await page.goto("/?sel=gpt-6-luna,gpt-5.6-luna,gpt-5.4-nano,gpt-5.4-mini,gpt-4o-mini");
  await expect(page.getByRole("status").filter({ hasText: "4 selected" })).toBeVisible();
  await expect(box(page, "gpt-4o-mini")).not.toBeChecked();
  await expect(page.getByText(/compare shows at most 4, so the first 4 are selected \(left out: gpt-4o-mini\)/)).toBeVisible();
});

test("live=true&st=shutdown shows the shut-down models and names both parameters", async ({ page }) => {
  await page.goto("/?live=true&st=shutdown");
  // Before: 0 rows and no hint. Shut down on 2026-11-25: gpt-3.5-turbo, gpt-4.1-nano, o1-mini (since
  // 2025-10-28, the 2026-12-02 errata), o3-mini, o4-mini and the gpt-4o-2024-05-13 snapshot (listed on
  // its own, its alias being callable).
  await expect(count(page)).toContainText("6 of 15 models");
  await expect(page.getByText(/“live=true” hides shut-down models, but “st=shutdown” shows only shut-down models/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Hide shut-down models" })).not.toBeChecked();

  // Set by hand, the same contradiction explains the empty table.
  await page.getByRole("checkbox", { name: "Hide shut-down models" }).check();
  await expect(count(page)).toContainText("0 of 15 models");
  await expect(page.getByRole("cell")).toContainText(
    "“Hide shut-down models” hides every lifecycle status chosen under Lifecycle",
  );
});

test("opening Family, Lifecycle or Columns does not move the search row", async ({ browser }) => {
  for (const width of [1280, 375]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    await page.goto("/");
    const search = page.getByRole("searchbox", { name: "Search" });
    // Where the field sits in the page, not in the viewport: at 375 px "Today's answer" puts the
    // filters below the fold, and clicking a toggle scrolls it into view.
    const inPage = () =>
      search.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
      });
    const before = await inPage();
    for (const [summary, item] of [
      ["Family", "GPT-5.4"],
      ["Lifecycle", "Shut down"],
      ["Columns", "MMLU"],
    ] as const) {
      await toggle(page, summary).click();
      const box = page.getByRole("group", {
        name: summary === "Columns" ? "Visible columns" : summary === "Family" ? "Family" : "Lifecycle status",
      });
      await expect(box.getByRole("checkbox", { name: item, exact: true })).toBeVisible();
      // Before: the open list made the whole row as tall as itself; the search field dropped.
      expect(await inPage(), `${summary} at ${width}px`).toEqual(before);
      await expectNoSidewaysOverflow(page, `${summary} open at ${width}px`);
      await page.keyboard.press("Escape");
      await expect(box.getByRole("checkbox", { name: item, exact: true })).toBeHidden();
    }
    // A click outside closes an open list too.
    await toggle(page, "Family").click();
    await page.getByRole("heading", { level: 1 }).click();
    await expect(page.getByRole("checkbox", { name: "GPT-5.4", exact: true })).toBeHidden();
    await ctx.close();
  }
});

test("searching “nano” finds the Luna models, the nano tier's new names, and says why", async ({ page }) => {
  await page.goto("/?q=nano");
  // The three *-nano IDs and, by their tier word (data: aka, with OpenAI's page as source), the two Luna models.
  await expect(count(page)).toContainText("5 of 15 models");
  const table = page.getByRole("table", { name: /OpenAI model IDs/ });
  // The line under each name says why it is listed.
  await expect(table.getByText("GPT-5.6 Luna · roughly the former GPT-5 nano tier", { exact: true })).toBeVisible();
  await expect(table.getByText("GPT-6 Luna · OpenAI's pick for GPT-5 nano users", { exact: true })).toBeVisible();
  // The model page cites where the word comes from.
  await page.goto("/models/gpt-5.6-luna");
  await expect(page.getByText("roughly the former GPT-5 nano tier")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Source for “nano”: OpenAI model page gpt-5.6-luna/ })).toHaveAttribute(
    "href",
    "https://developers.openai.com/ja-JP/api/docs/models/gpt-5.6-luna",
  );
});
