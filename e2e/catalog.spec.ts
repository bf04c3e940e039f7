import { expect, test, type Page } from "@playwright/test";

import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

const count = (page: Page) => page.getByRole("status").filter({ hasText: /of \d+ models/ });
const table = (page: Page) => page.getByRole("table", { name: /OpenAI model IDs/ });

/** Visible text of one column's body cells, top to bottom. */
async function columnValues(page: Page, header: RegExp): Promise<string[]> {
  const headers = await table(page).getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((h) => header.test(h));
  expect(index, `column ${header} is visible`).toBeGreaterThanOrEqual(0);
  return table(page)
    .locator("tbody tr")
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
}

const dollars = (cells: string[]) => cells.map((c) => (c.includes("not published") ? null : Number(c.replace(/[$,]/g, ""))));

/** The body as a reader meets it: each lifecycle group's header, then its rows' model IDs. */
async function outline(page: Page): Promise<string[]> {
  return table(page)
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map(
        (tr) => tr.querySelector("th[scope=colgroup]")?.textContent ?? tr.querySelector("td:nth-child(2) a")?.textContent ?? "",
      ),
    );
}

const CALLABLE = "Callable · 4 models";
const RETIRING = "Retiring within 90 days · 6 models";
const GONE = "Shut down or status unknown · 5 models";

test("sorts by input price both ways within the lifecycle groups, unknowns last, and keeps it in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /^Input \$\/1M/ }).click();
  await expect(page).toHaveURL(/sort=input(&|$)/);
  await expect(page.getByRole("columnheader", { name: /Input \$\/1M/ })).toHaveAttribute("aria-sort", "ascending");
  // Models you can call lead, however cheap a retiring (gpt-5-nano, $0.05) or shut-down one (gpt-4.1-nano, $0.10) is.
  // Ties keep catalog order (gpt-5.4-nano before gpt-5.6-luna at $0.20; o1-mini, o3-mini, o4-mini at $1.10:
  // o1-mini's $3.00 was cut to $1.10 on 2025-01-31).
  expect(await outline(page)).toEqual([
    CALLABLE,
    ...["gpt-6-luna", "gpt-5.4-nano", "gpt-5.6-luna", "gpt-5.4-mini"],
    RETIRING,
    ...["gpt-5-nano", "gpt-4o-mini", "gpt-5-mini", "gpt-4.1-mini", "gpt-4.1", "gpt-4o"],
    GONE,
    ...["gpt-4.1-nano", "gpt-3.5-turbo", "o1-mini", "o3-mini", "o4-mini"],
  ]);
  expect(dollars(await columnValues(page, /^Input/))).toEqual([
    0.1, 0.2, 0.2, 0.75, 0.05, 0.15, 0.25, 0.4, 2, 2.5, 0.1, 0.5, 1.1, 1.1, 1.1,
  ]);

  await page.getByRole("button", { name: /^Input \$\/1M/ }).click();
  await expect(page).toHaveURL(/sort=-input/);
  expect(dollars(await columnValues(page, /^Input/))).toEqual([
    0.75, 0.2, 0.2, 0.1, 2.5, 2, 0.4, 0.25, 0.15, 0.05, 1.1, 1.1, 1.1, 0.5, 0.1,
  ]);

  // One list, the plain sort: the groups turn off, in the URL too.
  await page.getByRole("checkbox", { name: "Callable models first" }).uncheck();
  await expect(page).toHaveURL(/flat=true/);
  const flat = dollars(await columnValues(page, /^Input/)).filter((v): v is number => v !== null);
  expect(flat).toEqual([...flat].sort((a, b) => b - a));
  expect(flat[0]).toBe(2.5); // gpt-4o, $2.50 (o1-mini's $3.00 was cut to $1.10 on 2025-01-31)
  expect(await table(page).locator("th[scope=colgroup]").count()).toBe(0);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Callable models first" })).not.toBeChecked();
});

