import { expect, test, type Page } from "@playwright/test";

import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

const table = (page: Page) => page.getByRole("table", { name: /Comparison of/ });
/** The row whose header cell starts with `label` (row headers also carry a "differs" tag). */
const row = (page: Page, label: string) =>
  table(page)
    .getByRole("row")
    .filter({
      has: page.getByRole("rowheader", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}( differs)?$`) }),
    });
const cells = async (page: Page, label: string) =>
  (await row(page, label).getByRole("cell").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
const rowLabels = async (page: Page) =>
  (await table(page).getByRole("rowheader").allInnerTexts()).map((t) => t.replace(/\s*differs$/, "").trim());
const picker = (page: Page) => page.getByRole("combobox", { name: "Add a model" });
/**
 * Picks a model, until Add is enabled. A pick made while the page is still hydrating is kept (the unit
 * test in components/ui/use-typed-before-hydration.test.tsx), but if the browser resets the
 * select the Add button stays disabled: then pick again, as a reader would.
 */
async function choose(page: Page, id: string) {
  const button = page.getByRole("button", { name: "Add to comparison" });
  await expect(async () => {
    await picker(page).selectOption(id);
    await expect(button).toBeEnabled({ timeout: 1_000 });
  }).toPass();
}
/** Picks a model and adds it. */
async function add(page: Page, id: string) {
  await choose(page, id);
  await page.getByRole("button", { name: "Add to comparison" }).click();
}

test("pick models with the picker; the URL follows each step, back and reload restore it", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/compare");
  await expect(page.getByText("Pick at least 2 models to compare")).toBeVisible();
  await expect(table(page)).toHaveCount(0);

  await add(page, "gpt-5.4-mini");
  await expect(page).toHaveURL(/\/compare\?m=gpt-5\.4-mini$/);
  await expect(page.getByText("Pick at least 2 models to compare")).toBeVisible();

  await add(page, "gpt-5.4-nano");
  await expect(page).toHaveURL(/\?m=gpt-5\.4-mini,gpt-5\.4-nano$/);
  await expect(table(page).locator("thead").getByRole("columnheader")).toHaveText([/^Field/, /^gpt-5\.4-mini/, /^gpt-5\.4-nano/]);
  expect(await cells(page, "Standard: input")).toEqual(["$0.75", "$0.20 best"]);

  await page.goBack();
  await expect(page).toHaveURL(/\?m=gpt-5\.4-mini$/);
  await expect(table(page)).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/\?m=gpt-5\.4-mini,gpt-5\.4-nano$/);
  await expect(table(page)).toBeVisible();
  await page.reload();
  expect(await cells(page, "Standard: input")).toEqual(["$0.75", "$0.20 best"]);

  // Remove one: back to the picker's message.
  await page.getByRole("button", { name: "Remove gpt-5.4-mini" }).click();
  await expect(page).toHaveURL(/\?m=gpt-5\.4-nano$/);
  await expect(page.getByText("Pick at least 2 models to compare")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a model chosen while the last add is still on its way to the server stays chosen", async ({ page }) => {
  // A slow server: each add's round trip takes 2.5 s. When its answer lands, Next remounts the
  // page; the choice made meanwhile used to vanish and Add went grey (compare's old e2e flake).
  await page.route(/_rsc=/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.continue().catch(() => {});
  });
  await page.goto("/compare");
  const answered = page.waitForResponse((res) => res.url().includes("_rsc=") && res.url().includes("m=gpt-5.4-mini"));
  await add(page, "gpt-5.4-mini");
  await picker(page).selectOption("gpt-5.4-nano");
  await answered;
  await expect(page.getByText("gpt-5.4-mini is chosen")).toBeVisible();
  await expect(picker(page)).toHaveValue("gpt-5.4-nano");
  await page.getByRole("button", { name: "Add to comparison" }).click();
  await expect(page).toHaveURL(/\?m=gpt-5\.4-mini,gpt-5\.4-nano$/);
});

test("adding with the keyboard keeps focus on the picker, after the server's answer too", async ({ page }) => {
  await page.goto("/compare");
  const answered = page.waitForResponse((res) => res.url().includes("_rsc=") && res.url().includes("m=gpt-5.4-mini"));
  await choose(page, "gpt-5.4-mini");
  await picker(page).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add to comparison" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?m=gpt-5\.4-mini$/);
  await answered;
  await expect(page.getByText("gpt-5.4-mini is chosen")).toBeVisible();
  await expect(picker(page)).toBeFocused();
});

test("rows that differ are marked, the best value is marked, unknowns read 'not published'", async ({ page }) => {
  await page.goto("/compare?m=gpt-5.4-mini,gpt-6-luna");
  // A name or a family tells the models apart; it is not a difference between them.
  await expect(row(page, "Family")).not.toHaveAttribute("data-differs", "true");
  await expect(row(page, "Name")).not.toHaveAttribute("data-differs", "true");
  await expect(row(page, "Context window")).toHaveAttribute("data-differs", "true");
  expect(await cells(page, "Context window")).toEqual(["400,000", "1,050,000 best"]);
  expect(await cells(page, "Standard: output")).toEqual(["$4.50", "$0.50 best"]);
  await expect(row(page, "Output")).not.toHaveAttribute("data-differs", "true"); // both output text only
  expect(await cells(page, "Max input")).toEqual(["not published", "922,000"]); // a lone figure is not "best"
  // The catalog's own columns are all here.
  const labels = await rowLabels(page);
  for (const l of [
    "Status",
    "Shutdown date",
    "Batch: input",
    "Flex: output",
    "Fast mode: cached input",
    "Cache write",
    "Max output",
    "Reasoning model",
    "Function calling",
    "Output speed",
    "Knowledge cutoff",
  ]) {
    expect(labels).toContain(l);
  }
});

test("'differences only' hides equal rows, lives in the URL, survives reload and back", async ({ page }) => {
  await page.goto("/compare?m=gpt-5.4-mini,gpt-5.4-nano");
  const all = await rowLabels(page);
  expect(all).toContain("Family");
  await page.getByRole("checkbox", { name: "Differences only" }).check();
  await expect(page).toHaveURL(/[?&]d=1(&|$)/);
  await expect(table(page).getByRole("rowheader", { name: /^Family/ })).toHaveCount(0);
  const diff = await rowLabels(page);
  expect(diff.length).toBeLessThan(all.length);
  expect(
    await table(page)
      .locator("tbody tr:not([data-differs])")
      .filter({ has: page.getByRole("rowheader") })
      .count(),
  ).toBe(0);
  await expect(page.getByRole("status").filter({ hasText: /rows differ/ })).toHaveText(
    new RegExp(`^${diff.length} of ${all.length} rows differ`),
  );

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Differences only" })).toBeChecked();
  expect(await rowLabels(page)).toEqual(diff);

  await page.getByRole("checkbox", { name: "Differences only" }).uncheck();
  await expect(page).toHaveURL(/\?m=gpt-5\.4-mini,gpt-5\.4-nano$/);
  expect(await rowLabels(page)).toEqual(all);
});

test("monthly cost follows the workload and tier, and links to the calculator with the same numbers", async ({ page }) => {
  await page.goto("/compare?m=gpt-5.4-mini,gpt-5.4-nano");
  // (1M × $0.75 + 0.5M × $4.50) per 1M tokens × 30 days
  expect(await cells(page, "Monthly cost, Standard tier")).toEqual(["$90.00", "$24.75 best"]);
  const input = page.getByRole("textbox", { name: "Input tokens a day" });
  await input.fill("2000000");
  await expect(page).toHaveURL(/[?&]in=2000000/);
  // (2M × $0.75 + 0.5M × $4.50) / 1M × 30 = $112.50
  await expect(row(page, "Monthly cost, Standard tier").getByRole("cell").first()).toHaveText("$112.50");
  await expect(page.getByRole("link", { name: "Price this in the calculator" })).toHaveAttribute(
    "href",
    "/calculator?in=2000000&m=gpt-5.4-mini,gpt-5.4-nano",
  );

  await page.getByRole("combobox", { name: "Service tier" }).selectOption("batch");
  await expect(page).toHaveURL(/[?&]tier=batch/);
  // Batch: (2M × $0.375 + 0.5M × $2.25) / 1M × 30 = $56.25
  await expect(row(page, "Monthly cost, Batch tier").getByRole("cell").first()).toHaveText(/^\$56\.25/);

  await input.fill("-5");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/A whole number from 0 to 100,000,000,000/)).toBeVisible();
  await expect(page).toHaveURL(/[?&]in=2000000/); // an invalid entry never reaches the URL

  await page.reload();
  await expect(input).toHaveValue("2000000");
  await expect(page.getByRole("combobox", { name: "Service tier" })).toHaveValue("batch");
});

test("a copied link reopens the same comparison in a fresh browser", async ({ page, browser, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/compare?m=gpt-5.4-nano,gpt-4o-2024-05-13&d=1&out=250000&utm_source=mail");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Canonical: our keys only, defaults left out, in serializer order.
  expect(copied).toBe(`${baseURL}/compare?m=gpt-5.4-nano,gpt-4o-2024-05-13&d=1&out=250000`);
  const before = await table(page).innerText();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.getByRole("checkbox", { name: "Differences only" })).toBeChecked();
  expect(await other.getByRole("table", { name: /Comparison of/ }).innerText()).toBe(before);
  await fresh.close();
});

test("the linked comparison is in the server HTML, readable without JavaScript", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/compare?m=gpt-5.4-mini,gpt-5.4-nano&d=1");
  expect(await cells(page, "Standard: input")).toEqual(["$0.75", "$0.20 best"]);
  await expect(page.getByRole("rowheader", { name: /^Family/ })).toHaveCount(0);
  await ctx.close();
});

test("snapshots and shut-down models compare too, marked, never 'best'", async ({ page }) => {
  await page.goto("/compare?m=gpt-4.1-nano,gpt-5.4-nano,gpt-5.4-mini");
  const head = table(page).getByRole("columnheader", { name: /gpt-4\.1-nano/ });
  await expect(head).toContainText("Shut down");
  await expect(head).toContainText("since Oct 23, 2026");
  // gpt-4.1-nano has the lowest input price but can no longer be called.
  expect(await cells(page, "Standard: input")).toEqual(["$0.10", "$0.20 best", "$0.75"]);

  await page.goto("/compare?m=gpt-4o-2024-05-13,gpt-4o");
  expect(await cells(page, "ID type")).toEqual(["Dated snapshot of gpt-4o", "Alias → gpt-4o-2024-08-06"]);
  await expect(row(page, "Standard: input")).toHaveAttribute("data-differs", "true");
});

test("broken links: unknown, repeated and surplus IDs, huge numbers, repeated keys and overlong links give notices and sane defaults", async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(
    "/compare?m=gpt-5.4-mini,gpt-99-fake,gpt-5.4-mini,gpt-5.4-nano,o3-mini,gpt-6-luna,gpt-4o&in=1e99&out=99999999999999999&tier=gold&d=maybe",
  );
  const adjusted = page.getByRole("status").filter({ hasText: "Parts of this link were adjusted" });
  await expect(adjusted).toContainText("Not in the catalog, left out: “gpt-99-fake”.");
  await expect(adjusted).toContainText("Listed more than once, shown once: “gpt-5.4-mini”.");
  await expect(adjusted).toContainText("Compare shows up to 4 models; left out: “gpt-4o”.");
  const ignored = page.getByRole("status").filter({ hasText: "could not read" });
  for (const key of ["in", "out", "tier", "d"]) await expect(ignored).toContainText(key);
  await expect(table(page).locator("thead").getByRole("columnheader")).toHaveText([
    /^Field/,
    /^gpt-5\.4-mini/,
    /^gpt-5\.4-nano/,
    /^o3-mini/,
    /^gpt-6-luna/,
  ]);
  await expect(page.getByRole("textbox", { name: "Input tokens a day" })).toHaveValue("1000000");
  await expect(page.getByRole("combobox", { name: "Service tier" })).toHaveValue("standard");

  await page.goto("/compare?m=gpt-5.4-mini,gpt-5.4-nano&m=gpt-6-luna,o3-mini");
  await expect(page.getByText("“m” appears 2 times in the link; the first value is used.")).toBeVisible();
  await expect(table(page).locator("thead").getByRole("columnheader")).toHaveCount(3);

  await page.goto(`/compare?m=${"gpt-5.4-mini,".repeat(400)}`);
  await expect(page.getByText(/This link is unusually long \([\d,]+ characters\)/)).toBeVisible();
  await expect(page.getByText("Pick at least 2 models to compare")).toBeVisible();
  expect(params(page).get("m")).not.toBeNull(); // nothing rewrote the URL behind the user's back
  expect(errors).toEqual([]);
});

test("works at 375 px: the page never scrolls sideways, the models swipe inside the table", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/compare?m=gpt-4o-mini-2024-07-18,gpt-5.4-mini,gpt-5.4-nano,gpt-6-luna");
  await expect(table(page)).toBeVisible();
  await expectNoSidewaysOverflow(page);
  const region = page.getByRole("region", { name: /Comparison table/ });
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // Keyboard users can scroll the region too.
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await chooseTheme(page, "Dark");
  await expectNoSidewaysOverflow(page);
  await page.goto("/compare");
  await expectNoSidewaysOverflow(page);
});

test("axe finds nothing, light and dark, with and without a table", async ({ page }) => {
  await page.goto("/compare?m=gpt-5.4-mini,gpt-4.1-nano,gpt-6-luna");
  await expectNoAxeViolations(page);
  await chooseTheme(page, "Dark");
  await expectNoAxeViolations(page);
  await page.goto("/compare?m=gpt-5.4-mini&in=abc");
  await expectNoAxeViolations(page);
});

test("as of a day: prices in force then, a model released later is 'not yet released', the calculator link keeps the day", async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto("/compare?m=gpt-4o-mini,gpt-6-luna&on=2025-04-15");
  await expect(page.getByLabel("Prices as of")).toHaveValue("2025-04-15");
  const head = (id: string) => table(page).getByRole("columnheader", { name: new RegExp(`^${id.replace(/\./g, "\\.")}`) });
  await expect(head("gpt-6-luna")).toContainText("Not yet released");
  await expect(head("gpt-4o-mini")).toContainText("Active");
  expect(await cells(page, "Status")).toEqual(["Active", "Not yet released"]);
  // gpt-4o-mini that day: $0.15 / $0.60, (0.15 + 0.30) × 30 = $13.50; gpt-6-luna had no price yet.
  expect(await cells(page, "Monthly cost, Standard tier")).toEqual(["$13.50", "not yet released"]);
  expect(await cells(page, "Standard: input")).toEqual(["$0.15", "not yet released"]);
  // What was known that day: gpt-4o-mini's shutdown was announced on 2026-10-14, its replacement named later.
  expect(await cells(page, "Shutdown date")).toEqual(["Not announced yet Announced Oct 14, 2026", "not yet released"]);
  expect(await cells(page, "Recommended replacement")).toEqual(["None yet", "not yet released"]);
  await expect(page.getByRole("link", { name: "Price this in the calculator" })).toHaveAttribute(
    "href",
    "/calculator?m=gpt-4o-mini,gpt-6-luna&on=2025-04-15",
  );
  await expect(page.getByRole("link", { name: "Add shutdown dates to my calendar" })).toHaveAttribute(
    "href",
    "/feeds/lifecycle.ics?m=gpt-4o-mini,gpt-6-luna",
  );
  // Back to today: both are callable; gpt-4o-mini retires on Jan 14, 2027.
  await page.getByRole("button", { name: "Today" }).click();
  await expect(page).toHaveURL(/\/compare\?m=gpt-4o-mini,gpt-6-luna$/);
  await expect(head("gpt-6-luna")).toContainText("Active");
  await expect(head("gpt-4o-mini")).toContainText("Deprecated");
  expect(await cells(page, "Shutdown date")).toEqual(["Jan 14, 2027", "None announced"]);
  expect(await cells(page, "Recommended replacement")).toEqual(["gpt-6-luna", "None"]);
  expect(errors).toEqual([]);
});
