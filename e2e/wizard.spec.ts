import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";

import { parseCsv } from "../lib/export/csv-reader.test-helpers";
import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

// The server pins NAVIGATOR_TODAY=2026-11-25 (playwright.config.ts): lifecycle facts below are as of that day.

/** Presses Tab until the locator has focus: proves the control is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, maxTabs = 40) {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable by Tab within ${maxTabs} presses`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

const shortlist = (page: Page) => page.getByRole("list", { name: "Shortlist, best first" });
async function shortlistIds(page: Page): Promise<string[]> {
  // The result's code loads with the result step: wait for its first pick before reading.
  await expect(shortlist(page).getByRole("heading", { level: 3 }).first()).toBeVisible();
  const headings = await shortlist(page).getByRole("heading", { level: 3 }).allInnerTexts();
  return headings.map((h) => h.replace(/^(Pick \d+|Listed \d+, retiring):\s*/, "").trim());
}
const costs = (page: Page) => shortlist(page).getByTestId("monthly-cost").allInnerTexts();

const COST_300K_IMAGES = ["gpt-6-luna", "gpt-5.6-luna", "gpt-5.4-nano"];
const RESULT_URL =
  "/wizard?s=result&p=cost&ti=10000&tl=300000&img=yes&in=1000000&out=500000&prompt=Summarise+this+support+ticket+in+one+sentence.";

test("walks the four steps by keyboard: cost first, >128K, images → an active 1M-context model, cheapest first", async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto("/wizard");
  await expect(page.getByText("Step 1 of 4").first()).toBeVisible();

  // Step 1: arrow keys move through the radio group.
  const quality = page.getByRole("radio", { name: /^Quality Ranked by/ });
  await tabTo(page, quality);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: /^Cost Ranked by/ })).toBeChecked();
  await expect.poll(() => params(page).get("p")).toBe("cost");
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("s")).toBe("2");
  await expect(page.getByRole("heading", { name: /How large are your inputs/ })).toBeFocused();

  // Step 2: typed sizes, Enter submits the step.
  await typeInto(page, page.getByLabel("Typical input per request"), "10000");
  await typeInto(page, page.getByLabel("Largest input per request"), "300,000");
  await expect(page.getByText("5 of 8 callable small models take 300,000 input tokens (more than 128K).")).toBeVisible();
  await expect.poll(() => [params(page).get("ti"), params(page).get("tl")]).toEqual(["10000", "300000"]);
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("s")).toBe("3");
  await expect(page.getByRole("heading", { name: /images or audio/ })).toBeFocused();

  // Step 3: Space picks the focused radio.
  await tabTo(page, page.getByRole("radio", { name: "Yes, inputs include images" }));
  await page.keyboard.press("Space");
  await expect.poll(() => params(page).get("img")).toBe("yes");
  await expect(page.getByText("None of the small models in this catalog takes audio input.")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Next" }));
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("s")).toBe("4");

  // Step 4: the suggested workload is the article's (1M in + 500K out a day); add a prompt.
  await expect(page.getByLabel("Input tokens per day")).toHaveValue("1,000,000");
  await typeInto(page, page.getByLabel("Sample prompt 1"), "Summarise this support ticket in one sentence.");
  await tabTo(page, page.getByRole("button", { name: "Show my shortlist" }));
  await page.keyboard.press("Enter");

  await expect.poll(() => params(page).get("s")).toBe("result");
  const p = params(page);
  expect([p.get("p"), p.get("ti"), p.get("tl"), p.get("img"), p.get("in"), p.get("out"), p.getAll("prompt")]).toEqual([
    "cost",
    "10000",
    "300000",
    "yes",
    "1000000",
    "500000",
    ["Summarise this support ticket in one sentence."],
  ]);
  await expect(page.getByRole("heading", { name: "Your shortlist" })).toBeFocused();
  expect(await shortlistIds(page)).toEqual(COST_300K_IMAGES);
  expect(await costs(page)).toEqual(["$10.50 per month", "$24.00 per month", "$24.75 per month"]);
  const first = shortlist(page).getByRole("article").first();
  await expect(first.getByText("Active", { exact: true })).toBeVisible();
  await expect(first.getByText("1,050,000 tokens", { exact: true })).toBeVisible();
  await expect(
    first.getByText("Cheapest active small model that takes images and fits your largest input (300K tokens): $10.50/month."),
  ).toBeVisible();
  await expect(
    first.getByText("If quality matters more than cost, take gpt-5.4-mini (GPQA Diamond 88% at xhigh effort)."),
  ).toBeVisible();
  // Ruled out, with reasons; shut-down models never on the list.
  const ruledOut = page.getByRole("region", { name: /^Ruled out/ });
  await expect(ruledOut.getByRole("listitem").filter({ hasText: "gpt-4o-mini" })).toContainText(
    "takes at most 128,000 input tokens; your largest input is 300,000",
  );
  await expect(ruledOut.getByRole("listitem").filter({ hasText: "gpt-4.1-nano" })).toContainText("shut down on Oct 23, 2026");
  expect(errors).toEqual([]);
});