test("shift-click adds a secondary sort; the keyboard sorts too", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /^Lifecycle/ }).click();
  await page.getByRole("button", { name: /^Output \$\/1M/ }).click({ modifiers: ["Shift"] });
  await expect(page).toHaveURL(/sort=status,output/);
  await page.getByRole("button", { name: /^MMLU/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=-mmlu/);
  // No callable model publishes MMLU; among the retiring ones gpt-4.1, the full-size reference, tops it,
  // then gpt-4.1-mini (87.5%): gpt-4o's 88.7% belongs to its 2024-05-13 snapshot (the 2026-12-02 errata).
  expect((await columnValues(page, /^MMLU/)).slice(0, 6)).toEqual([
    "not published",
    "not published",
    "not published",
    "not published",
    "90.2%",
    "87.5%",
  ]);
});

test("search and filters update the live count and the URL", async ({ page }) => {
  await page.goto("/");
  await expect(count(page)).toContainText("15 of 15 models");
  await page.getByRole("searchbox", { name: "Search" }).fill("nano");
  await expect(count(page)).toContainText("5 of 15 models");
  await expect(page).toHaveURL(/q=nano/);

  await page.getByRole("searchbox", { name: "Search" }).fill("");
  await page.getByRole("checkbox", { name: "Hide shut-down models" }).check();
  // Shut down: gpt-3.5-turbo, gpt-4.1-nano, o1-mini, o3-mini and o4-mini.
  await expect(count(page)).toContainText("10 of 15 models");
  await expect(page).toHaveURL(/live=true/);

  await page.getByRole("combobox", { name: "Image input" }).selectOption("no");
  await expect(page).toHaveURL(/img=no/);
  // Text-only models (o3-mini, gpt-3.5-turbo) are all shut down, and so is o1-mini: nothing matches.
  await expect(count(page)).toContainText("0 of 15 models");
  await expect(page.getByText("No model matches these filters.")).toBeVisible();

  await page.getByRole("combobox", { name: "Image input" }).selectOption("yes");
  await page.getByRole("combobox", { name: "Minimum context" }).selectOption("1000000");
  await expect(page).toHaveURL(/ctx=1000000/);
  const ids = await table(page).locator("tbody tr td:nth-child(2) a").allInnerTexts();
  expect(ids.sort()).toEqual(["gpt-4.1", "gpt-4.1-mini", "gpt-5.6-luna", "gpt-6-luna"]);
});

test("the reasoning filter is `rf`; an old link's `rsn` is redirected to it, without a notice", async ({ page }) => {
  await page.goto("/");
  const reasoning = page.getByRole("combobox", { name: "Reasoning" });
  await reasoning.selectOption("yes");
  await expect.poll(() => params(page).get("rf")).toBe("yes");

  // One URL per state (lib/url/canonical.ts): the old key lands on the new one.
  await page.goto("/?rsn=no");
  await expect(page).toHaveURL(/\/\?rf=no$/);
  await expect(reasoning).toHaveValue("no");
  await expect(page.getByRole("status").filter({ hasText: "could not read" })).toHaveCount(0);
  await reasoning.selectOption("yes");
  await expect.poll(() => [params(page).get("rsn"), params(page).get("rf")]).toEqual([null, "yes"]);
  await reasoning.selectOption("any");
  await expect.poll(() => [params(page).get("rsn"), params(page).get("rf")]).toEqual([null, null]);
  await expect(reasoning).toHaveValue("any");
  await page.reload();
  await expect(reasoning).toHaveValue("any");
});

test("reload and back keep the view; a fresh browser shows the same table", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search" }).fill("mini");
  await page.getByRole("button", { name: /^Output \$\/1M/ }).click();
  await expect(page).toHaveURL(/sort=output/);
  await expect(page).toHaveURL(/q=mini/);
  const before = await table(page).locator("tbody tr").allInnerTexts();

  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("mini");
  expect(await table(page).locator("tbody tr").allInnerTexts()).toEqual(before);

  await table(page).getByRole("link", { name: "gpt-5.4-mini", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "gpt-5.4-mini" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/q=mini/);
  expect(await table(page).locator("tbody tr").allInnerTexts()).toEqual(before);

  const url = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  expect(
    await other
      .getByRole("table", { name: /OpenAI model IDs/ })
      .locator("tbody tr")
      .allInnerTexts(),
  ).toEqual(before);
  await fresh.close();
});

