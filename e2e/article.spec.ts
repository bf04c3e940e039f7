import { expect, test } from "@playwright/test";

import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, trackErrors } from "./helpers";

// The server pins NAVIGATOR_TODAY=2026-11-25: gpt-4.1-nano shut down on 2026-10-23; gpt-4o-mini and
// gpt-4.1-mini shut down on 2027-01-14 (50 days later); GPT-6 Luna is active.

function claim(page: import("@playwright/test").Page, quote: string | RegExp) {
  return page.getByRole("listitem").filter({ has: page.locator("blockquote", { hasText: quote }) });
}

test("every claim of the article gets a verdict from today's figures, with the summary counts", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/article");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The April 2025 article, claim by claim");
  await expect(page.getByText(/^Of 24 claims:/)).toHaveText("Of 24 claims: 12 still true, 9 true then, not now, 3 wrong.");

  // The cost table: nano's $9.00 is exact arithmetic (0.10 + 0.5 × 0.40) × 30, but nano is shut down;
  // today's cheapest small model you can build on is GPT-6 Luna: (0.10 + 0.5 × 0.50) × 30 = $10.50.
  const nano = claim(page, "GPT-4.1-nano: $0.30 a day");
  await expect(nano.getByText("True then, not now")).toBeVisible();
  await expect(nano).toContainText(
    "gpt-4.1-nano at today's prices: $0.30 a day, $9.00 a month, but gpt-4.1-nano was shut down on Oct 23, 2026.",
  );
  await expect(nano).toContainText("Today the same workload costs $10.50 a month on gpt-6-luna.");
  await expect(nano).toContainText("Changed on Oct 23, 2026");

  // Still true today, until the shutdown: said with the date.
  const mini = claim(page, "GPT-4o-mini: $0.45 a day");
  await expect(mini.getByText("Still true")).toBeVisible();
  await expect(mini).toContainText("until gpt-4o-mini shuts down on Jan 14, 2027");

  // Wrong when written, with the catalog's figure and its source.
  const images = claim(page, "GPT-4.1-mini/nano do not support yet");
  await expect(images.getByText("Wrong")).toBeVisible();
  await expect(images).toContainText("gpt-4.1-nano accepts image input.");
  await expect(images.getByRole("link", { name: /^Source for gpt-4.1-nano/ })).toHaveAttribute("href", /^https:\/\//);

  // A recommendation of a retiring model points at today's ranking for that priority.
  const pick = claim(page, "Ultimate cost efficiency");
  await expect(pick).toContainText("gpt-4.1-nano was shut down on Oct 23, 2026: it can no longer be called.");
  await expect(pick.getByRole("link", { name: "Today's picks for cost" })).toHaveAttribute("href", "/wizard?s=2&p=cost");
  expect(errors).toEqual([]);
});

test("a claim's link opens the page at that claim; the footer and model pages lead here", async ({ page }) => {
  await page.goto("/models/gpt-4o-mini");
  await page.getByRole("link", { name: "Every claim of the article, checked against today's catalog" }).click();
  await expect(page).toHaveURL(/\/article$/);
  await claim(page, "GPT-4o-mini: $0.45 a day").getByRole("link", { name: "Link to this claim" }).click();
  await expect(page).toHaveURL(/\/article#cost-gpt-4o-mini$/);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "The April 2025 article, checked" }).click();
  await expect(page).toHaveURL(/\/article$/);
});

for (const theme of ["Light", "Dark"] as const) {
  test(`the article page is accessible (axe) and fits a phone, ${theme.toLowerCase()}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/article");
    await chooseTheme(page, theme);
    await expectNoSidewaysOverflow(page);
    await expectNoAxeViolations(page);
  });
}