test("Back and Forward move between steps; reload and a fresh copy of the link reopen the result", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/wizard?p=cost");
  await page.getByRole("button", { name: "Next" }).click();
  await expect.poll(() => params(page).get("s")).toBe("2");
  await page.getByLabel("Largest input per request").fill("300000");
  await page.getByLabel("Typical input per request").fill("10000");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "Yes, inputs include images" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Show my shortlist" }).click();
  await expect.poll(() => params(page).get("s")).toBe("result");
  expect(await shortlistIds(page)).toEqual(COST_300K_IMAGES);

  // Answers replaced the entry they were typed on; steps pushed: Back walks 4 → 3 → 2, answers kept.
  await page.goBack();
  await expect.poll(() => params(page).get("s")).toBe("4");
  await expect(page.getByRole("heading", { name: "Your workload and your data" })).toBeVisible();
  await page.goBack();
  await expect.poll(() => params(page).get("s")).toBe("3");
  await expect(page.getByRole("radio", { name: "Yes, inputs include images" })).toBeChecked();
  await page.goBack();
  await expect.poll(() => params(page).get("s")).toBe("2");
  await expect(page.getByLabel("Largest input per request")).toHaveValue("300,000");
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect.poll(() => params(page).get("s")).toBe("result");
  expect(await shortlistIds(page)).toEqual(COST_300K_IMAGES);

  // Reload on the result: the server renders the same shortlist.
  await page.reload();
  expect(await shortlistIds(page)).toEqual(COST_300K_IMAGES);
  expect(await costs(page)).toEqual(["$10.50 per month", "$24.00 per month", "$24.75 per month"]);

  // Copy the link and open it in a fresh browser context.
  await page.getByRole("button", { name: "Copy link to this result" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe("/wizard");
  expect(new URL(copied).searchParams.get("s")).toBe("result");
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  expect(await shortlistIds(other)).toEqual(COST_300K_IMAGES);
  expect(await costs(other)).toEqual(await costs(page));
  await fresh.close();
});

test("other scenarios: quality first, speed then cost, and inputs only 1M-context models take", async ({ page }) => {
  await page.goto("/wizard?s=result&p=quality&ti=2000&tl=8000&img=no&in=1000000&out=500000");
  expect(await shortlistIds(page)).toEqual(["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna"]);
  await expect(shortlist(page).getByRole("article").first()).toContainText("GPQA Diamond 88% at xhigh effort");

  await page.goto("/wizard?s=result&p=speed&p2=cost&ti=10000&tl=300000&img=yes&in=1000000&out=500000");
  expect(await shortlistIds(page)).toEqual(["gpt-5.4-nano", "gpt-5.4-mini", "gpt-6-luna"]);
  await expect(shortlist(page).getByRole("article").first()).toContainText(
    "About as fast as gpt-5.4-mini (191 tokens/s vs 201 tokens/s, within 10%) and cheaper",
  );

  await page.goto("/wizard?s=result&p=cost&ti=10000&tl=600000&img=yes&in=1000000&out=500000");
  expect(await shortlistIds(page)).toEqual(["gpt-6-luna", "gpt-5.6-luna", "gpt-4.1-mini"]);
  const retiring = shortlist(page).getByRole("article").nth(2);
  await expect(retiring.getByText("Retiring: shuts down on Jan 14, 2027, in 50 days. Calls fail after that.")).toBeVisible();
  await retiring.getByRole("link", { name: "Plan the migration from gpt-4.1-mini" }).click();
  await expect(page).toHaveURL(/\/migrate\?from=gpt-4\.1-mini/);
  await expect(page.getByTestId("countdown")).toContainText("50 days until shutdown");
});

test("onward links carry the shortlist and workload; the script has every model and no key", async ({ page }) => {
  await page.goto(RESULT_URL);
  await expect(page.getByRole("link", { name: "Price this in the calculator" })).toHaveAttribute(
    "href",
    // The calculator's own serializer writes it: the article's workload is its default, so left out.
    "/calculator?m=gpt-6-luna,gpt-5.6-luna,gpt-5.4-nano",
  );
  await expect(page.getByRole("link", { name: /Compare these/ })).toHaveAttribute(
    "href",
    "/compare?m=gpt-6-luna,gpt-5.6-luna,gpt-5.4-nano",
  );
  await expect(page.getByRole("link", { name: "Add shutdown dates to my calendar" })).toHaveAttribute(
    "href",
    "/feeds/lifecycle.ics?m=gpt-6-luna,gpt-5.6-luna,gpt-5.4-nano",
  );

  const node = (await page.getByLabel("Node.js evaluation script").textContent()) ?? "";
  for (const id of COST_300K_IMAGES) expect(node).toContain(`id: "${id}"`);
  expect(node).toContain("Summarise this support ticket in one sentence.");
  expect(node).toContain("process.env.OPENAI_API_KEY");
  expect(node).not.toMatch(/sk-[A-Za-z0-9_-]{8,}/);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download eval-shortlist.mjs" }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file!, "utf8")).toBe(node);

  // Python tab: arrow key on the tab list; the choice is kept in the link.
  await page.getByRole("tab", { name: "Node.js" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Python" })).toHaveAttribute("aria-selected", "true");
  await expect.poll(() => params(page).get("lang")).toBe("python");
  const python = (await page.getByLabel("Python evaluation script").textContent()) ?? "";
  for (const id of COST_300K_IMAGES) expect(python).toContain(`"id": "${id}"`);
  expect(python).toContain('os.environ.get("OPENAI_API_KEY")');
  expect(python).not.toMatch(/sk-[A-Za-z0-9_-]{8,}/);
  await page.reload();
  await expect(page.getByRole("tab", { name: "Python" })).toHaveAttribute("aria-selected", "true");
});

test("the shortlist downloads as CSV and JSON: the ranked picks as shown, with units, and the result's link", async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(RESULT_URL);
  const shown = await shortlistIds(page);
  const shownCosts = await costs(page);
  // Each card's first figure is its context window: "1,050,000 tokens".
  const context: string[] = [];
  for (const card of await shortlist(page).getByRole("article").all()) {
    context.push((await card.getByRole("definition").first().innerText()).split(" tokens")[0]!);
  }
  const toUsd = (v: string) =>
    `${new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 }).format(Number(v))} per month`;

  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(csvFile.suggestedFilename()).toMatch(/^wizard-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = parseCsv(fs.readFileSync((await csvFile.path())!, "utf8"));
  const [header, ...rows] = csv;
  const col = (h: string) => header!.indexOf(h);
  expect(header).toEqual(
    expect.arrayContaining([
      "Rank",
      "Model ID",
      "Lifecycle",
      "Cost per month, Standard tier (USD, 30-day month)",
      "Context window (tokens)",
      "Image input (yes/no)",
      "Quality score (%)",
      "Why it is here",
    ]),
  );
  expect(rows.map((r) => r[col("Rank")])).toEqual(["1", "2", "3"]);
  expect(rows.map((r) => r[col("Model ID")])).toEqual(shown);
  expect(rows.map((r) => toUsd(r[col("Cost per month, Standard tier (USD, 30-day month)")]!))).toEqual(shownCosts);
  expect(rows.map((r) => Number(r[col("Context window (tokens)")]).toLocaleString("en-US"))).toEqual(context);
  expect(rows.map((r) => r[col("Image input (yes/no)")])).toEqual(["yes", "yes", "yes"]);
  expect(rows.map((r) => r[col("Lifecycle")])).toEqual(["Active", "Active", "Active"]);
  const first = shortlist(page).getByRole("article").first();
  await expect(first.getByText(rows[0]![col("Why it is here")]!, { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Downloaded 3 rows as CSV" })).toBeVisible();

  const [jsonFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  const json = JSON.parse(fs.readFileSync((await jsonFile.path())!, "utf8"));
  expect(json).toMatchObject({ view: "wizard", title: "Wizard shortlist" });
  const sorted = (p: URLSearchParams) => [...p.entries()].sort(([x], [y]) => x.localeCompare(y));
  const link = new URL(json.link, "http://x");
  expect(link.pathname).toBe("/wizard");
  expect(sorted(link.searchParams)).toEqual(sorted(params(page)));
  expect(json.rows.map((r: { model: string; perMonth: string }) => [r.model, r.perMonth])).toEqual([
    ["gpt-6-luna", "10.5"],
    ["gpt-5.6-luna", "24"],
    ["gpt-5.4-nano", "24.75"],
  ]);
  expect(json.columns.find((c: { key: string }) => c.key === "contextWindow").unit).toBe("tokens");
  expect(errors).toEqual([]);
});

test("a link past a missing answer lands on the first unanswered step; unreadable answers fall back with a notice", async ({
  page,
}) => {
  await page.goto("/wizard?s=result&p=cost&img=yes");
  await expect(page.getByText("This link pointed to the result, but an earlier answer is missing.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /How large are your inputs/ })).toBeVisible();
  await expect.poll(() => params(page).get("s")).toBe("2");
  expect(params(page).get("p")).toBe("cost");

  await page.goto("/wizard?p=best&tl=-5&in=1e9&prompt=use+sk-abcdefghijklmnopqrstuvwxyz");
  const notice = page.getByRole("status").filter({ hasText: "could not read" });
  await expect(notice).toContainText("p = best");
  await expect(notice).toContainText("tl = -5");
  await expect(notice).toContainText("in = 1e9");
  await expect(notice).toContainText("prompt = (removed: looked like an API key)");
  await expect(notice).not.toContainText("sk-abc");
  await expect(page.getByText("Step 1 of 4").first()).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Cost Ranked by/ })).not.toBeChecked();
});

test("sample prompts are `prompt` in the link; an old link's `q` still fills them, without a notice", async ({ page }) => {
  await page.goto("/wizard?s=4&p=cost&tl=8000&img=no&q=Old+link+prompt");
  await expect(page.getByLabel("Sample prompt 1")).toHaveValue("Old link prompt");
  await expect(page.getByRole("status").filter({ hasText: "could not read" })).toHaveCount(0);

  await page.goto("/wizard?s=4&p=cost&tl=8000&img=no");
  await typeInto(page, page.getByLabel("Sample prompt 1"), "New prompt");
  await expect.poll(() => [params(page).getAll("prompt"), params(page).get("q")]).toEqual([["New prompt"], null]);
});

test("no accessibility violations on a step and the result, light and dark; no sideways scroll at 375 px", async ({ page }) => {
  await page.goto("/wizard?s=2&p=cost");
  await expectNoAxeViolations(page);
  await page.goto(RESULT_URL);
  await expectNoAxeViolations(page);
  await chooseTheme(page, "Dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expectNoSidewaysOverflow(page);
  await page.goto("/wizard?s=4&p=cost&tl=8000&img=no");
  await expectNoSidewaysOverflow(page);
});