test("the linked state is in the server HTML, readable without JavaScript", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/?q=luna&sort=-input");
  const ids = await page.locator("table tbody tr td:nth-child(2) a").allInnerTexts();
  expect(ids).toEqual(["gpt-5.6-luna", "gpt-6-luna"]);
  await expect(page.getByRole("columnheader", { name: /Input/ })).toHaveAttribute("aria-sort", "descending");
  await ctx.close();
});

test("columns, selection and snapshots live in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Columns", { exact: true }).click();
  await page.getByRole("checkbox", { name: "MMLU" }).uncheck();
  await page.getByRole("checkbox", { name: "Cached input $/1M" }).check();
  await expect(page).toHaveURL(/cols=/);
  await expect(page.getByRole("columnheader", { name: /MMLU/ })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /Cached input/ })).toBeVisible();

  await page.getByRole("checkbox", { name: "Select gpt-6-luna for comparison" }).check();
  await page.getByRole("checkbox", { name: "Select gpt-5.4-nano for comparison" }).check();
  await expect(page).toHaveURL(/sel=gpt-6-luna(,|%2C)gpt-5\.4-nano/);
  await expect(page.getByRole("link", { name: "Compare selected" })).toHaveAttribute(
    "href",
    "/compare?m=gpt-6-luna,gpt-5.4-nano",
  );

  await page.getByRole("button", { name: /Show 3 dated snapshots of gpt-4o/ }).click();
  await expect(page).toHaveURL(/open=gpt-4o/);
  await expect(table(page).getByRole("link", { name: "gpt-4o-2024-05-13", exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Select gpt-6-luna for comparison" })).toBeChecked();
  await expect(table(page).getByRole("link", { name: "gpt-4o-2024-05-13", exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /MMLU/ })).toHaveCount(0);
});

test("unreadable parameters fall back to defaults with a notice, and inject nothing", async ({ page }) => {
  const errors = trackErrors(page);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(
    "/?sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E&ctx=-99&sel=gpt-99-fake&rf=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  );
  const notice = page.getByRole("status").filter({ hasText: "could not read" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("sort");
  await expect(notice).toContainText("ctx");
  await expect(notice).toContainText("sel");
  await expect(notice).toContainText("rf");
  await expect(notice).toContainText("<script>alert(1)</script>"); // shown as text
  await expect(count(page)).toContainText("15 of 15 models");
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test("a model page shows every figure with its source and date", async ({ page }) => {
  await page.goto("/models/gpt-4.1-nano");
  await expect(page.getByRole("heading", { level: 1, name: "gpt-4.1-nano" })).toBeVisible();
  await expect(page.getByText("Shut down on Oct 23, 2026")).toBeVisible();
  const inputSource = page.getByRole("link", { name: /Source for Standard input price/ });
  await expect(inputSource).toHaveAttribute("href", "https://developers.openai.com/ko-KR/api/docs/models/gpt-4.1-nano");
  await expect(inputSource).toContainText("Nov 25, 2026");
  await expect(page.getByRole("heading", { name: "Where the April 2025 article was wrong" })).toBeVisible();
  await expect(page.getByRole("link", { name: "gpt-5.6-luna" }).first()).toHaveAttribute("href", "/models/gpt-5.6-luna");
  await expect(page.getByText('model: "gpt-4.1-nano"')).toBeVisible();
});

// The 404 and security-header checks cover every route in e2e/resilience.spec.ts.

test("the theme switch persists without a flash, and the copy-link control confirms", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?q=mini");
  await chooseTheme(page, "Dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload({ waitUntil: "commit" });
  // The inline script runs before first paint: the class is there as soon as <body> exists.
  await page.waitForSelector("body", { state: "attached" });
  expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

for (const theme of ["Light", "Dark"] as const) {
  test(`no accessibility violations in ${theme.toLowerCase()} theme`, async ({ page }) => {
    await page.goto("/");
    await chooseTheme(page, theme);
    await expectNoAxeViolations(page);
    await page.goto("/models/gpt-4o-mini");
    await expectNoAxeViolations(page);
    await page.goto("/sources");
    await expectNoAxeViolations(page);
  });
}

test("keeps the page within a 375 px screen", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
  for (const path of ["/", "/models/gpt-6-luna"]) {
    await page.goto(path);
    await expectNoSidewaysOverflow(page, path);
  }
  expect(params(page).toString()).toBe("");
  await ctx.close();
});
